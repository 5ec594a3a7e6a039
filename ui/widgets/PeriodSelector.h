#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace tavle::ui {

/// A period of days to show: from and to dates, buttons that move it back and forth by its own
/// length, and one that goes back to the usual period around today.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    /// The usual period: from `weeksBack` weeks before today to `weeksAhead` weeks after it.
    PeriodSelector(int weeksBack, int weeksAhead, QWidget* parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setPeriod(const QDate& from, const QDate& to);
    /// Shows the usual period around `today`; a period chosen by hand stays unless `force`.
    void setToday(const QDate& today, bool force = false);
    /// Whether the usual period around today is shown.
    bool isUsualPeriod() const;

    void previous();
    void next();

    QDateEdit* fromEdit() { return m_from; }
    QDateEdit* toEdit() { return m_to; }

signals:
    void periodChanged(const QDate& from, const QDate& to);

private:
    void shift(int direction);
    void edited();
    /// Emits periodChanged() when the period differs from the one last announced.
    void announce();

    int m_weeksBack;
    int m_weeksAhead;
    QDate m_today;
    QDate m_announcedFrom;
    QDate m_announcedTo;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_previous;
    QToolButton* m_next;
};

} // namespace tavle::ui
