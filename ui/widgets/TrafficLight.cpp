#include "TrafficLight.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace tavle::ui {

namespace {

constexpr int kLampSize = 30;

QPixmap lamp(GoalStyle::Light light, qreal ratio)
{
    QPixmap pixmap(QSize(kLampSize, kLampSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = GoalStyle::lightColor(light);
    painter.setPen(QPen(color.darker(140), 1.5));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, kLampSize - 2, kLampSize - 2));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(kLampSize * 11 / 20);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, kLampSize, kLampSize), Qt::AlignCenter,
                     GoalStyle::lightSymbol(light));
    return pixmap;
}

} // namespace

TrafficLight::TrafficLight(QWidget* parent)
    : QFrame(parent), m_lamp(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("trafficLight"));
    setFocusPolicy(Qt::TabFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lamp);
    layout->addWidget(m_text, 1);
    QFont font = m_text->font();
    font.setBold(true);
    m_text->setFont(font);
    m_text->setObjectName(QStringLiteral("trafficLightText"));
    setFigure({}, 90);
}

void TrafficLight::setFigure(const GoalCount& count, int thresholdPercent)
{
    m_light = GoalStyle::light(count, thresholdPercent);
    m_lamp->setPixmap(lamp(m_light, devicePixelRatioF()));
    m_text->setText(tr("%1 – %2").arg(GoalStyle::lightText(m_light),
                                      GoalStyle::lightMeaning(m_light, thresholdPercent)));
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, GoalStyle::lightColor(m_light).darker(130));
    m_text->setPalette(palette);
    setAccessibleName(tr("Traffic light: %1").arg(GoalStyle::lightText(m_light)));
    setAccessibleDescription(m_text->text());
    setToolTip(m_text->text());
}

QString TrafficLight::text() const
{
    return m_text->text();
}

} // namespace tavle::ui
