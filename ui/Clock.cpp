#include "Clock.h"

#include <QGuiApplication>

namespace tavle::ui {

Clock::Clock(QObject* parent)
    : QObject(parent), m_source([] { return QDate::currentDate(); }), m_today(m_source())
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Clock::check);
    m_timer.start();
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        check();
                });
    }
}

void Clock::setFixedToday(const QDate& date)
{
    m_fixed = true;
    m_timer.stop();
    if (date != m_today) {
        m_today = date;
        emit todayChanged(m_today);
    }
}

void Clock::setSource(std::function<QDate()> source)
{
    m_source = std::move(source);
    m_fixed = false;
    m_timer.start();
    check();
}

void Clock::check()
{
    if (m_fixed)
        return;
    const QDate now = m_source();
    if (now.isValid() && now != m_today) {
        m_today = now;
        emit todayChanged(m_today);
    }
}

} // namespace tavle::ui
