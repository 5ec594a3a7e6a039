// tavle: the Tavle window.

#include "Clock.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Session.h"
#include "Settings.h"
#include "i18n/Translations.h"
#include "storage/DatabaseLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

using namespace tavle;
using namespace tavle::ui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tavle"));
    QApplication::setApplicationName(QStringLiteral("tavle"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tavle"));
    QApplication::setApplicationVersion(QStringLiteral(TAVLE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tavle.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tavle: the education team's board."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("The Tavle database to open: a file, or a shared database on a server "
                       "as postgresql://USER@HOST:PORT/DATABASE (default: the last one, else "
                       "$TAVLE_DB, else your data folder)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Count from this date instead of today."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("da or en (default: the setting, else the "
                                                     "system's language)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Save a picture of each workspace in DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({db, today, language, screenshots});
    parser.process(app);

    Settings settings;
    settings.migrate();
    const QLocale locale = settings.uiLocale(parser.value(language));
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    Clock clock;
    if (parser.isSet(today)) {
        const QDate date = QDate::fromString(parser.value(today), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            std::fprintf(stderr, "tavle: --today: '%s' is not a date; write it as YYYY-MM-DD.\n",
                         qPrintable(parser.value(today)));
            return 2;
        }
        clock.setFixedToday(date);
    }

    Session session(&clock);
    QString location = parser.value(db);
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("TAVLE_DB"))
        location = settings.lastDatabase();
    if (location.isEmpty())
        location = defaultDatabasePath();

    MainWindow window(session, settings);
    // Shown first, so that a server's password prompt has the window behind it, and a database
    // that cannot be opened leaves a usable window with the reason in its message bar.
    window.show();
    window.openDatabase(location);

    if (parser.isSet(screenshots)) {
        auto* tour = new ScreenshotTour(window, session, parser.value(screenshots), &app);
        QTimer::singleShot(0, tour, &ScreenshotTour::run);
    }
    return app.exec();
}
