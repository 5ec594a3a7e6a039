#include "DialogParts.h"

#include "i18n/DanishOrder.h"
#include "models/DeadlineBoardModel.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <algorithm>

namespace tavle::ui {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

QString DialogParts::dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QDateEdit* DialogParts::dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setCalendarPopup(true);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

QLabel* DialogParts::errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    label->setAccessibleName(tr("Error"));
    label->hide();
    return label;
}

void DialogParts::showError(QLabel* label, const QString& message, QWidget* field)
{
    label->setText(message);
    label->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

QLabel* DialogParts::headline(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    label->setFont(big);
    return label;
}

QLabel* DialogParts::placementSummary(const PlacementView& placement, QWidget* parent)
{
    const Placement& p = placement.placement;
    const QString period = p.endDate.isValid()
                               ? tr("From %1 to %2").arg(dateText(p.startDate), dateText(p.endDate))
                               : tr("From %1, no end date yet").arg(dateText(p.startDate));
    auto* label = new QLabel(DeadlineBoardModel::levelName(p.level) + QStringLiteral(" · ") +
                                 placement.departmentName + QLatin1Char('\n') + period,
                             parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void DialogParts::fillSupervisors(QComboBox* combo, QList<SupervisorLoad> supervisors, Id current,
                                  const QString& currentName)
{
    const QCollator collator = danishCollator();
    std::stable_sort(supervisors.begin(), supervisors.end(),
                     [&collator](const SupervisorLoad& a, const SupervisorLoad& b) {
                         return collator.compare(a.person.name, b.person.name) < 0;
                     });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), Id(0));
    bool found = current == 0;
    for (const SupervisorLoad& s : supervisors) {
        combo->addItem(
            tr("%1 (%n current trainee(s))", nullptr, s.currentTrainees).arg(s.person.name),
            s.person.id);
        combo->setItemData(combo->count() - 1, s.person.name, kNameRole);
        found = found || s.person.id == current;
    }
    if (!found) {
        combo->addItem(currentName, current);
        combo->setItemData(combo->count() - 1, currentName, kNameRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

Id DialogParts::chosenSupervisor(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

QString DialogParts::chosenSupervisorName(const QComboBox* combo)
{
    return combo->currentData(kNameRole).toString();
}

} // namespace tavle::ui
