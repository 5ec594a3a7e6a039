#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace tavle {

namespace {
const QString kMigrationDir = QStringLiteral(":/tavle/migrations");
}

Result<QList<Migration>> embeddedMigrations(const QString& engineSuffix)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)(?:\.([a-z]+))?\.sql$)"));
    QMap<int, QString> common;
    QMap<int, QString> specific;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        const QString engine = match.captured(3);
        if (engine.isEmpty())
            common.insert(version, file);
        else if (engine == engineSuffix)
            specific.insert(version, file);
    }
    QList<Migration> migrations;
    int expected = 1;
    for (auto it = common.cbegin(); it != common.cend(); ++it, ++expected) {
        if (it.key() != expected) {
            return Error{
                QCoreApplication::translate("Database", "Internal error: migration %1 is missing.")
                    .arg(expected)};
        }
        const QString file = specific.value(it.key(), it.value());
        QFile f(kMigrationDir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error{
                QCoreApplication::translate("Database", "Internal error: cannot read migration %1.")
                    .arg(file)};
        }
        Migration m;
        m.version = it.key();
        m.name = file;
        m.sql = QString::fromUtf8(f.readAll());
        migrations << m;
    }
    return migrations;
}

QStringList splitSqlStatements(const QString& sql)
{
    QString code;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        code += line + QLatin1Char('\n');
    }
    // A ';' ends a statement except inside a $$-quoted body (PostgreSQL functions).
    QStringList statements;
    QString current;
    bool inBody = false;
    for (int i = 0; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('$') && i + 1 < code.size() &&
            code.at(i + 1) == QLatin1Char('$')) {
            inBody = !inBody;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (code.at(i) == QLatin1Char(';') && !inBody) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += code.at(i);
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace tavle
