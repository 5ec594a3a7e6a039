#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Qt's SQL drivers and resources need an application object; messages stay in English.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
