#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

/// What one run of the built tavle-cli did.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real tavle-cli binary (path compiled in as TAVLE_CLI_PATH) with English messages
/// unless `language` is given, and a data folder of the test's own.
inline CliResult runCli(const QStringList& arguments, const QString& dataHome,
                        const QString& language = QStringLiteral("C"),
                        const QProcessEnvironment& extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TAVLE_DB"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANG"), language);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAVLE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
