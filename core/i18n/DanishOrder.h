#pragma once

#include <QCollator>

namespace tavle {

/// The order Danish users expect of names: case-insensitive, with Æ, Ø and Å after Z, and
/// "Aa" as Å. Every sorted list of names in Tavle uses it, so that they all agree.
QCollator danishCollator();

} // namespace tavle
