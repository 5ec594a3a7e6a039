#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tavle::ui {

/// The date the window counts from. Follows the system date: a timer looks twice a minute and
/// when the application becomes active again (after the machine wakes), so statuses move on at
/// midnight without a restart. Core logic never reads the clock; the window asks this.
class Clock : public QObject
{
    Q_OBJECT

public:
    explicit Clock(QObject* parent = nullptr);

    QDate today() const { return m_today; }

    /// Counts from a fixed date from now on (tavle --today, tests); the timer stops following.
    void setFixedToday(const QDate& date);
    /// Where the date comes from; the system date unless a test sets another source.
    void setSource(std::function<QDate()> source);
    /// Reads the source now and announces a new day.
    void check();

signals:
    void todayChanged(const QDate& today);

private:
    std::function<QDate()> m_source;
    QDate m_today;
    QTimer m_timer;
    bool m_fixed = false;
};

} // namespace tavle::ui
