#include "ActionItemDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "i18n/DanishOrder.h"
#include "models/ActionItemModel.h"
#include "services/StrategyGoals.h"
#include "storage/PersonRepository.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace tavle::ui {

Result<ActionItemDialog*> ActionItemDialog::create(Session& session, const ActionItemView& item,
                                                   QWidget* parent)
{
    auto people = PersonRepository(session.database()).all();
    if (!people)
        return people.error();
    const QCollator collator = danishCollator();
    std::stable_sort(people.value().begin(), people.value().end(),
                     [&collator](const Person& a, const Person& b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    // The goals that count today, and the one the item serves even when it was retired since.
    QList<Goal> goals;
    const auto strategy = StrategyGoals::load(session.database());
    if (!strategy)
        return strategy.error();
    if (strategy.value()) {
        for (const Goal& goal : strategy.value()->goals) {
            if (goal.countsOn(session.today()) || goal.id == item.item.goalId)
                goals.append(goal);
        }
    }
    return new ActionItemDialog(session, item, std::move(people).value(), std::move(goals), parent);
}

ActionItemDialog::ActionItemDialog(Session& session, ActionItemView item, QList<Person> people,
                                   QList<Goal> goals, QWidget* parent)
    : QDialog(parent), m_session(session), m_item(std::move(item))
{
    setObjectName(QStringLiteral("actionItemDialog"));
    setWindowTitle(tr("Action item"));
    auto* layout = new QVBoxLayout(this);
    const QString meeting = ActionItemModel::meetingText(m_item);
    auto* origin = new QLabel(meeting.isEmpty() ? tr("Not from a meeting.")
                                                : tr("From the meeting: %1").arg(meeting),
                              this);
    origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(origin);

    auto* form = new QFormLayout;
    m_text = new QLineEdit(m_item.item.text, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("What is to be done"));
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    auto* textLabel = new QLabel(tr("&What is to be done:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);

    // Type a few letters of a name; the list offers the matches.
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("(nobody)"), Id(0));
    bool found = m_item.item.ownerId == 0;
    for (const Person& p : std::as_const(people)) {
        m_owner->addItem(p.name, p.id);
        found = found || p.id == m_item.item.ownerId;
    }
    if (!found)
        m_owner->addItem(m_item.ownerName, m_item.item.ownerId);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_item.item.ownerId)));
    m_owner->completer()->setFilterMode(Qt::MatchContains);
    m_owner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    form->addRow(ownerLabel, m_owner);

    auto* dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("&Due on:"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDueDate"));
    m_due = DialogParts::dateEdit(QStringLiteral("dueDate"), this);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000")) + 48);
    m_hasDue->setChecked(m_item.item.dueDate.isValid());
    m_due->setDate(m_item.item.dueDate.isValid() ? m_item.item.dueDate
                                                 : m_session.today().addDays(14));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    form->addRow(m_hasDue, dueRow);

    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("goal"));
    m_goal->setAccessibleName(tr("Strategy goal"));
    m_goal->addItem(tr("(none)"), Id(0));
    for (const Goal& goal : std::as_const(goals))
        m_goal->addItem(tr("%1 %2").arg(goal.code, goal.title), goal.id);
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(m_item.item.goalId)));
    m_goal->setMaximumWidth(m_text->minimumWidth());
    auto* goalLabel = new QLabel(tr("Strategy &goal:"), this);
    goalLabel->setBuddy(m_goal);
    form->addRow(goalLabel, m_goal);
    goalLabel->setVisible(!goals.isEmpty());
    m_goal->setVisible(!goals.isEmpty());

    if (m_item.item.doneOn.isValid()) {
        auto* done =
            new QLabel(tr("Done on %1.").arg(DialogParts::dateText(m_item.item.doneOn)), this);
        form->addRow(QString(), done);
    }
    layout->addLayout(form);

    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionItemDialog::reject);
    layout->addWidget(buttons);
    m_text->setFocus(Qt::OtherFocusReason);
    resize(sizeHint());
}

std::optional<Id> ActionItemDialog::chosenOwner() const
{
    const QString typed = m_owner->currentText().trimmed();
    if (typed.isEmpty())
        return Id(0);
    const int current = m_owner->currentIndex();
    if (current >= 0 && m_owner->itemText(current) == typed)
        return m_owner->itemData(current).toLongLong();
    const int match = m_owner->findText(typed, Qt::MatchFixedString);
    if (match < 0)
        return std::nullopt;
    return m_owner->itemData(match).toLongLong();
}

void ActionItemDialog::accept()
{
    m_error->hide();
    ActionItem after = m_item.item;
    after.text = m_text->text().trimmed();
    if (after.text.isEmpty()) {
        DialogParts::showError(m_error, tr("Write what is to be done."), m_text);
        return;
    }
    const std::optional<Id> owner = chosenOwner();
    if (!owner) {
        DialogParts::showError(m_error,
                               tr("Nobody is called \"%1\": choose the owner from the list, or "
                                  "(nobody).")
                                   .arg(m_owner->currentText().trimmed()),
                               m_owner);
        return;
    }
    after.ownerId = *owner;
    after.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    after.goalId = m_goal->currentData().toLongLong();
    const ActionItem& before = m_item.item;
    if (after.text == before.text && after.ownerId == before.ownerId &&
        after.dueDate == before.dueDate && after.goalId == before.goalId) {
        QDialog::accept();
        return;
    }
    auto command = std::make_unique<ChangeCommand>(
        m_session, tr("change of action item \"%1\"").arg(ActionItemModel::shortText(after.text)));
    command->add(std::make_unique<ActionItemChange>(before, after));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
