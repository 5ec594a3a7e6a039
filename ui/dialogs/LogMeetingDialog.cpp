#include "LogMeetingDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "dialogs/MeetingDrafts.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "widgets/ActionItemEditor.h"
#include "widgets/AttendanceChecklist.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace tavle::ui {

Result<LogMeetingDialog::Choices> LogMeetingDialog::readChoices(Session& session,
                                                                const LoggedMeeting& meeting)
{
    Database& db = session.database();
    Choices choices;
    auto types = MeetingDrafts::departmentTypes(db);
    if (!types)
        return types.error();
    choices.types = std::move(types).value();
    auto departments = session.departments();
    if (!departments)
        return departments.error();
    choices.departments = std::move(departments).value();
    const auto series = MeetingSeriesRepository(db).all(0);
    if (!series)
        return series.error();
    for (const MeetingSeries& s : series.value())
        choices.seriesTitles.insert(s.id, s.title);
    const QDate day = meeting.meeting.heldOn.isValid() ? meeting.meeting.heldOn
                                                       : meeting.meeting.scheduledAt.date();
    auto people = DepartmentPeople::load(db, meeting.meeting.departmentId, day);
    if (!people)
        return people.error();
    choices.people = std::move(people).value();
    QList<Id> named{meeting.meeting.leaderId};
    for (const Attendee& a : meeting.attendees)
        named << a.personId;
    for (const ActionItem& item : meeting.actionItems)
        named << item.ownerId;
    if (const auto included = choices.people.include(db, named); !included)
        return included.error();
    return choices;
}

Result<LogMeetingDialog*> LogMeetingDialog::createForNew(Session& session, Id meetingTypeId,
                                                         Id departmentId, QWidget* parent)
{
    Database& db = session.database();
    const auto types = MeetingDrafts::departmentTypes(db);
    if (!types)
        return types.error();
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    if (types->isEmpty() || departments->isEmpty())
        return Error{tr("Add a department before logging its meetings.")};
    Id department = departmentId ? departmentId : session.departmentId();
    if (!department)
        department = departments->first().id;
    const MeetingType* type = nullptr;
    for (const MeetingType& t : types.value()) {
        if (t.id == meetingTypeId || (!meetingTypeId && t.code == QLatin1String("education_team")))
            type = &t;
    }
    if (!type)
        type = &types->first();
    const auto draft =
        MeetingDrafts::forNew(db, *type, department, session.today(), QTime::currentTime());
    if (!draft)
        return draft.error();
    auto choices = readChoices(session, draft.value());
    if (!choices)
        return choices.error();
    return new LogMeetingDialog(session, Mode::New, std::move(choices).value(), std::nullopt,
                                draft.value(), parent);
}

Result<LogMeetingDialog*> LogMeetingDialog::createForOccurrence(Session& session, Id seriesId,
                                                                const QDate& occurrence,
                                                                QWidget* parent)
{
    Database& db = session.database();
    const auto stored = MeetingRepository(db).forOccurrence(seriesId, occurrence);
    if (!stored)
        return stored.error();
    if (stored.value()) // logged meanwhile, in another window
        return createForMeeting(session, stored.value()->id, parent);
    const auto series = MeetingSeriesRepository(db).byId(seriesId);
    if (!series)
        return series.error();
    if (!series.value())
        return Error{tr("The series has been deleted by someone else.")};
    const auto draft = MeetingLog::draftForOccurrence(db, *series.value(), occurrence);
    if (!draft)
        return draft.error();
    auto choices = readChoices(session, draft.value());
    if (!choices)
        return choices.error();
    return new LogMeetingDialog(session, Mode::Occurrence, std::move(choices).value(), std::nullopt,
                                draft.value(), parent);
}

Result<LogMeetingDialog*> LogMeetingDialog::createForMeeting(Session& session, Id meetingId,
                                                             QWidget* parent)
{
    const auto stored = MeetingLog::load(session.database(), meetingId);
    if (!stored)
        return stored.error();
    auto choices = readChoices(session, stored.value());
    if (!choices)
        return choices.error();
    return new LogMeetingDialog(session, Mode::Stored, std::move(choices).value(), stored.value(),
                                stored.value(), parent);
}

LogMeetingDialog::LogMeetingDialog(Session& session, Mode mode, Choices choices,
                                   std::optional<LoggedMeeting> before, LoggedMeeting draft,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_choices(std::move(choices)),
      m_before(std::move(before)), m_draft(draft)
{
    setObjectName(QStringLiteral("logMeetingDialog"));
    setWindowTitle(m_mode == Mode::Stored ? tr("Meeting") : tr("Log meeting"));
    auto* layout = new QVBoxLayout(this);
    // One department in view, or only one at all: the meeting is in it.
    const bool chooseDepartment = m_session.departmentId() == 0 && m_choices.departments.size() > 1;
    m_form = new LogMeetingForm(m_choices.types, m_choices.departments, chooseDepartment, this);
    m_form->setTypeEditable(m_mode == Mode::New ||
                            (m_mode == Mode::Stored && !draft.meeting.seriesId));
    m_form->setDepartmentEditable(m_mode == Mode::New);
    layout->addWidget(m_form, 1);
    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    buildButtons(layout);

    showDraft(draft);
    const Meeting& m = draft.meeting;
    if (m_mode == Mode::Stored) {
        m_form->setState(m.cancelled          ? State::Cancelled
                         : m.heldOn.isValid() ? State::Held
                                              : State::Planned);
    } else {
        m_form->showDefaultState(m_session.today());
    }
    connect(m_form, &LogMeetingForm::whenChanged, this,
            [this] { m_form->showDefaultState(m_session.today()); });
    if (m_mode == Mode::New) {
        connect(m_form, &LogMeetingForm::typeChosen, this, &LogMeetingDialog::redraft);
        connect(m_form, &LogMeetingForm::departmentChosen, this, &LogMeetingDialog::redraft);
    }
    // Fits a laptop screen; the text fields and tables share what height there is.
    resize(std::max(980, sizeHint().width()), 700);
    placeInitialFocus();
}

void LogMeetingDialog::buildButtons(QLayout* layout)
{
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Ctrl+Enter saves."), this), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Enter belongs to the fields (adding a person, closing a cell); Ctrl+Enter saves.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &LogMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogMeetingDialog::reject);
    bottom->addWidget(buttons);
    static_cast<QBoxLayout*>(layout)->addLayout(bottom);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* save = new QShortcut(keys, this);
        connect(save, &QShortcut::activated, this, &LogMeetingDialog::accept);
    }
}

void LogMeetingDialog::placeInitialFocus()
{
    QWidget* first = m_form->whenEdit();
    if (m_mode == Mode::New)
        first = m_form->typeCombo();
    else if (m_mode == Mode::Occurrence && state() == State::Held)
        first = m_form->attendance()->view();
    else if (m_mode == Mode::Stored)
        first = m_form->notesEdit();
    first->setFocus(Qt::OtherFocusReason);
}

void LogMeetingDialog::showDraft(const LoggedMeeting& draft)
{
    m_draft = draft;
    m_form->showMeeting(draft, m_choices.people, seriesText(draft.meeting));
}

QString LogMeetingDialog::seriesText(const Meeting& meeting) const
{
    if (!meeting.seriesId)
        return tr("None: a meeting on its own");
    return tr("%1, the meeting of %2")
        .arg(m_choices.seriesTitles.value(meeting.seriesId),
             MeetingListModel::dateText(meeting.occurrenceOn));
}

void LogMeetingDialog::redraft()
{
    const Id typeId = m_form->typeId();
    const Id department = m_form->departmentId();
    const auto type = std::find_if(m_choices.types.cbegin(), m_choices.types.cend(),
                                   [typeId](const MeetingType& t) { return t.id == typeId; });
    if (type == m_choices.types.cend() || !department)
        return;
    m_error->hide();
    Database& db = m_session.database();
    const auto fresh =
        MeetingDrafts::forNew(db, *type, department, m_session.today(), QTime::currentTime());
    if (!fresh) {
        showError(fresh.errorMessage(), nullptr);
        return;
    }
    const LoggedMeeting next = MeetingDrafts::carryOver(fresh.value(), m_draft, formMeeting());
    if (department != m_draft.meeting.departmentId) {
        auto people = DepartmentPeople::load(db, department, next.meeting.scheduledAt.date());
        if (!people) {
            showError(people.errorMessage(), nullptr);
            return;
        }
        m_choices.people = std::move(people).value();
    }
    QList<Id> named{next.meeting.leaderId};
    for (const Attendee& a : next.attendees)
        named << a.personId;
    for (const ActionItem& item : next.actionItems)
        named << item.ownerId;
    if (const auto included = m_choices.people.include(db, named); !included) {
        showError(included.errorMessage(), nullptr);
        return;
    }
    showDraft(next);
    // The form shows `fresh` where the user changed nothing: later changes compare with it.
    m_draft = fresh.value();
    m_draft.meeting.seriesId = next.meeting.seriesId;
    m_draft.meeting.occurrenceOn = next.meeting.occurrenceOn;
    m_form->showDefaultState(m_session.today());
}

LoggedMeeting LogMeetingDialog::formMeeting() const
{
    return m_form->read(m_before ? *m_before : m_draft);
}

QString LogMeetingDialog::commandText(const LoggedMeeting& after) const
{
    const QString name = m_form->typeCombo()->currentText();
    const QString date = DialogParts::dateText(m_form->whenEdit()->date());
    if (m_before)
        return tr("changes to the meeting %1 %2").arg(name, date);
    if (after.meeting.cancelled)
        return tr("cancellation of %1 %2").arg(name, date);
    return tr("new meeting %1 %2").arg(name, date);
}

void LogMeetingDialog::showError(const QString& message, QWidget* field)
{
    DialogParts::showError(m_error, message, field);
}

void LogMeetingDialog::accept()
{
    m_form->commit();
    const int blank = m_form->actionItems()->firstWithoutText();
    if (blank >= 0) {
        showError(tr("Action item %1 has no text: write what is to be done, or remove the row "
                     "with Delete.")
                      .arg(blank + 1),
                  nullptr);
        m_form->actionItems()->editText(blank);
        return;
    }
    const LoggedMeeting after = formMeeting();
    const QDate today = m_session.today();
    if (const auto valid = MeetingLog::validate(after, today); !valid) {
        const bool future = after.meeting.heldOn.isValid() && after.meeting.heldOn > today;
        showError(valid.errorMessage(), future ? m_form->whenEdit() : nullptr);
        return;
    }
    if (m_before && MeetingDrafts::sameContent(*m_before, after)) {
        QDialog::accept();
        return;
    }
    auto command = std::make_unique<ChangeCommand>(m_session, commandText(after));
    auto change = std::make_unique<LoggedMeetingChange>(m_before, after);
    const LoggedMeetingChange* applied = change.get();
    command->add(std::move(change));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        showError(pushed.errorMessage(), nullptr);
        return;
    }
    // The command lives on the undo stack now, with the meeting as stored.
    if (applied->stored()) {
        MeetingEntry entry;
        entry.meeting = applied->stored()->meeting;
        m_savedKey = MeetingKey::of(entry);
    }
    QDialog::accept();
}

} // namespace tavle::ui
