#pragma once

#include <QString>

namespace tavle {

/// Who is at the keyboard, as the operating system names them (the login name): what a status
/// change records as "set by" when no other name is given. Empty when the system does not say.
QString systemUserName();

} // namespace tavle
