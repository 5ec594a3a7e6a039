#pragma once

#include "services/StrategyGoals.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tavle::ui {

class Session;

/// Adds a goal to the strategy or edits one (rename, describe, retarget, retire): code, title,
/// description, focus area, scope, an optional target date, an optional numeric target with
/// its unit and current value, the day it counts from and the day it was retired. Saving
/// pushes one undoable change; a refused save keeps the dialog open with the reason.
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new goal in `focusAreaId` (0: the first focus area), or `goal` to edit.
    GoalDialog(Session& session, const StrategySnapshot& snapshot, std::optional<Goal> goal,
               Id focusAreaId, QWidget* parent);

    QLineEdit* codeEdit() { return m_code; }
    QLineEdit* titleEdit() { return m_title; }
    QPlainTextEdit* descriptionEdit() { return m_description; }
    QComboBox* focusAreaBox() { return m_area; }
    QComboBox* scopeBox() { return m_scope; }
    QCheckBox* targetDateCheck() { return m_hasTargetDate; }
    QDateEdit* targetDateEdit() { return m_targetDate; }
    QSpinBox* targetValueBox() { return m_targetValue; }
    QLineEdit* targetUnitEdit() { return m_unit; }
    QSpinBox* currentValueBox() { return m_currentValue; }
    QDateEdit* countsFromEdit() { return m_countsFrom; }
    QCheckBox* retiredCheck() { return m_retired; }
    QDateEdit* retiredOnEdit() { return m_retiredOn; }
    QLabel* errorLabel() { return m_error; }
    /// The goal as saved; 0 before a save.
    Id savedGoalId() const { return m_savedId; }

    /// The goal as the fields give it.
    Goal goal() const;
    void accept() override;

private:
    Session& m_session;
    std::optional<Goal> m_before;
    Id m_strategyId;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_area;
    QComboBox* m_scope;
    QCheckBox* m_hasTargetDate;
    QDateEdit* m_targetDate;
    QSpinBox* m_targetValue;
    QLineEdit* m_unit;
    QSpinBox* m_currentValue;
    QDateEdit* m_countsFrom;
    QCheckBox* m_retired;
    QDateEdit* m_retiredOn;
    QLabel* m_error;
    Id m_savedId = 0;
};

} // namespace tavle::ui
