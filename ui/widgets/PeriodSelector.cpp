#include "PeriodSelector.h"

#include "dialogs/DialogParts.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tavle::ui {

PeriodSelector::PeriodSelector(int weeksBack, int weeksAhead, QWidget* parent)
    : QWidget(parent), m_weeksBack(weeksBack), m_weeksAhead(weeksAhead)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_previous->setAccessibleName(tr("Previous period"));
    layout->addWidget(m_previous);

    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    m_from = DialogParts::dateEdit(QStringLiteral("periodFrom"), this);
    m_from->setAccessibleName(tr("First day shown"));
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    m_to = DialogParts::dateEdit(QStringLiteral("periodTo"), this);
    m_to->setAccessibleName(tr("Last day shown"));
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);

    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_next->setAccessibleName(tr("Next period"));
    layout->addWidget(m_next);

    auto* usual = new QToolButton(this);
    usual->setObjectName(QStringLiteral("usualPeriod"));
    usual->setText(tr("Around today"));
    usual->setToolTip(tr("From %1 weeks back to %2 weeks ahead").arg(weeksBack).arg(weeksAhead));
    layout->addWidget(usual);

    connect(m_previous, &QToolButton::clicked, this, &PeriodSelector::previous);
    connect(m_next, &QToolButton::clicked, this, &PeriodSelector::next);
    connect(usual, &QToolButton::clicked, this, [this] { setToday(m_today, true); });
    // A date is typed in several steps: the period follows when the field is left or Enter
    // is pressed, not at every digit.
    connect(m_from, &QDateEdit::editingFinished, this, &PeriodSelector::edited);
    connect(m_to, &QDateEdit::editingFinished, this, &PeriodSelector::edited);
}

QDate PeriodSelector::from() const
{
    return m_from->date();
}

QDate PeriodSelector::to() const
{
    return m_to->date();
}

void PeriodSelector::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(std::max(from, to));
    }
    announce();
}

void PeriodSelector::announce()
{
    if (from() == m_announcedFrom && to() == m_announcedTo)
        return;
    m_announcedFrom = from();
    m_announcedTo = to();
    emit periodChanged(from(), to());
}

void PeriodSelector::setToday(const QDate& today, bool force)
{
    const bool follow = force || !m_today.isValid() || isUsualPeriod();
    m_today = today;
    if (follow)
        setPeriod(today.addDays(-7 * m_weeksBack), today.addDays(7 * m_weeksAhead));
}

bool PeriodSelector::isUsualPeriod() const
{
    return m_today.isValid() && from() == m_today.addDays(-7 * m_weeksBack) &&
           to() == m_today.addDays(7 * m_weeksAhead);
}

void PeriodSelector::previous()
{
    shift(-1);
}

void PeriodSelector::next()
{
    shift(1);
}

void PeriodSelector::shift(int direction)
{
    const qint64 length = from().daysTo(to()) + 1;
    setPeriod(from().addDays(direction * length), to().addDays(direction * length));
}

void PeriodSelector::edited()
{
    // The order of the two dates is forgiven: a "to" before "from" swaps them.
    const QDate a = m_from->date();
    const QDate b = m_to->date();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(std::min(a, b));
        m_to->setDate(std::max(a, b));
    }
    announce();
}

} // namespace tavle::ui
