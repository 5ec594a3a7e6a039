#pragma once

#include <QLocale>

class QCoreApplication;

namespace tavle {

/// Installs Tavle's and Qt's own translations for `locale` on the application: Danish for a
/// Danish locale; English (the source language, plus its plural forms) otherwise. Returns
/// false when a translation could not be loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace tavle
