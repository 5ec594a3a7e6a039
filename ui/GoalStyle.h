#pragma once

#include "rules/GoalRollup.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace tavle::ui {

/// How a goal status and a figure look: always a symbol (or an icon drawn as that symbol) and a
/// word, with a colour on top, so that the goals read the same printed or without colour.
namespace GoalStyle {

/// ✓ achieved, ◐ in progress, ○ not started, – not applicable.
QString symbol(GoalStatus status);
/// Achieved, In progress, Not started, Not applicable (translated).
QString text(GoalStatus status);
/// A small picture of the symbol in the status colour.
QIcon icon(GoalStatus status);
QColor foreground(GoalStatus status);
/// A light background for a status cell.
QColor background(GoalStatus status);

/// The traffic light of a figure against the strategy's threshold: green at or above it,
/// amber up to kAmberPoints percentage points below it, red further below; none when no goal
/// applies. Decided on exact counts, like GoalCount::isGreen().
enum class Light
{
    None,
    Green,
    Amber,
    Red
};
constexpr int kAmberPoints = 10;
Light light(const GoalCount& count, int thresholdPercent);
/// "Green", "Amber", "Red", "No goals" (translated).
QString lightText(Light light);
/// What the light means: "on target (90 % or more)".
QString lightMeaning(Light light, int thresholdPercent);
/// ✓, !, ✕, –.
QString lightSymbol(Light light);
QColor lightColor(Light light);

/// "94.4 %" in the current language; "–" without a percent.
QString percentText(const GoalCount& count);
/// "17 of 18 goals achieved · 94.4 %".
QString figureText(const GoalCount& count);
/// "3 of 4 · 75.0 %", for a focus area's row.
QString shortFigureText(const GoalCount& count);

} // namespace GoalStyle

} // namespace tavle::ui
