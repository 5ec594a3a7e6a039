#include "AttendanceChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QLineSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace tavle::ui {

namespace {

const char* const kPresent = "present";
const char* const kAbsent = "absent";
const char* const kExcused = "excused";
const char* const kRate = "rate";

QString setName(Attendance status)
{
    switch (status) {
    case Attendance::Present:
        return QLatin1String(kPresent);
    case Attendance::Absent:
        return QLatin1String(kAbsent);
    case Attendance::Excused:
        return QLatin1String(kExcused);
    }
    return {};
}

/// A bar set that reads without colour: its own fill pattern and a dark outline.
QBarSet* barSet(const QString& label, Attendance status, const QColor& color, Qt::BrushStyle style,
                QObject* parent)
{
    auto* set = new QBarSet(label, parent);
    set->setObjectName(setName(status));
    set->setBrush(QBrush(color, style));
    set->setPen(QPen(color.darker(160), 1));
    return set;
}

} // namespace

AttendanceChart::AttendanceChart(QWidget* parent)
    : ChartWidget(QStringLiteral("attendanceChart"), tr("Attendance per meeting"), 220, parent)
{}

QStringList AttendanceChart::labels(const QList<MeetingAttendance>& meetings)
{
    QStringList labels;
    for (const MeetingAttendance& m : meetings)
        labels << m.date.toString(QStringLiteral("dd-MM"));
    if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size()) {
        labels.clear();
        for (const MeetingAttendance& m : meetings)
            labels << m.date.toString(QStringLiteral("dd-MM-yy"));
    }
    // Two meetings on one day (all meetings of a department): number the second one.
    QHash<QString, int> seen;
    for (QString& label : labels) {
        const int n = ++seen[label];
        if (n > 1)
            label += QStringLiteral(" (%1)").arg(n);
    }
    return labels;
}

void AttendanceChart::setMeetings(const QList<MeetingAttendance>& meetings, const QString& title,
                                  const QString& emptyText)
{
    // A new chart for each choice: Qt Charts leaves the drawings of removed axes behind.
    restart();
    if (meetings.isEmpty()) {
        chart()->setTitle(emptyText);
        chart()->legend()->hide();
        return;
    }
    chart()->setTitle(title);

    // Colour for those who see it, a pattern for those who do not (and for print).
    QBarSet* present = barSet(tr("Present"), Attendance::Present, QColor(0x2e, 0x7d, 0x4f),
                              Qt::SolidPattern, chart());
    QBarSet* absent = barSet(tr("Absent"), Attendance::Absent, QColor(0xb4, 0x23, 0x18),
                             Qt::BDiagPattern, chart());
    QBarSet* excused = barSet(tr("Excused"), Attendance::Excused, QColor(0xc2, 0x7c, 0x0e),
                              Qt::Dense4Pattern, chart());
    auto* rate = new QLineSeries(chart());
    rate->setObjectName(QLatin1String(kRate));
    rate->setName(tr("Rate (%)"));
    QPen ratePen(QColor(0x1f, 0x29, 0x37), 2, Qt::DashLine);
    rate->setPen(ratePen);
    rate->setPointsVisible(true);
    rate->setMarkerSize(7);

    int most = 0;
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const MeetingAttendance& m = meetings.at(i);
        *present << m.present;
        *absent << m.absent;
        *excused << m.excused;
        rate->append(qreal(i), m.rate() * 100.0);
        most = std::max(most, m.expected());
    }
    auto* bars = new QStackedBarSeries(chart());
    bars->append({present, absent, excused});
    bars->setBarWidth(0.6);
    chart()->addSeries(bars);
    chart()->addSeries(rate);

    auto* dates = new QBarCategoryAxis;
    dates->setCategories(labels(meetings));
    dates->setTitleText(tr("Meeting (day-month)"));
    if (meetings.size() > 12)
        dates->setLabelsAngle(-90);
    chart()->addAxis(dates, Qt::AlignBottom);
    bars->attachAxis(dates);
    rate->attachAxis(dates);

    auto* people = new QValueAxis;
    people->setLabelFormat(QStringLiteral("%d"));
    people->setTitleText(tr("People"));
    // One person of room above the highest bar, so that it does not touch the frame.
    const int top = most + 1;
    people->setRange(0, top);
    people->setTickCount(top <= 10 ? top + 1 : 6);
    if (top > 10)
        people->applyNiceNumbers();
    chart()->addAxis(people, Qt::AlignLeft);
    bars->attachAxis(people);

    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d %%"));
    percent->setTitleText(tr("Rate (%)"));
    percent->setGridLineVisible(false); // the people axis draws the grid
    chart()->addAxis(percent, Qt::AlignRight);
    rate->attachAxis(percent);
}

QStringList AttendanceChart::categories() const
{
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

QList<qreal> AttendanceChart::values(Attendance status) const
{
    const QString name = setName(status);
    for (QAbstractSeries* series : chart()->series()) {
        auto* bars = qobject_cast<QStackedBarSeries*>(series);
        if (!bars)
            continue;
        for (QBarSet* set : bars->barSets()) {
            if (set->objectName() != name)
                continue;
            QList<qreal> list;
            for (int i = 0; i < set->count(); ++i)
                list << set->at(i);
            return list;
        }
    }
    return {};
}

QList<qreal> AttendanceChart::rates() const
{
    return lineValues(
        [](const QLineSeries& line) { return line.objectName() == QLatin1String(kRate); });
}

} // namespace tavle::ui
