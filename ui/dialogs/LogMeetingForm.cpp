#include "LogMeetingForm.h"

#include "dialogs/MeetingDrafts.h"
#include "widgets/ActionItemEditor.h"
#include "widgets/AttendanceChecklist.h"
#include "widgets/EditableTable.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QPlainTextEdit* textEdit(const QString& objectName, const QString& accessibleName,
                         const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

LogMeetingForm::LogMeetingForm(const QList<MeetingType>& types,
                               const QList<Department>& departments, bool chooseDepartment,
                               QWidget* parent)
    : QWidget(parent)
{
    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildMeetingColumn(types, departments, chooseDepartment), 5);
    columns->addSpacing(12);
    columns->addWidget(buildContentColumn(), 6);
    setTabOrders();
    connect(m_type, &QComboBox::currentIndexChanged, this, &LogMeetingForm::typeChosen);
    connect(m_department, &QComboBox::currentIndexChanged, this, &LogMeetingForm::departmentChosen);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &LogMeetingForm::whenChanged);
}

QWidget* LogMeetingForm::buildMeetingColumn(const QList<MeetingType>& types,
                                            const QList<Department>& departments,
                                            bool chooseDepartment)
{
    auto* column = new QWidget(this);
    auto* form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [column, form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, column);
        text->setBuddy(field);
        form->addRow(text, field);
        return text;
    };

    m_type = new QComboBox(column);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Type of meeting"));
    for (const MeetingType& t : types)
        m_type->addItem(t.name, t.id);
    addRow(tr("&Type:"), m_type);

    m_department = new QComboBox(column);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setAccessibleName(tr("Department"));
    for (const Department& d : departments)
        m_department->addItem(d.name, d.id);
    QLabel* departmentLabel = addRow(tr("De&partment:"), m_department);
    departmentLabel->setVisible(chooseDepartment);
    m_department->setVisible(chooseDepartment);

    m_series = new QLabel(column);
    m_series->setObjectName(QStringLiteral("series"));
    m_series->setWordWrap(true);
    form->addRow(tr("Series:"), m_series);

    m_when = new QDateTimeEdit(column);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setAccessibleName(tr("Date and time the meeting starts"));
    m_when->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_when->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00:00")) +
                            48);
    addRow(tr("&When:"), m_when);

    m_length = new QSpinBox(column);
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setRange(1, 24 * 60);
    m_length->setSuffix(tr(" min"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("L&ength:"), m_length);

    m_leader = new QComboBox(column);
    m_leader->setObjectName(QStringLiteral("leader"));
    m_leader->setAccessibleName(tr("Meeting leader"));
    addRow(tr("Meeting &leader:"), m_leader);

    form->addRow(tr("State:"), buildStates(column));

    m_attendance = new AttendanceChecklist(column);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    auto* attendanceLabel = new QLabel(tr("&Attendance:"), column);
    attendanceLabel->setBuddy(m_attendance->view());
    form->addRow(attendanceLabel);
    form->addRow(m_attendance);
    return column;
}

QWidget* LogMeetingForm::buildStates(QWidget* parent)
{
    auto* states = new QWidget(parent);
    auto* row = new QHBoxLayout(states);
    row->setContentsMargins(0, 0, 0, 0);
    m_held = new QRadioButton(tr("&Held"), states);
    m_held->setObjectName(QStringLiteral("stateHeld"));
    m_planned = new QRadioButton(tr("Pla&nned"), states);
    m_planned->setObjectName(QStringLiteral("statePlanned"));
    m_cancelled = new QRadioButton(tr("&Cancelled"), states);
    m_cancelled->setObjectName(QStringLiteral("stateCancelled"));
    m_state = new QButtonGroup(this);
    m_state->addButton(m_held, int(State::Held));
    m_state->addButton(m_planned, int(State::Planned));
    m_state->addButton(m_cancelled, int(State::Cancelled));
    row->addWidget(m_held);
    row->addWidget(m_planned);
    row->addWidget(m_cancelled);
    row->addStretch(1);
    connect(m_state, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        if (!m_settingState)
            m_stateChosen = true;
        // Nobody attends a cancelled meeting; the list is kept should it be held after all.
        m_attendance->setEnabled(id != int(State::Cancelled));
    });
    return states;
}

QWidget* LogMeetingForm::buildContentColumn()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [layout, column](const QString& label, QWidget* field, QWidget* buddy, int stretch) {
        auto* text = new QLabel(label, column);
        text->setBuddy(buddy);
        layout->addWidget(text);
        layout->addWidget(field, stretch);
    };
    m_agenda = textEdit(QStringLiteral("agenda"), tr("Agenda"), tr("One item per line"), column);
    add(tr("A&genda:"), m_agenda, m_agenda, 2);
    m_notes = textEdit(QStringLiteral("notes"), tr("Notes"),
                       tr("Kept in the database only; exported only when asked"), column);
    add(tr("N&otes:"), m_notes, m_notes, 2);
    m_decisions =
        textEdit(QStringLiteral("decisions"), tr("Decisions"), tr("One decision per line"), column);
    add(tr("Dec&isions:"), m_decisions, m_decisions, 2);
    m_actionItems = new ActionItemEditor(column);
    m_actionItems->setObjectName(QStringLiteral("actionItems"));
    add(tr("Action ite&ms:"), m_actionItems, m_actionItems->view(), 3);
    return column;
}

void LogMeetingForm::setTabOrders()
{
    const QList<QWidget*> chain{m_type,
                                m_department,
                                m_when,
                                m_length,
                                m_leader,
                                m_held,
                                m_planned,
                                m_cancelled,
                                m_attendance->view(),
                                m_attendance->addField(),
                                m_agenda,
                                m_notes,
                                m_decisions,
                                m_actionItems->view()};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void LogMeetingForm::setTypeEditable(bool editable)
{
    m_type->setEnabled(editable);
}

void LogMeetingForm::setDepartmentEditable(bool editable)
{
    m_department->setEnabled(editable);
}

void LogMeetingForm::showMeeting(const LoggedMeeting& meeting, const DepartmentPeople& people,
                                 const QString& series)
{
    const Meeting& m = meeting.meeting;
    {
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockDepartment(m_department);
        const QSignalBlocker blockWhen(m_when);
        m_type->setCurrentIndex(m_type->findData(m.meetingTypeId));
        m_department->setCurrentIndex(m_department->findData(m.departmentId));
        m_when->setDateTime(m.scheduledAt.isValid() ? m.scheduledAt
                                                    : QDateTime(m.heldOn, QTime(0, 0)));
    }
    m_series->setText(series);
    m_length->setValue(m.durationMinutes > 0 ? m.durationMinutes : 60);
    m_leader->clear();
    m_leader->addItem(tr("(none)"), Id(0));
    for (const Person& p : people.people())
        m_leader->addItem(p.name, p.id);
    m_leader->setCurrentIndex(std::max(0, m_leader->findData(m.leaderId)));
    m_attendance->setCandidates(people.people());
    QList<AttendanceListModel::Row> rows;
    for (const Attendee& a : meeting.attendees)
        rows << AttendanceListModel::Row{a.personId, people.name(a.personId), a.status};
    m_attendance->setRows(std::move(rows));
    m_agenda->setPlainText(m.agenda);
    m_notes->setPlainText(m.notes);
    m_decisions->setPlainText(m.decisions);
    m_actionItems->setPeople(people.people());
    m_actionItems->setItems(meeting.actionItems);
}

LoggedMeeting LogMeetingForm::read(const LoggedMeeting& base) const
{
    LoggedMeeting logged = base;
    Meeting& m = logged.meeting;
    if (m_type->isEnabled())
        m.meetingTypeId = typeId();
    if (m_department->isEnabled())
        m.departmentId = departmentId();
    // A meeting stored with a day but no time keeps it that way unless the time is changed.
    const bool dayOnly = !m.scheduledAt.isValid() && m.heldOn.isValid() &&
                         m_when->dateTime() == QDateTime(m.heldOn, QTime(0, 0));
    m.scheduledAt = dayOnly ? QDateTime() : m_when->dateTime();
    const State chosen = state();
    m.heldOn = chosen == State::Held ? m_when->date() : QDate();
    m.cancelled = chosen == State::Cancelled;
    m.durationMinutes = m_length->value();
    m.leaderId = m_leader->currentData().toLongLong();
    m.agenda = MeetingDrafts::cleanLines(m_agenda->toPlainText());
    m.notes = m_notes->toPlainText().trimmed();
    m.decisions = MeetingDrafts::cleanLines(m_decisions->toPlainText());
    logged.attendees = m_attendance->attendees();
    logged.actionItems = m_actionItems->items();
    return logged;
}

void LogMeetingForm::commit()
{
    m_actionItems->commit();
}

LogMeetingForm::State LogMeetingForm::state() const
{
    return State(m_state->checkedId());
}

void LogMeetingForm::setState(State state)
{
    m_stateChosen = true;
    showState(state);
}

void LogMeetingForm::showDefaultState(const QDate& today)
{
    if (!m_stateChosen)
        showState(m_when->date() <= today ? State::Held : State::Planned);
}

void LogMeetingForm::showState(State state)
{
    m_settingState = true;
    m_state->button(int(state))->setChecked(true);
    m_settingState = false;
}

Id LogMeetingForm::typeId() const
{
    return m_type->currentData().toLongLong();
}

Id LogMeetingForm::departmentId() const
{
    return m_department->currentData().toLongLong();
}

} // namespace tavle::ui
