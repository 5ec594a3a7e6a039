#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tavle {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    if (locale.language() != QLocale::Danish) {
        // English is the source language; its file holds only the plural forms ("1 day",
        // "2 days") that %n messages need.
        auto* english = new QTranslator(&app);
        if (!english->load(QStringLiteral(":/i18n/tavle_en.qm")))
            return false;
        app.installTranslator(english);
        return true;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto* tavle = new QTranslator(&app);
    if (!tavle->load(locale, QStringLiteral("tavle"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        return false;
    app.installTranslator(tavle);
    return true;
}

} // namespace tavle
