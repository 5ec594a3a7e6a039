#pragma once

#include <QString>

namespace tavle {

/// Where Tavle keeps its database when none is named: $TAVLE_DB when set, else tavle.sqlite in
/// the user's data folder ($XDG_DATA_HOME/tavle/, normally ~/.local/share/tavle/). The window
/// and tavle-cli use the same place, so both see the same data.
QString defaultDatabasePath();

/// The data folder itself (no trailing slash), e.g. for the demo database the window offers.
QString dataFolder();

} // namespace tavle
