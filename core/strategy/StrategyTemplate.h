#pragma once

#include "Result.h"
#include "domain/Strategy.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tavle {

class Database;

/// A built-in strategy with its focus areas and goals, ready to load into a database. The
/// templates are JSON files embedded as :/tavle/templates/CODE.json.
struct StrategyTemplate
{
    struct Area
    {
        QString title;
        QList<Goal> goals; ///< without ids; position, countsFrom set on load
    };
    QString code; ///< what `goals template load` takes, such as "mvh"
    QString name;
    QString description;
    QDate periodFrom;
    QDate periodTo;
    int greenThresholdPercent = 90;
    QList<Area> focusAreas;

    int goalCount() const;
};

class StrategyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StrategyTemplates)

public:
    /// Every built-in template, by code.
    static Result<QList<StrategyTemplate>> all();
    /// The template of a code; an InvalidInput error lists the codes there are.
    static Result<StrategyTemplate> find(const QString& code);
    /// Reads one template file; the error names the file and what is wrong in it.
    static Result<StrategyTemplate> read(const QString& path);
    /// Loads a template as a new strategy, completely or not at all. Its goals count from the
    /// strategy's first day. Refused when the template was loaded before.
    static Result<Strategy> load(Database& database, const StrategyTemplate& strategyTemplate);
    /// The same inside a transaction the caller holds (the demo generator's).
    static Result<Strategy> write(Database& database, const StrategyTemplate& strategyTemplate);
};

} // namespace tavle
