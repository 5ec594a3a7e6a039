#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStringList>
#include <catch2/catch.hpp>
#include <cstdio>

namespace {

/// The exit code CTest reads as "skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt).
constexpr int kSkipped = 77;

bool listingOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--list"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // Qt's SQL drivers and resources need an application object; messages stay in English.
    QCoreApplication app(argc, argv);
    // The core suite's PostgreSQL run needs the server scripts/test-postgres.sh starts. Without
    // one it is skipped and says so, except under CI, where a skipped run is a failed run.
    if (qEnvironmentVariable("TAVLE_TEST_ENGINE") == QLatin1String("postgresql") &&
        qEnvironmentVariableIsEmpty("TAVLE_TEST_PG") && !listingOnly(argc, argv)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true")) {
            std::fprintf(stderr, "error: TAVLE_TEST_PG is not set, and under CI the PostgreSQL "
                                 "tests must run. Run the tests through "
                                 "scripts/test-postgres.sh.\n");
            return 1;
        }
        std::fprintf(stderr, "skipped: no PostgreSQL test server (TAVLE_TEST_PG is not set; "
                             "scripts/test-postgres.sh starts one).\n");
        return kSkipped;
    }
    return Catch::Session().run(argc, argv);
}
