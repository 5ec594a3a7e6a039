#pragma once

#include "Result.h"
#include "commands/Changes.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace tavle::ui {

/// The rules of SeriesDialog that need no widget: a type's usual rhythm, the checks of the
/// leader periods, the preview of the next meetings.
class SeriesDrafts
{
    Q_DECLARE_TR_FUNCTIONS(SeriesDrafts)

public:
    /// How many coming meetings the preview lists.
    static constexpr int kPreviewCount = 5;

    /// Gives a series a type with its usual start, length and rhythm: Ventil weekly, the
    /// education team and the supervisor forum monthly on a weekday.
    static void applyType(MeetingSeries& series, const MeetingType& type);
    /// Each leader period needs a person and may not end before it starts; the error names
    /// the row (1-based).
    static Status checkLeaders(const QList<LeaderPeriod>& periods);
    /// Whether saving `b` over `a` would change nothing (ids and row versions aside).
    static bool sameContent(const SeriesWithLeaders& a, const SeriesWithLeaders& b);
    /// The next meetings from `from` on, each "Tue 16-03-2027 · week 11 at 14:50 · Anna Berg"
    /// (the leader named by `nameOf`), or a line saying the series has ended.
    static QStringList preview(const SeriesWithLeaders& series, const QDate& from,
                               const std::function<QString(Id)>& nameOf);
};

} // namespace tavle::ui
