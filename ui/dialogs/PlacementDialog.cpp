#include "PlacementDialog.h"

#include "Session.h"
#include "StatusStyle.h"
#include "commands/ChangeCommand.h"
#include "models/DeadlineBoardModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

Result<PlacementDialog*> PlacementDialog::create(Session& session, const DeadlineRow& row,
                                                 QWidget* parent)
{
    const auto type = session.expectationType();
    if (!type)
        return type.error();
    const auto meeting =
        MeetingEditing::forPlacement(session.database(), row.view.placement.id, type->id);
    if (!meeting)
        return meeting.error();
    PersonRepository persons(session.database());
    const auto supervisors = persons.supervisors(row.view.placement.departmentId, session.today());
    if (!supervisors)
        return supervisors.error();
    // People who took part besides the trainee and the main supervisor keep their place.
    QList<Person> others;
    if (meeting.value()) {
        for (const Attendee& attendee : meeting.value()->attendees) {
            const Id id = attendee.personId;
            if (id == row.view.placement.traineeId || id == row.view.placement.mainSupervisorId)
                continue;
            const auto person = persons.byId(id);
            if (!person)
                return person.error();
            if (person.value())
                others << *person.value();
        }
    }
    return new PlacementDialog(session, row, type.value(), meeting.value(), supervisors.value(),
                               others, parent);
}

PlacementDialog::PlacementDialog(Session& session, const DeadlineRow& row, MeetingType type,
                                 std::optional<MeetingRecord> meeting,
                                 QList<SupervisorLoad> supervisors, QList<Person> otherParticipants,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_row(row), m_type(std::move(type)),
      m_meeting(std::move(meeting)), m_supervisors(std::move(supervisors)),
      m_otherParticipants(std::move(otherParticipants))
{
    setWindowTitle(tr("Placement: %1").arg(row.view.traineeName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildSupervisor());
    layout->addWidget(buildMeeting(), 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlacementDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget* PlacementDialog::buildHeader()
{
    const PlacementView& v = m_row.view;
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* name = new QLabel(v.traineeName, box);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    name->setFont(big);
    layout->addWidget(name);

    QStringList facts{DeadlineBoardModel::levelName(v.placement.level), v.departmentName};
    facts
        << (v.placement.endDate.isValid()
                ? tr("%1 to %2").arg(dateText(v.placement.startDate), dateText(v.placement.endDate))
                : tr("from %1").arg(dateText(v.placement.startDate)));
    if (!v.traineeEmail.isEmpty())
        facts << v.traineeEmail;
    auto* details = new QLabel(facts.join(QStringLiteral(" · ")), box);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(details);

    const Deadline& d = m_row.deadline;
    auto* deadline = new QWidget(box);
    auto* row = new QHBoxLayout(deadline);
    row->setContentsMargins(0, 4, 0, 0);
    auto* icon = new QLabel(deadline);
    icon->setPixmap(StatusStyle::icon(d.status).pixmap(16, 16));
    row->addWidget(icon);
    QString text;
    if (d.due.isValid()) {
        text = tr("%1: due %2 (week %3). %4.")
                   .arg(m_type.name, dateText(d.due))
                   .arg(d.due.weekNumber())
                   .arg(DeadlineBoardModel::statusText(d.status));
    } else {
        text = tr("%1: no deadline.").arg(m_type.name);
    }
    auto* deadlineText = new QLabel(text, deadline);
    deadlineText->setWordWrap(true);
    row->addWidget(deadlineText, 1);
    layout->addWidget(deadline);
    return box;
}

QWidget* PlacementDialog::buildSupervisor()
{
    auto* group = new QWidget(this);
    auto* form = new QFormLayout(group);
    form->setContentsMargins(0, 6, 0, 6);
    m_supervisor = new QComboBox(group);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_supervisor->addItem(tr("(none)"), Id(0));
    bool found = m_row.view.placement.mainSupervisorId == 0;
    for (const SupervisorLoad& s : m_supervisors) {
        m_supervisor->addItem(
            tr("%1 (%n current trainee(s))", nullptr, s.currentTrainees).arg(s.person.name),
            s.person.id);
        found = found || s.person.id == m_row.view.placement.mainSupervisorId;
    }
    if (!found) // a supervisor from another department, or one whose role has ended
        m_supervisor->addItem(m_row.view.supervisorName, m_row.view.placement.mainSupervisorId);
    m_supervisor->setCurrentIndex(m_supervisor->findData(m_row.view.placement.mainSupervisorId));
    m_supervisor->setAccessibleName(tr("Main supervisor"));
    auto* label = new QLabel(tr("&Main supervisor:"), group);
    label->setBuddy(m_supervisor);
    form->addRow(label, m_supervisor);
    connect(m_supervisor, &QComboBox::currentIndexChanged, this,
            &PlacementDialog::updateParticipants);
    return group;
}

QWidget* PlacementDialog::buildMeeting()
{
    auto* group = new QGroupBox(m_type.name, this);
    auto* layout = new QVBoxLayout(group);
    m_state = new QButtonGroup(group);

    m_none = new QRadioButton(tr("&Not scheduled yet"), group);
    m_none->setObjectName(QStringLiteral("stateNone"));
    layout->addWidget(m_none);

    auto* scheduledRow = new QHBoxLayout;
    m_scheduled = new QRadioButton(tr("&Scheduled for"), group);
    m_scheduled->setObjectName(QStringLiteral("stateScheduled"));
    m_scheduledAt = new QDateTimeEdit(group);
    m_scheduledAt->setObjectName(QStringLiteral("scheduledAt"));
    m_scheduledAt->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_scheduledAt->setCalendarPopup(true);
    m_scheduledAt->setAccessibleName(tr("Date and time of the meeting"));
    m_scheduledAt->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00:00")) + 48);
    scheduledRow->addWidget(m_scheduled);
    scheduledRow->addWidget(m_scheduledAt);
    scheduledRow->addStretch(1);
    layout->addLayout(scheduledRow);

    auto* heldRow = new QHBoxLayout;
    m_held = new QRadioButton(tr("&Held on"), group);
    m_held->setObjectName(QStringLiteral("stateHeld"));
    m_heldOn = new QDateEdit(group);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setMaximumDate(m_session.today());
    m_heldOn->setAccessibleName(tr("Date the meeting was held"));
    m_heldOn->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000")) + 48);
    heldRow->addWidget(m_held);
    heldRow->addWidget(m_heldOn);
    heldRow->addStretch(1);
    layout->addLayout(heldRow);

    m_state->addButton(m_none, int(MeetingState::None));
    m_state->addButton(m_scheduled, int(MeetingState::Scheduled));
    m_state->addButton(m_held, int(MeetingState::Held));

    auto* participantsLabel = new QLabel(tr("Participants:"), group);
    layout->addWidget(participantsLabel);
    m_participantBox = new QVBoxLayout;
    m_participantBox->setContentsMargins(12, 0, 0, 0);
    layout->addLayout(m_participantBox);

    auto* notesLabel = new QLabel(tr("What was &agreed:"), group);
    layout->addWidget(notesLabel);
    m_notes = new QPlainTextEdit(group);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(
        tr("Goals, tasks, deadlines, responsibilities and how to work together"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("What was agreed"));
    notesLabel->setBuddy(m_notes);
    layout->addWidget(m_notes, 1);

    // Fill in the meeting as stored, or sensible defaults for a new one.
    const QDate today = m_session.today();
    QDate scheduleDay = m_row.deadline.due.isValid() ? m_row.deadline.due : today;
    if (scheduleDay < today)
        scheduleDay = today;
    m_scheduledAt->setDateTime(QDateTime(scheduleDay, QTime(14, 0)));
    m_heldOn->setDate(today);
    MeetingState state = MeetingState::None;
    if (m_meeting) {
        const Meeting& m = m_meeting->meeting;
        if (m.scheduledAt.isValid())
            m_scheduledAt->setDateTime(m.scheduledAt);
        if (m.heldOn.isValid()) {
            m_heldOn->setMaximumDate(std::max(today, m.heldOn));
            m_heldOn->setDate(m.heldOn);
            state = MeetingState::Held;
        } else {
            state = MeetingState::Scheduled;
        }
        m_notes->setPlainText(m.notes);
    }
    setMeetingState(state);
    connect(m_state, &QButtonGroup::idClicked, this, &PlacementDialog::updateMeetingFields);
    updateParticipants();
    return group;
}

void PlacementDialog::setMeetingState(MeetingState state)
{
    m_state->button(int(state))->setChecked(true);
    updateMeetingFields();
}

PlacementDialog::MeetingState PlacementDialog::meetingState() const
{
    return MeetingState(m_state->checkedId());
}

void PlacementDialog::updateMeetingFields()
{
    const MeetingState state = meetingState();
    m_scheduledAt->setEnabled(state == MeetingState::Scheduled);
    m_heldOn->setEnabled(state == MeetingState::Held);
    for (const auto& [id, box] : m_participants)
        box->setEnabled(state != MeetingState::None);
    m_notes->setEnabled(state != MeetingState::None);
}

Id PlacementDialog::chosenSupervisor() const
{
    return m_supervisor->currentData().toLongLong();
}

void PlacementDialog::updateParticipants()
{
    // Keep what the user ticked; a new meeting starts with the trainee and main supervisor.
    QHash<Id, bool> ticked;
    for (const auto& [id, box] : m_participants)
        ticked.insert(id, box->isChecked());
    const bool fresh = m_participants.isEmpty();
    for (const auto& [id, box] : m_participants)
        delete box;
    m_participants.clear();

    const Id traineeId = m_row.view.placement.traineeId;
    const Id supervisorId = chosenSupervisor();
    auto wasIn = [this](Id id) {
        if (!m_meeting)
            return true;
        return m_meeting->attendees.contains(Attendee{id, Attendance::Present});
    };
    auto add = [&](Id id, const QString& label) {
        auto* box = new QCheckBox(label, this);
        box->setChecked(fresh || !ticked.contains(id) ? wasIn(id) : ticked.value(id));
        m_participantBox->addWidget(box);
        m_participants.append({id, box});
    };
    add(traineeId, tr("%1 (trainee)").arg(m_row.view.traineeName));
    if (supervisorId) {
        add(supervisorId,
            tr("%1 (main supervisor)")
                .arg(m_supervisor->currentText().section(QStringLiteral(" ("), 0, 0)));
    }
    for (const Person& p : m_otherParticipants) {
        if (p.id != traineeId && p.id != supervisorId)
            add(p.id, p.name);
    }
    updateMeetingFields();
}

MeetingRecord PlacementDialog::meetingAfter() const
{
    MeetingRecord record;
    if (m_meeting)
        record = *m_meeting;
    record.meeting.meetingTypeId = m_type.id;
    record.meeting.placementId = m_row.view.placement.id;
    const MeetingState state = meetingState();
    if (state == MeetingState::Scheduled) {
        record.meeting.scheduledAt = m_scheduledAt->dateTime();
        record.meeting.heldOn = QDate();
    } else if (state == MeetingState::Held) {
        record.meeting.heldOn = m_heldOn->date();
    }
    record.meeting.notes = m_notes->toPlainText().trimmed();
    record.attendees.clear();
    for (const auto& [id, box] : m_participants) {
        if (box->isChecked())
            record.attendees << Attendee{id, Attendance::Present};
    }
    return record;
}

QString PlacementDialog::commandText(bool meetingChanged, bool supervisorChanged) const
{
    const QString& name = m_row.view.traineeName;
    if (!meetingChanged)
        return tr("main supervisor change for %1").arg(name);
    switch (meetingState()) {
    case MeetingState::Held:
        return tr("registration of the expectation meeting with %1 as held").arg(name);
    case MeetingState::Scheduled:
        return tr("scheduling of the expectation meeting with %1").arg(name);
    case MeetingState::None:
        break;
    }
    Q_UNUSED(supervisorChanged)
    return tr("removal of the expectation meeting with %1").arg(name);
}

void PlacementDialog::accept()
{
    const Id supervisorId = chosenSupervisor();
    const bool supervisorChanged = supervisorId != m_row.view.placement.mainSupervisorId;

    std::optional<MeetingRecord> after;
    if (meetingState() != MeetingState::None) {
        after = meetingAfter();
        if (const auto valid = MeetingEditing::validate(*after, m_session.today()); !valid) {
            m_error->setText(valid.errorMessage());
            m_error->show();
            return;
        }
    }
    bool meetingChanged = after.has_value() != m_meeting.has_value();
    if (after && m_meeting) {
        const Meeting& a = after->meeting;
        const Meeting& b = m_meeting->meeting;
        meetingChanged = a.scheduledAt != b.scheduledAt || a.heldOn != b.heldOn ||
                         a.notes != b.notes || after->attendees != m_meeting->attendees;
    }
    if (!meetingChanged && !supervisorChanged) {
        QDialog::accept();
        return;
    }

    auto command =
        std::make_unique<ChangeCommand>(m_session, commandText(meetingChanged, supervisorChanged));
    if (supervisorChanged) {
        Placement changed = m_row.view.placement;
        changed.mainSupervisorId = supervisorId;
        command->add(std::make_unique<PlacementChange>(m_row.view.placement, changed));
    }
    if (meetingChanged)
        command->add(std::make_unique<MeetingChange>(m_meeting, after));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        m_error->setText(pushed.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
