#pragma once

#include "CalendarEvent.h"
#include "Result.h"
#include "domain/Level.h"

#include <QCoreApplication>
#include <QList>

namespace tavle {

class EventSource;

/// The placements' events: every open expectation-meeting deadline on the deadline board
/// (not held; overdue ones too, for they are still open) as an all-day event on the due date,
/// and every meeting scheduled for a placement from today on and not held yet as a timed one.
class DeadlineEvents
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineEvents)

public:
    static Result<QList<CalendarEvent>> collect(EventSource& source);
    static QString levelName(Level level);
};

} // namespace tavle
