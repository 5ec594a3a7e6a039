#pragma once

#include "domain/Strategy.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace tavle::ui {

/// Sets the selected goal's status in one click: four buttons (Achieved, In progress, Not
/// started, Not applicable, each with its symbol, also keys 1-4 in the goal list) and an
/// optional note that goes with the status. The button of the current status is shown down.
class GoalStatusButtons : public QWidget
{
    Q_OBJECT

public:
    explicit GoalStatusButtons(QWidget* parent = nullptr);

    /// The status shown as current; nullopt disables the buttons (no goal chosen).
    void setCurrent(std::optional<GoalStatus> status);
    QPushButton* button(GoalStatus status) const;
    QLineEdit* noteEdit() { return m_note; }

    /// The order of the buttons and of keys 1-4.
    static const GoalStatus kOrder[4];

signals:
    void statusChosen(tavle::GoalStatus status);

private:
    QPushButton* m_buttons[4];
    QLineEdit* m_note;
};

} // namespace tavle::ui
