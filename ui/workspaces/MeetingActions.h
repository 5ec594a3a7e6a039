#pragma once

#include "Result.h"
#include "services/MeetingLog.h"

#include <QCoreApplication>

class QWidget;

namespace tavle::ui {

class Session;

/// The quick actions on a line of the meeting list, each after a confirmation and as one
/// undoable command: cancel a planned meeting or series occurrence, delete a logged one.
class MeetingActions
{
    Q_DECLARE_TR_FUNCTIONS(MeetingActions)

public:
    /// Whether an entry can be cancelled (it is planned) and deleted (it is stored).
    static bool canCancel(const MeetingEntry& entry);
    static bool canDelete(const MeetingEntry& entry);

    /// Asks, then stores the meeting as cancelled: an occurrence not logged yet is stored
    /// with cancelled set. Returns false when the user said no; an error when refused.
    static Result<bool> cancel(Session& session, const MeetingEntry& entry, QWidget* parent);
    /// Asks, then deletes a stored meeting with its attendance and action items.
    static Result<bool> remove(Session& session, const MeetingEntry& entry, QWidget* parent);

    /// "Ventil tir 16-03-2027": how a confirmation and the undo text name a meeting.
    static QString name(const MeetingEntry& entry);

private:
    static bool confirm(QWidget* parent, const QString& title, const QString& question,
                        const QString& yes);
};

} // namespace tavle::ui
