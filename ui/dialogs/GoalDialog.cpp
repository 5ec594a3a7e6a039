#include "GoalDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace

GoalDialog::GoalDialog(Session& session, const StrategySnapshot& snapshot, std::optional<Goal> goal,
                       Id focusAreaId, QWidget* parent)
    : QDialog(parent), m_session(session), m_before(std::move(goal)),
      m_strategyId(snapshot.strategy.id)
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(m_before ? tr("Edit goal %1").arg(m_before->code) : tr("New goal"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setPlaceholderText(tr("such as 3.2"));
    m_code->setMaximumWidth(120);
    form->addRow(buddyLabel(tr("&Code:"), m_code, this), m_code);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(buddyLabel(tr("&Title:"), m_title, this), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    form->addRow(buddyLabel(tr("&Description:"), m_description, this), m_description);

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("focusArea"));
    m_area->setAccessibleName(tr("Focus area"));
    for (const FocusArea& area : snapshot.focusAreas)
        m_area->addItem(QStringLiteral("%1 %2").arg(area.position).arg(area.title), area.id);
    form->addRow(buddyLabel(tr("&Focus area:"), m_area, this), m_area);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setAccessibleName(tr("Holds for"));
    m_scope->addItem(tr("Each department"), int(GoalScope::Department));
    m_scope->addItem(tr("The whole hospital"), int(GoalScope::Hospital));
    form->addRow(buddyLabel(tr("&Holds for:"), m_scope, this), m_scope);

    auto* targetDateRow = new QHBoxLayout;
    m_hasTargetDate = new QCheckBox(tr("&Target date:"), this);
    m_hasTargetDate->setObjectName(QStringLiteral("hasTargetDate"));
    m_targetDate = DialogParts::dateEdit(QStringLiteral("targetDate"), this);
    m_targetDate->setAccessibleName(tr("Target date"));
    targetDateRow->addWidget(m_targetDate);
    targetDateRow->addStretch(1);
    form->addRow(m_hasTargetDate, targetDateRow);

    auto* valueRow = new QHBoxLayout;
    m_targetValue = new QSpinBox(this);
    m_targetValue->setObjectName(QStringLiteral("targetValue"));
    m_targetValue->setAccessibleName(tr("Numeric target"));
    m_targetValue->setRange(0, 100000);
    m_targetValue->setSpecialValueText(tr("none"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setPlaceholderText(tr("unit, such as facilitators"));
    m_currentValue = new QSpinBox(this);
    m_currentValue->setObjectName(QStringLiteral("currentValue"));
    m_currentValue->setAccessibleName(tr("Current value"));
    m_currentValue->setRange(-1, 100000);
    m_currentValue->setSpecialValueText(tr("unknown"));
    valueRow->addWidget(m_targetValue);
    valueRow->addWidget(m_unit, 1);
    valueRow->addWidget(buddyLabel(tr("&now:"), m_currentValue, this));
    valueRow->addWidget(m_currentValue);
    form->addRow(buddyLabel(tr("&Numeric target:"), m_targetValue, this), valueRow);

    m_countsFrom = DialogParts::dateEdit(QStringLiteral("countsFrom"), this);
    m_countsFrom->setAccessibleName(tr("Counts from"));
    form->addRow(buddyLabel(tr("Counts f&rom:"), m_countsFrom, this), m_countsFrom);
    auto* retiredRow = new QHBoxLayout;
    m_retired = new QCheckBox(tr("R&etired on:"), this);
    m_retired->setObjectName(QStringLiteral("retired"));
    m_retiredOn = DialogParts::dateEdit(QStringLiteral("retiredOn"), this);
    m_retiredOn->setAccessibleName(tr("Retired on"));
    retiredRow->addWidget(m_retiredOn);
    retiredRow->addStretch(1);
    form->addRow(m_retired, retiredRow);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A retired goal stops counting from that day; its history is "
                               "kept."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
    layout->addWidget(buttons);

    const QDate today = session.today();
    const Goal shown = m_before.value_or(Goal{});
    m_code->setText(shown.code);
    m_title->setText(shown.title);
    m_description->setPlainText(shown.description);
    const Id area = m_before ? m_before->focusAreaId : focusAreaId;
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(shown.scope))));
    m_hasTargetDate->setChecked(shown.targetDate.isValid());
    m_targetDate->setDate(shown.targetDate.isValid() ? shown.targetDate : today);
    m_targetValue->setValue(shown.targetValue.value_or(0));
    m_unit->setText(shown.targetUnit);
    m_currentValue->setValue(shown.currentValue.value_or(-1));
    m_countsFrom->setDate(m_before ? shown.countsFrom : today);
    m_retired->setChecked(shown.retiredOn.isValid());
    m_retiredOn->setDate(shown.retiredOn.isValid() ? shown.retiredOn : today);
    auto enable = [this] {
        m_targetDate->setEnabled(m_hasTargetDate->isChecked());
        m_retiredOn->setEnabled(m_retired->isChecked());
        m_unit->setEnabled(m_targetValue->value() > 0);
        m_currentValue->setEnabled(m_targetValue->value() > 0);
    };
    connect(m_hasTargetDate, &QCheckBox::toggled, this, enable);
    connect(m_retired, &QCheckBox::toggled, this, enable);
    connect(m_targetValue, &QSpinBox::valueChanged, this, enable);
    enable();
    m_code->setFocus();
    resize(560, sizeHint().height());
}

Goal GoalDialog::goal() const
{
    Goal g = m_before.value_or(Goal{});
    g.strategyId = m_strategyId;
    g.code = m_code->text();
    g.title = m_title->text();
    g.description = m_description->toPlainText();
    g.focusAreaId = m_area->currentData().toLongLong();
    g.scope = GoalScope(m_scope->currentData().toInt());
    g.targetDate = m_hasTargetDate->isChecked() ? m_targetDate->date() : QDate();
    g.targetValue =
        m_targetValue->value() > 0 ? std::optional<int>(m_targetValue->value()) : std::nullopt;
    g.targetUnit = g.targetValue ? m_unit->text() : QString();
    g.currentValue = g.targetValue && m_currentValue->value() >= 0
                         ? std::optional<int>(m_currentValue->value())
                         : std::nullopt;
    g.countsFrom = m_countsFrom->date();
    g.retiredOn = m_retired->isChecked() ? m_retiredOn->date() : QDate();
    return g;
}

void GoalDialog::accept()
{
    const Goal after = goal();
    auto change = std::make_unique<GoalChange>(m_before, after);
    GoalChange* made = change.get();
    const QString code = after.code.simplified();
    auto command = std::make_unique<ChangeCommand>(
        m_session, m_before ? tr("changes to goal %1").arg(code) : tr("new goal %1").arg(code));
    command->add(std::move(change));
    if (const Status pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    m_savedId = made->stored() ? made->stored()->id : 0;
    QDialog::accept();
}

} // namespace tavle::ui
