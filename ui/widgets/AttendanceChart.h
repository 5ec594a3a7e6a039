#pragma once

#include "rules/AttendanceStats.h"
#include "widgets/ChartWidget.h"

namespace tavle::ui {

/// Attendance over time: one category per held meeting (dd-MM), stacked bars of present,
/// absent and excused people on the left axis, and the rate (present of expected, in %) as a
/// line on the right axis. Readable without colour: each bar set has its own fill pattern, the
/// rate line is dashed with markers, and a legend names them.
class AttendanceChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit AttendanceChart(QWidget* parent = nullptr);

    /// Shows the meetings, in the order given; `emptyText` is the title when there are none.
    void setMeetings(const QList<MeetingAttendance>& meetings, const QString& title,
                     const QString& emptyText);

    /// What the chart shows, read back from its series and axes (for tests).
    QStringList categories() const;
    QList<qreal> values(Attendance status) const;
    QList<qreal> rates() const; ///< in %, one per category

    /// The category labels for meetings: dd-MM, with the year when two would read the same.
    static QStringList labels(const QList<MeetingAttendance>& meetings);
};

} // namespace tavle::ui
