#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // The strategy report draws with Qt GUI (fonts, QPainter), which needs a QGuiApplication;
    // offscreen, so that the tests run without a display (and CTest can list them).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Numbers as the tests expect them (94.1), whatever the machine's language; messages stay
    // in English (no translator installed).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
