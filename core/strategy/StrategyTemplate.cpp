#include "strategy/StrategyTemplate.h"

#include "storage/Database.h"
#include "storage/StrategyRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tavle {

namespace {
const QString kTemplateFolder = QStringLiteral(":/tavle/templates");

QDate dateIn(const QJsonObject& object, const QString& key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}
} // namespace

int StrategyTemplate::goalCount() const
{
    int count = 0;
    for (const Area& area : focusAreas)
        count += int(area.goals.size());
    return count;
}

Result<StrategyTemplate> StrategyTemplates::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the strategy template %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{tr("The strategy template %1 is not valid JSON: %2")
                         .arg(path, parseError.errorString())};
    }
    const QJsonObject root = document.object();
    const auto invalid = [&path](const QString& what) {
        return Error{tr("The strategy template %1 is incomplete: %2").arg(path, what)};
    };
    StrategyTemplate t;
    t.code = root.value(QStringLiteral("code")).toString();
    t.name = root.value(QStringLiteral("name")).toString();
    t.description = root.value(QStringLiteral("description")).toString();
    t.periodFrom = dateIn(root, QStringLiteral("period_from"));
    t.periodTo = dateIn(root, QStringLiteral("period_to"));
    t.greenThresholdPercent = root.value(QStringLiteral("green_threshold_percent")).toInt(90);
    if (t.code.isEmpty() || t.name.isEmpty() || !t.periodFrom.isValid())
        return invalid(tr("it needs a code, a name and a period_from date."));
    for (const QJsonValue& areaValue : root.value(QStringLiteral("focus_areas")).toArray()) {
        const QJsonObject areaObject = areaValue.toObject();
        StrategyTemplate::Area area;
        area.title = areaObject.value(QStringLiteral("title")).toString();
        if (area.title.isEmpty())
            return invalid(tr("a focus area has no title."));
        for (const QJsonValue& goalValue : areaObject.value(QStringLiteral("goals")).toArray()) {
            const QJsonObject o = goalValue.toObject();
            Goal goal;
            goal.code = o.value(QStringLiteral("code")).toString();
            goal.title = o.value(QStringLiteral("title")).toString();
            goal.description = o.value(QStringLiteral("description")).toString();
            const auto scope = goalScopeFromCode(o.value(QStringLiteral("scope")).toString());
            if (goal.code.isEmpty() || goal.title.isEmpty() || !scope)
                return invalid(tr("goal '%1' needs a code, a title and a scope (department or "
                                  "hospital).")
                                   .arg(goal.code));
            goal.scope = *scope;
            goal.targetDate = dateIn(o, QStringLiteral("target_date"));
            if (o.contains(QStringLiteral("target_value")))
                goal.targetValue = o.value(QStringLiteral("target_value")).toInt();
            goal.targetUnit = o.value(QStringLiteral("target_unit")).toString();
            area.goals.append(goal);
        }
        t.focusAreas.append(area);
    }
    if (t.focusAreas.isEmpty())
        return invalid(tr("it has no focus areas."));
    return t;
}

Result<QList<StrategyTemplate>> StrategyTemplates::all()
{
    QList<StrategyTemplate> list;
    const QStringList files =
        QDir(kTemplateFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        auto t = read(kTemplateFolder + QLatin1Char('/') + file);
        if (!t)
            return t.error();
        list.append(std::move(t).value());
    }
    return list;
}

Result<StrategyTemplate> StrategyTemplates::find(const QString& code)
{
    auto templates = all();
    if (!templates)
        return templates.error();
    QStringList codes;
    for (const StrategyTemplate& t : templates.value()) {
        if (t.code == code)
            return t;
        codes.append(t.code);
    }
    return Error::invalidInput(tr("There is no strategy template '%1'. The templates are: %2.")
                                   .arg(code, codes.join(QStringLiteral(", "))));
}

Result<Strategy> StrategyTemplates::load(Database& database, const StrategyTemplate& t)
{
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    auto strategy = write(database, t);
    if (!strategy)
        return strategy.error();
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return strategy;
}

Result<Strategy> StrategyTemplates::write(Database& database, const StrategyTemplate& t)
{
    StrategyRepository repository(database);
    const auto loaded = repository.templateLoaded(t.code);
    if (!loaded)
        return loaded.error();
    if (loaded.value()) {
        return Error::invalidInput(
            tr("The strategy template '%1' is loaded already: its goals are in the database.")
                .arg(t.code));
    }
    Strategy strategy;
    strategy.name = t.name;
    strategy.periodFrom = t.periodFrom;
    strategy.periodTo = t.periodTo;
    strategy.greenThresholdPercent = t.greenThresholdPercent;
    strategy.templateCode = t.code;
    const auto strategyId = repository.insertStrategy(strategy);
    if (!strategyId)
        return strategyId.error();
    strategy.id = strategyId.value();
    int areaPosition = 0;
    for (const StrategyTemplate::Area& area : t.focusAreas) {
        const auto areaId =
            repository.insertFocusArea(FocusArea{0, strategy.id, ++areaPosition, area.title});
        if (!areaId)
            return areaId.error();
        int goalPosition = 0;
        for (Goal goal : area.goals) {
            goal.strategyId = strategy.id;
            goal.focusAreaId = areaId.value();
            goal.position = ++goalPosition;
            goal.countsFrom = t.periodFrom;
            if (const auto goalId = repository.insertGoal(goal); !goalId)
                return goalId.error();
        }
    }
    return strategy;
}

} // namespace tavle
