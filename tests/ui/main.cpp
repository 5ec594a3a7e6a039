#define CATCH_CONFIG_RUNNER
#include "i18n/Translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QtMessageHandler previousHandler = nullptr;

/// The offscreen platform warns about every top-level window; nothing a test can act on.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    // The GUI tests drive the real window without a display. Set before QApplication exists,
    // or test discovery aborts and CTest silently registers nothing from this binary.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tavle"));
    QApplication::setApplicationName(QStringLiteral("tavle-tests"));
    // Settings and data folders of the tests' own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(quietOffscreen);
    // The window as an English system shows it (English text, with its plural forms).
    tavle::installTranslations(app, QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Catch::Session().run(argc, argv);
}
