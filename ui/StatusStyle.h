#pragma once

#include "rules/DeadlineRules.h"

#include <QColor>
#include <QIcon>

namespace tavle::ui {

/// How a deadline status looks: always an icon and a word, and a colour on top, so that the
/// board reads the same without colour (printed, or for colour-blind users).
namespace StatusStyle {

QIcon icon(DeadlineStatus status);
/// A light background for the status cell; invalid for statuses that need none.
QColor background(DeadlineStatus status);
/// The text colour that reads well on background().
QColor foreground(DeadlineStatus status);
/// The colour of a warning word, such as a missing main supervisor.
QColor warning();

} // namespace StatusStyle

} // namespace tavle::ui
