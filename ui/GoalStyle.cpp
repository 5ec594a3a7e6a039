#include "GoalStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace tavle::ui::GoalStyle {

namespace {

QPixmap statusPixmap(GoalStatus status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = foreground(status);
    const qreal pen = size / 9.0;
    const QRectF box(pen, pen, size - 2 * pen, size - 2 * pen);
    painter.setPen(QPen(color, pen));
    switch (status) {
    case GoalStatus::Achieved: {
        painter.setBrush(color);
        painter.drawEllipse(box);
        QPen tick(Qt::white, size / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        const QPointF points[] = {
            {size * 0.28, size * 0.52}, {size * 0.44, size * 0.68}, {size * 0.72, size * 0.34}};
        painter.drawPolyline(points, 3);
        break;
    }
    case GoalStatus::InProgress:
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box);
        painter.setBrush(color);
        painter.drawPie(box, 90 * 16, 180 * 16); // the left half filled: ◐
        break;
    case GoalStatus::NotStarted:
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box);
        break;
    case GoalStatus::NotApplicable:
        painter.setPen(QPen(color, size / 7.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(size * 0.25, size * 0.5), QPointF(size * 0.75, size * 0.5));
        break;
    }
    return pixmap;
}

} // namespace

QString symbol(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return QStringLiteral("✓");
    case GoalStatus::InProgress:
        return QStringLiteral("◐");
    case GoalStatus::NotStarted:
        return QStringLiteral("○");
    case GoalStatus::NotApplicable:
        return QStringLiteral("–");
    }
    return {};
}

QString text(GoalStatus status)
{
    return goalStatusText(status);
}

QIcon icon(GoalStatus status)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(statusPixmap(status, size));
    return icon;
}

QColor foreground(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return QColor(0x1d, 0x6b, 0x35);
    case GoalStatus::InProgress:
        return QColor(0x8a, 0x55, 0x00);
    case GoalStatus::NotStarted:
        return QColor(0x9b, 0x1c, 0x1c);
    case GoalStatus::NotApplicable:
        return QColor(0x5f, 0x63, 0x68);
    }
    return {};
}

QColor background(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return QColor(0xdc, 0xf5, 0xe3);
    case GoalStatus::InProgress:
        return QColor(0xfe, 0xf0, 0xc7);
    case GoalStatus::NotStarted:
        return QColor(0xfd, 0xe2, 0xe1);
    case GoalStatus::NotApplicable:
        return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

Light light(const GoalCount& count, int thresholdPercent)
{
    if (count.applicable <= 0)
        return Light::None;
    if (count.isGreen(thresholdPercent))
        return Light::Green;
    // Exact counts, as isGreen(): achieved / applicable >= (threshold - 10) / 100.
    const qint64 amberFloor = qint64(thresholdPercent - kAmberPoints) * count.applicable;
    if (qint64(count.achieved) * 100 >= amberFloor)
        return Light::Amber;
    return Light::Red;
}

QString lightText(Light light)
{
    switch (light) {
    case Light::Green:
        return QCoreApplication::translate("GoalStyle", "Green");
    case Light::Amber:
        return QCoreApplication::translate("GoalStyle", "Amber");
    case Light::Red:
        return QCoreApplication::translate("GoalStyle", "Red");
    case Light::None:
        break;
    }
    return QCoreApplication::translate("GoalStyle", "No goals");
}

QString lightMeaning(Light light, int thresholdPercent)
{
    switch (light) {
    case Light::Green:
        return QCoreApplication::translate("GoalStyle", "on target (%1 % or more achieved)")
            .arg(thresholdPercent);
    case Light::Amber:
        return QCoreApplication::translate("GoalStyle", "close: under %1 %, within %2 points")
            .arg(thresholdPercent)
            .arg(kAmberPoints);
    case Light::Red:
        return QCoreApplication::translate("GoalStyle", "more than %1 points under %2 %")
            .arg(kAmberPoints)
            .arg(thresholdPercent);
    case Light::None:
        break;
    }
    return QCoreApplication::translate("GoalStyle", "no goal applies");
}

QString lightSymbol(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("✓");
    case Light::Amber:
        return QStringLiteral("!");
    case Light::Red:
        return QStringLiteral("✕");
    case Light::None:
        break;
    }
    return QStringLiteral("–");
}

QColor lightColor(Light light)
{
    switch (light) {
    case Light::Green:
        return QColor(0x1d, 0x8a, 0x3f);
    case Light::Amber:
        return QColor(0xd9, 0x8c, 0x00);
    case Light::Red:
        return QColor(0xc0, 0x26, 0x1b);
    case Light::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QString percentText(const GoalCount& count)
{
    const auto percent = count.percent();
    if (!percent)
        return QStringLiteral("–");
    return QCoreApplication::translate("GoalStyle", "%1 %")
        .arg(QLocale().toString(*percent, 'f', 1));
}

QString figureText(const GoalCount& count)
{
    return QCoreApplication::translate("GoalStyle", "%1 of %n goal(s) achieved · %2", nullptr,
                                       count.applicable)
        .arg(count.achieved)
        .arg(percentText(count));
}

QString shortFigureText(const GoalCount& count)
{
    return QCoreApplication::translate("GoalStyle", "%1 of %2 · %3")
        .arg(count.achieved)
        .arg(count.applicable)
        .arg(percentText(count));
}

} // namespace tavle::ui::GoalStyle
