#include "SeriesDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "dialogs/MeetingDrafts.h"
#include "dialogs/SeriesDrafts.h"
#include "models/RecurrenceText.h"
#include "rules/Recurrence.h"
#include "services/SeriesEditing.h"
#include "storage/MeetingSeriesRepository.h"
#include "widgets/EditableTable.h"
#include "widgets/LeaderPeriodEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tavle::ui {

Result<SeriesDialog*> SeriesDialog::createForNew(Session& session, Id departmentId,
                                                 Id meetingTypeId, QWidget* parent)
{
    Database& db = session.database();
    const auto types = MeetingDrafts::departmentTypes(db);
    if (!types)
        return types.error();
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    if (types->isEmpty() || departments->isEmpty())
        return Error{tr("Add a department before giving it a series of meetings.")};
    Id department = departmentId ? departmentId : session.departmentId();
    if (!department)
        department = departments->first().id;
    const MeetingType* type = &types->first();
    for (const MeetingType& t : types.value()) {
        if (t.id == meetingTypeId || (!meetingTypeId && t.code == QLatin1String("ventil")))
            type = &t;
    }
    SeriesWithLeaders shown;
    MeetingSeries& s = shown.series;
    s.departmentId = department;
    s.title = type->name;
    s.startDate = session.today();
    s.startTime = QTime(14, 0);
    SeriesDrafts::applyType(s, *type);
    auto people = DepartmentPeople::load(db, department, session.today());
    if (!people)
        return people.error();
    return new SeriesDialog(session, types.value(), departments.value(), std::move(people).value(),
                            std::nullopt, shown, parent);
}

Result<SeriesDialog*> SeriesDialog::createForEdit(Session& session, Id seriesId, QWidget* parent)
{
    Database& db = session.database();
    const auto series = MeetingSeriesRepository(db).byId(seriesId);
    if (!series)
        return series.error();
    if (!series.value())
        return Error{tr("The series has been deleted by someone else.")};
    const auto leaders = SeriesEditing::leaders(db, seriesId);
    if (!leaders)
        return leaders.error();
    const auto types = MeetingDrafts::departmentTypes(db);
    if (!types)
        return types.error();
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    auto people = DepartmentPeople::load(db, series.value()->departmentId, session.today());
    if (!people)
        return people.error();
    QList<Id> named;
    for (const LeaderPeriod& p : leaders.value())
        named << p.personId;
    if (const auto included = people.value().include(db, named); !included)
        return included.error();
    const SeriesWithLeaders stored{*series.value(), leaders.value()};
    return new SeriesDialog(session, types.value(), departments.value(), std::move(people).value(),
                            stored, stored, parent);
}

SeriesDialog::SeriesDialog(Session& session, QList<MeetingType> types,
                           QList<Department> departments, DepartmentPeople people,
                           std::optional<SeriesWithLeaders> before, SeriesWithLeaders shown,
                           QWidget* parent)
    : QDialog(parent), m_session(session), m_types(std::move(types)),
      m_departments(std::move(departments)), m_people(std::move(people)),
      m_before(std::move(before))
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(isEditing() ? tr("Edit series: %1").arg(shown.series.title) : tr("New series"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildSeriesForm(), 1);
    columns->addSpacing(12);
    columns->addWidget(buildLeaderColumn(), 1);
    layout->addLayout(columns, 1);
    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);
    layout->addWidget(buttons);

    showSeries(shown);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SeriesDialog::typeChosen);
    connect(m_department, &QComboBox::currentIndexChanged, this, &SeriesDialog::departmentChosen);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this,
            &SeriesDialog::updateRecurrenceTexts);
    connect(m_interval, &QSpinBox::valueChanged, this, &SeriesDialog::updateRecurrenceTexts);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& start) {
        if (m_openEnded->isChecked()) // the end offered when the box is unchecked
            m_end->setDate(start.addYears(1).addDays(-1));
        updateRecurrenceTexts();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &SeriesDialog::updatePreview);
    connect(m_openEnded, &QCheckBox::toggled, this, [this](bool open) {
        m_end->setEnabled(!open);
        updatePreview();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &SeriesDialog::updatePreview);
    connect(m_leaders, &LeaderPeriodEditor::periodsChanged, this, &SeriesDialog::updatePreview);
    resize(std::max(900, sizeHint().width()), std::max(560, sizeHint().height()));
    m_type->setFocus(Qt::OtherFocusReason);
}

QWidget* SeriesDialog::buildSeriesForm()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };

    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Type of meeting"));
    for (const MeetingType& t : std::as_const(m_types))
        m_type->addItem(t.name, t.id);
    addRow(tr("&Type:"), m_type);

    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    addRow(tr("T&itle:"), m_title);

    m_department = new QComboBox(box);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setAccessibleName(tr("Department"));
    for (const Department& d : std::as_const(m_departments))
        m_department->addItem(d.name, d.id);
    addRow(tr("De&partment:"), m_department);

    m_start = DialogParts::dateEdit(QStringLiteral("startDate"), box);
    m_start->setAccessibleName(tr("Date of the first meeting"));
    addRow(tr("&First meeting:"), m_start);

    m_recurrence = new QComboBox(box);
    m_recurrence->setObjectName(QStringLiteral("recurrence"));
    m_recurrence->setAccessibleName(tr("How the series repeats"));
    for (const Recurrence r :
         {Recurrence::Weekly, Recurrence::MonthlyWeekday, Recurrence::MonthlyDay})
        m_recurrence->addItem(QString(), int(r));
    addRow(tr("&Repeats:"), m_recurrence);

    auto* intervalRow = new QHBoxLayout;
    m_interval = new QSpinBox(box);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, 52);
    m_interval->setAccessibleName(tr("Repeat every how many weeks or months"));
    m_intervalUnit = new QLabel(box);
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_intervalUnit);
    intervalRow->addStretch(1);
    auto* intervalLabel = new QLabel(tr("Ever&y:"), box);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, intervalRow);

    m_description = new QLabel(box);
    m_description->setObjectName(QStringLiteral("recurrenceText"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    form->addRow(QString(), m_description);

    auto* endRow = new QHBoxLayout;
    m_end = DialogParts::dateEdit(QStringLiteral("endDate"), box);
    m_end->setAccessibleName(tr("Last day of the series"));
    m_openEnded = new QCheckBox(tr("&No end date"), box);
    m_openEnded->setObjectName(QStringLiteral("openEnded"));
    endRow->addWidget(m_end);
    endRow->addSpacing(8);
    endRow->addWidget(m_openEnded);
    endRow->addStretch(1);
    auto* endLabel = new QLabel(tr("En&d:"), box);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);

    m_time = new QTimeEdit(box);
    m_time->setObjectName(QStringLiteral("startTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time the meetings start"));
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("&Starts at:"), m_time);

    m_length = new QSpinBox(box);
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setRange(1, 24 * 60);
    m_length->setSuffix(tr(" min"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("Len&gth:"), m_length);

    auto* previewTitle = new QLabel(tr("Next meetings:"), box);
    m_preview = new QLabel(box);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    form->addRow(previewTitle, m_preview);
    return box;
}

QWidget* SeriesDialog::buildLeaderColumn()
{
    auto* group = new QGroupBox(tr("Rotating meeting leader"), this);
    auto* layout = new QVBoxLayout(group);
    m_leaders = new LeaderPeriodEditor(group);
    m_leaders->setObjectName(QStringLiteral("leaders"));
    auto* label = new QLabel(tr("Meeting &leaders:"), group);
    label->setBuddy(m_leaders->view());
    layout->addWidget(label);
    layout->addWidget(m_leaders, 1);
    return group;
}

void SeriesDialog::showSeries(const SeriesWithLeaders& shown)
{
    const MeetingSeries& s = shown.series;
    const QSignalBlocker blockType(m_type);
    m_type->setCurrentIndex(m_type->findData(s.meetingTypeId));
    m_shownType = s.meetingTypeId;
    m_title->setText(s.title);
    {
        const QSignalBlocker blockDepartment(m_department);
        m_department->setCurrentIndex(m_department->findData(s.departmentId));
    }
    m_start->setDate(s.startDate);
    setRecurrence(s.recurrence);
    m_interval->setValue(s.interval);
    setEndDate(s.endDate);
    m_time->setTime(s.startTime);
    m_length->setValue(s.durationMinutes);
    m_leaders->setPeople(m_people.people());
    m_leaders->setPeriods(shown.leaders);
    updateRecurrenceTexts();
}

void SeriesDialog::setRecurrence(Recurrence recurrence)
{
    m_recurrence->setCurrentIndex(m_recurrence->findData(int(recurrence)));
}

void SeriesDialog::setEndDate(const QDate& date)
{
    m_openEnded->setChecked(!date.isValid());
    m_end->setEnabled(date.isValid());
    m_end->setDate(date.isValid() ? date : m_start->date().addYears(1).addDays(-1));
}

void SeriesDialog::typeChosen()
{
    const Id id = m_type->currentData().toLongLong();
    const MeetingType* type = nullptr;
    const MeetingType* previous = nullptr;
    for (const MeetingType& t : std::as_const(m_types)) {
        if (t.id == id)
            type = &t;
        if (t.id == m_shownType)
            previous = &t;
    }
    if (!type)
        return;
    // The title follows the type until it is given one of its own.
    const QString title = m_title->text().trimmed();
    if (title.isEmpty() || (previous && title == previous->name))
        m_title->setText(type->name);
    if (!isEditing()) {
        MeetingSeries s = formSeries().series;
        SeriesDrafts::applyType(s, *type);
        setRecurrence(s.recurrence);
        m_interval->setValue(s.interval);
        m_time->setTime(s.startTime);
        m_length->setValue(s.durationMinutes);
        if (type->code == QLatin1String("ventil"))
            m_leaders->setRotationMonths(2);
    }
    m_shownType = id;
}

void SeriesDialog::departmentChosen()
{
    const Id department = m_department->currentData().toLongLong();
    auto people = DepartmentPeople::load(m_session.database(), department, m_session.today());
    if (!people) {
        DialogParts::showError(m_error, people.errorMessage());
        return;
    }
    QList<Id> named;
    for (const LeaderPeriod& p : m_leaders->periods())
        named << p.personId;
    if (const auto included = people.value().include(m_session.database(), named); !included) {
        DialogParts::showError(m_error, included.errorMessage());
        return;
    }
    m_people = std::move(people).value();
    m_leaders->setPeople(m_people.people());
}

void SeriesDialog::updateRecurrenceTexts()
{
    const QDate start = m_start->date();
    for (int i = 0; i < m_recurrence->count(); ++i) {
        m_recurrence->setItemText(
            i, RecurrenceText::kindText(Recurrence(m_recurrence->itemData(i).toInt()), start));
    }
    const bool weekly = Recurrence(m_recurrence->currentData().toInt()) == Recurrence::Weekly;
    m_intervalUnit->setText(weekly ? tr("week(s)", nullptr, m_interval->value())
                                   : tr("month(s)", nullptr, m_interval->value()));
    const MeetingSeries s = formSeries().series;
    m_description->setText(tr("Meets %1.").arg(RecurrenceText::describe(s)));
    updatePreview();
}

void SeriesDialog::updateRotationDates()
{
    const QDate start = m_start->date();
    const QDate until = m_openEnded->isChecked() ? start.addYears(1).addDays(-1) : m_end->date();
    m_leaders->setSeriesDates(start, until);
}

void SeriesDialog::updatePreview()
{
    updateRotationDates();
    const QStringList lines = SeriesDrafts::preview(
        formSeries(), m_session.today(), [this](Id personId) { return m_people.name(personId); });
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

SeriesWithLeaders SeriesDialog::formSeries()
{
    SeriesWithLeaders shown;
    if (m_before)
        shown.series = m_before->series; // keeps id and row version
    MeetingSeries& s = shown.series;
    s.meetingTypeId = m_type->currentData().toLongLong();
    s.departmentId = m_department->currentData().toLongLong();
    s.title = m_title->text().simplified();
    s.recurrence = Recurrence(m_recurrence->currentData().toInt());
    s.interval = m_interval->value();
    s.startDate = m_start->date();
    s.endDate = m_openEnded->isChecked() ? QDate() : m_end->date();
    s.startTime = m_time->time();
    s.durationMinutes = m_length->value();
    shown.leaders = m_leaders->periods();
    return shown;
}

QWidget* SeriesDialog::fieldOf(const MeetingSeries& series) const
{
    if (series.title.isEmpty())
        return m_title;
    if (!series.meetingTypeId)
        return m_type;
    if (!series.departmentId)
        return m_department;
    if (series.endDate.isValid() && series.endDate < series.startDate)
        return m_end;
    return nullptr;
}

void SeriesDialog::accept()
{
    m_leaders->commit();
    const SeriesWithLeaders after = formSeries();
    if (const auto valid = RecurrenceRules::validate(after.series); !valid) {
        DialogParts::showError(m_error, valid.errorMessage(), fieldOf(after.series));
        return;
    }
    if (const auto valid = SeriesDrafts::checkLeaders(after.leaders); !valid) {
        DialogParts::showError(m_error, valid.errorMessage(), m_leaders->view());
        return;
    }
    if (m_before && SeriesDrafts::sameContent(*m_before, after)) {
        QDialog::accept();
        return;
    }
    const QString text = isEditing() ? tr("changes to the series %1").arg(after.series.title)
                                     : tr("new series %1").arg(after.series.title);
    auto command = std::make_unique<ChangeCommand>(m_session, text);
    auto change = std::make_unique<SeriesChange>(m_before, after);
    const SeriesChange* applied = change.get();
    command->add(std::move(change));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    m_savedId = applied->stored() ? applied->stored()->series.id : 0;
    QDialog::accept();
}

} // namespace tavle::ui
