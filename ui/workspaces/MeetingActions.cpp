#include "MeetingActions.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "storage/MeetingSeriesRepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace tavle::ui {

bool MeetingActions::canCancel(const MeetingEntry& entry)
{
    return entry.state == MeetingState::Planned;
}

bool MeetingActions::canDelete(const MeetingEntry& entry)
{
    return entry.meeting.id != 0;
}

QString MeetingActions::name(const MeetingEntry& entry)
{
    const QString title = entry.seriesTitle.isEmpty() ? entry.typeName : entry.seriesTitle;
    return tr("%1 %2").arg(title, DialogParts::dateText(entry.date()));
}

bool MeetingActions::confirm(QWidget* parent, const QString& title, const QString& question,
                             const QString& yes)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMeetingAction"));
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

Result<bool> MeetingActions::cancel(Session& session, const MeetingEntry& entry, QWidget* parent)
{
    if (!canCancel(entry))
        return false;
    Database& db = session.database();
    std::optional<LoggedMeeting> before;
    LoggedMeeting after;
    if (entry.meeting.id) {
        const auto stored = MeetingLog::load(db, entry.meeting.id);
        if (!stored)
            return stored.error();
        before = stored.value();
        after = stored.value();
    } else {
        const auto series = MeetingSeriesRepository(db).byId(entry.meeting.seriesId);
        if (!series)
            return series.error();
        if (!series.value())
            return Error{tr("The series has been deleted by someone else.")};
        const auto draft =
            MeetingLog::draftForOccurrence(db, *series.value(), entry.meeting.occurrenceOn);
        if (!draft)
            return draft.error();
        after = draft.value();
    }
    after.meeting.cancelled = true;
    after.meeting.heldOn = QDate();
    if (!confirm(parent, tr("Cancel meeting"),
                 tr("Cancel %1? It stays in the list as cancelled; Undo brings it back.")
                     .arg(name(entry)),
                 tr("Cancel the meeting")))
        return false;
    auto command =
        std::make_unique<ChangeCommand>(session, tr("cancellation of %1").arg(name(entry)));
    command->add(std::make_unique<LoggedMeetingChange>(before, after));
    if (const auto pushed = pushChange(session, std::move(command)); !pushed)
        return pushed.error();
    return true;
}

Result<bool> MeetingActions::remove(Session& session, const MeetingEntry& entry, QWidget* parent)
{
    if (!canDelete(entry))
        return false;
    const auto stored = MeetingLog::load(session.database(), entry.meeting.id);
    if (!stored)
        return stored.error();
    const QString question =
        entry.meeting.seriesId
            ? tr("Delete %1 with its attendance, decisions and action items? The series "
                 "shows the date as planned again. Undo brings it back.")
                  .arg(name(entry))
            : tr("Delete %1 with its attendance, decisions and action items? Undo brings it "
                 "back.")
                  .arg(name(entry));
    if (!confirm(parent, tr("Delete meeting"), question, tr("Delete")))
        return false;
    auto command =
        std::make_unique<ChangeCommand>(session, tr("deletion of the meeting %1").arg(name(entry)));
    command->add(std::make_unique<LoggedMeetingChange>(stored.value(), std::nullopt));
    if (const auto pushed = pushChange(session, std::move(command)); !pushed)
        return pushed.error();
    return true;
}

} // namespace tavle::ui
