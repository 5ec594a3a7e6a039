#pragma once

#include <QString>
#include <optional>

namespace tavle {

/// The training level of a placement.
enum class Level
{
    Kbu,   ///< Klinisk basisuddannelse, the foundation year
    Intro, ///< Introduktionsuddannelse (I-læge)
    Hu     ///< Hoveduddannelse (H-læge), specialist training
};

/// The stable code stored in the database and printed by the CLI: "KBU", "INTRO" or "HU".
QString levelCode(Level level);

/// Parses a stored code (exact, as written by levelCode()).
std::optional<Level> levelFromCode(const QString& code);

/// Parses what people write in a roster, case-insensitively: KBU; intro, introduktion,
/// introduktionsstilling, introduktionsuddannelse, I-læge; HU, hoveduddannelse, H-læge.
std::optional<Level> levelFromRosterText(const QString& text);

} // namespace tavle
