#pragma once

#include "GoalStyle.h"

#include <QFrame>

class QLabel;

namespace tavle::ui {

/// The traffic light of a goal figure: a lamp with a symbol in it, and the word with what it
/// means beside it ("✓ Green – on target"), so that it reads without colour; its accessible
/// name says the same.
class TrafficLight : public QFrame
{
    Q_OBJECT

public:
    explicit TrafficLight(QWidget* parent = nullptr);

    void setFigure(const GoalCount& count, int thresholdPercent);
    GoalStyle::Light light() const { return m_light; }
    /// The word and its meaning as shown.
    QString text() const;

private:
    QLabel* m_lamp;
    QLabel* m_text;
    GoalStyle::Light m_light = GoalStyle::Light::None;
};

} // namespace tavle::ui
