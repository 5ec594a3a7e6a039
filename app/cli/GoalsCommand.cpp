// goals: the strategy goals from a terminal: the built-in templates, the goals, a status for
// a department (or the hospital), and the roll-up per department.

#include "CliContext.h"
#include "Commands.h"
#include "output/TableWriter.h"
#include "services/StrategyGoals.h"
#include "storage/StrategyRepository.h"
#include "strategy/StrategyTemplate.h"

#include <QLocale>
#include <cmath>

namespace tavle::cli {

namespace {

const QString kAll = QStringLiteral("ALL");

QString goalsUsage()
{
    return Cli::tr("Usage:\n"
                   "  tavle-cli goals template list\n"
                   "  tavle-cli goals template load NAME\n"
                   "  tavle-cli goals list [--format table|csv|json]\n"
                   "  tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS "
                   "[--date YYYY-MM-DD] [--note TEXT]\n"
                   "  tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]\n"
                   "\n"
                   "STATUS is achieved, in_progress, not_started or not_applicable. A goal for "
                   "the whole hospital takes --department ALL.\n"
                   "Run 'tavle-cli goals SUBCOMMAND --help' for its options.\n");
}

/// The first word of the command line that is not an option or an option's value: the
/// subcommand, wherever --db and the other options stand. A lone option such as --help when
/// there is no word.
QString subcommand(const QStringList& arguments)
{
    static const QStringList withValue = {
        QStringLiteral("--db"),   QStringLiteral("--format"), QStringLiteral("--department"),
        QStringLiteral("--goal"), QStringLiteral("--status"), QStringLiteral("--date"),
        QStringLiteral("--note"), QStringLiteral("--today")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (!word.startsWith(QLatin1Char('-')))
            return word;
        if (withValue.contains(word))
            ++i;
    }
    for (const QString& word : arguments) {
        if (word == QLatin1String("--help") || word == QLatin1String("-h"))
            return word;
    }
    return {};
}

QCommandLineOption todayOption()
{
    return QCommandLineOption(QStringLiteral("today"), Cli::tr("Take this date as today."),
                              QStringLiteral("YYYY-MM-DD"));
}

QString yesNo(bool yes)
{
    return yes ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNoText(bool yes)
{
    return yes ? Cli::tr("yes") : Cli::tr("no");
}

/// "Load one: tavle-cli goals template load mvh", with the codes of the built-in templates.
QString loadHint()
{
    QStringList codes;
    if (const auto templates = StrategyTemplates::all()) {
        for (const StrategyTemplate& t : templates.value())
            codes << t.code;
    }
    if (codes.isEmpty())
        codes << QStringLiteral("mvh");
    return Cli::tr("No strategy is loaded yet. Load the hospital's strategy first: tavle-cli "
                   "goals template load %1")
        .arg(codes.join(QLatin1Char('|')));
}

/// The strategy in use with its history; prints why not and sets *exit when there is none.
std::optional<StrategySnapshot> loadSnapshot(CliContext& context, Database& database, int* exit)
{
    auto snapshot = StrategyGoals::load(database);
    if (!snapshot) {
        *exit = context.fail(snapshot.error());
        return std::nullopt;
    }
    if (!snapshot.value()) {
        *exit = context.fail(loadHint(), ExitInvalidInput);
        return std::nullopt;
    }
    return std::move(*snapshot.value());
}

QVariant optionalText(const QString& text, bool json)
{
    return text.isEmpty() && json ? QVariant() : QVariant(text);
}

QVariant optionalDate(const QDate& date, bool json)
{
    return optionalText(date.isValid() ? date.toString(Qt::ISODate) : QString(), json);
}

QVariant optionalNumber(const std::optional<int>& value, bool json)
{
    if (value)
        return *value;
    return json ? QVariant() : QVariant(QString());
}

QString scopeText(GoalScope scope)
{
    return scope == GoalScope::Hospital ? Cli::tr("hospital") : Cli::tr("department");
}

int templateList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the built-in strategy templates: their focus areas, goals, and whether "
                "one is loaded in the database already."));
    parser.addPositionalArgument(QStringLiteral("list"), Cli::tr("The word 'list'."));
    parser.addOption(CliContext::formatOption());
    if (const auto done = context.parse(parser, QStringLiteral("goals template"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return context.fail(Cli::tr("usage: tavle-cli goals template list"), ExitInvalidInput);
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;
    const auto templates = StrategyTemplates::all();
    if (!templates)
        return context.fail(templates.error());
    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    StrategyRepository repository(*database);

    TableWriter writer({QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("focus_areas"), QStringLiteral("goals"),
                        QStringLiteral("loaded"), QStringLiteral("period_from"),
                        QStringLiteral("period_to"), QStringLiteral("green_threshold_percent")},
                       *format == TableWriter::Format::Table
                           ? QStringList{Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Focus areas"),
                                         Cli::tr("Goals"), Cli::tr("Loaded"), Cli::tr("From"),
                                         Cli::tr("To"), Cli::tr("Green at %")}
                           : QStringList{});
    for (const StrategyTemplate& t : templates.value()) {
        const auto loaded = repository.templateLoaded(t.code);
        if (!loaded)
            return context.fail(loaded.error());
        const bool table = *format == TableWriter::Format::Table;
        writer.addRow({t.code, t.name, int(t.focusAreas.size()), t.goalCount(),
                       table ? yesNoText(loaded.value()) : yesNo(loaded.value()),
                       table ? humanDate(t.periodFrom) : t.periodFrom.toString(Qt::ISODate),
                       table ? humanDate(t.periodTo) : t.periodTo.toString(Qt::ISODate),
                       t.greenThresholdPercent});
    }
    context.out() << writer.write(*format);
    if (*format == TableWriter::Format::Table)
        context.out() << '\n';
    context.out().flush();
    return ExitOk;
}

int templateLoad(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Loads a built-in strategy template as the strategy in use: its focus areas "
                "and goals, all at once. A template is loaded only once."));
    parser.addPositionalArgument(QStringLiteral("load"), Cli::tr("The word 'load'."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 Cli::tr("The template's code, e.g. mvh (see goals template "
                                         "list)."));
    if (const auto done = context.parse(parser, QStringLiteral("goals template"), arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return context.fail(Cli::tr("usage: tavle-cli goals template load NAME; the names are "
                                    "in 'tavle-cli goals template list'."),
                            ExitInvalidInput);
    }
    const auto found = StrategyTemplates::find(positional.at(1).trimmed());
    if (!found)
        return context.fail(found.error());
    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    const auto loaded = StrategyTemplates::load(*database, found.value());
    if (!loaded)
        return context.fail(loaded.error());
    const StrategyTemplate& t = found.value();
    int hospitalGoals = 0;
    for (const StrategyTemplate::Area& area : t.focusAreas) {
        for (const Goal& goal : area.goals)
            hospitalGoals += goal.scope == GoalScope::Hospital ? 1 : 0;
    }
    // Counts after colons: no plural forms to get wrong in any language.
    context.out() << Cli::tr("Loaded the strategy '%1' from template %2.").arg(t.name, t.code)
                  << '\n'
                  << Cli::tr("Focus areas: %1; goals: %2 (per department: %3, for the whole "
                             "hospital: %4); green at %5 %.")
                         .arg(t.focusAreas.size())
                         .arg(t.goalCount())
                         .arg(t.goalCount() - hospitalGoals)
                         .arg(hospitalGoals)
                         .arg(t.greenThresholdPercent)
                  << Qt::endl;
    return ExitOk;
}

int runTemplate(CliContext& context, const QStringList& arguments)
{
    const QString sub = subcommand(arguments);
    if (sub == QLatin1String("list"))
        return templateList(context, arguments);
    if (sub == QLatin1String("load"))
        return templateLoad(context, arguments);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << goalsUsage();
        return ExitOk;
    }
    context.err() << goalsUsage();
    return context.fail(sub.isEmpty() ? Cli::tr("goals template: give list or load NAME")
                                      : Cli::tr("goals template: unknown subcommand '%1'; give "
                                                "list or load NAME")
                                            .arg(sub),
                        ExitInvalidInput);
}

int goalsList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the goals of the strategy in use by focus area, retired ones included "
                "(with the day they were retired)."));
    parser.addPositionalArgument(QStringLiteral("list"), Cli::tr("The word 'list'."));
    parser.addOption(CliContext::formatOption());
    if (const auto done = context.parse(parser, QStringLiteral("goals"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        return context.fail(Cli::tr("usage: tavle-cli goals list [--format table|csv|json]"),
                            ExitInvalidInput);
    }
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;
    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    int exit = ExitOk;
    const auto snapshot = loadSnapshot(context, *database, &exit);
    if (!snapshot)
        return exit;

    if (*format == TableWriter::Format::Table) {
        TableWriter table({}, {Cli::tr("Code"), Cli::tr("Focus area"), Cli::tr("Title"),
                               Cli::tr("Scope"), Cli::tr("Target date"), Cli::tr("Target"),
                               Cli::tr("Retired")});
        int retired = 0;
        for (const Goal& g : snapshot->goals) {
            const FocusArea* area = snapshot->focusArea(g.focusAreaId);
            QString target;
            if (g.targetValue) {
                target = Cli::tr("%1 of %2 %3")
                             .arg(g.currentValue ? QString::number(*g.currentValue)
                                                 : QStringLiteral("?"))
                             .arg(*g.targetValue)
                             .arg(g.targetUnit)
                             .trimmed();
            }
            retired += g.retiredOn.isValid() ? 1 : 0;
            table.addRow({g.code, area ? area->title : QString(), g.title, scopeText(g.scope),
                          humanDate(g.targetDate), target, humanDate(g.retiredOn)});
        }
        context.out() << table.toTable() << '\n'
                      << Cli::tr("Strategy '%1': goals: %2 (retired: %3); green at %4 %.")
                             .arg(snapshot->strategy.name)
                             .arg(snapshot->goals.size())
                             .arg(retired)
                             .arg(snapshot->strategy.greenThresholdPercent)
                      << Qt::endl;
        return ExitOk;
    }

    TableWriter writer({QStringLiteral("code"), QStringLiteral("focus_area"),
                        QStringLiteral("title"), QStringLiteral("scope"),
                        QStringLiteral("target_date"), QStringLiteral("target_value"),
                        QStringLiteral("target_unit"), QStringLiteral("current_value"),
                        QStringLiteral("counts_from"), QStringLiteral("retired_on"),
                        QStringLiteral("description"), QStringLiteral("id")});
    const bool json = *format == TableWriter::Format::Json;
    for (const Goal& g : snapshot->goals) {
        const FocusArea* area = snapshot->focusArea(g.focusAreaId);
        writer.addRow({g.code, area ? area->title : QString(), g.title, goalScopeCode(g.scope),
                       optionalDate(g.targetDate, json), optionalNumber(g.targetValue, json),
                       optionalText(g.targetUnit, json), optionalNumber(g.currentValue, json),
                       optionalDate(g.countsFrom, json), optionalDate(g.retiredOn, json),
                       optionalText(g.description, json), g.id});
    }
    context.out() << writer.write(*format);
    context.out().flush();
    return ExitOk;
}

/// "1.1, 1.2, 1.3, ...": the codes of the goals that count on `date`.
QString goalCodes(const StrategySnapshot& snapshot, const QDate& date)
{
    QStringList codes;
    for (const Goal& g : snapshot.goals) {
        if (g.countsOn(date))
            codes << g.code;
    }
    return codes.join(QStringLiteral(", "));
}

int goalsSet(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Records the status of a goal for a department, or for the hospital (--department "
                "ALL) when the goal holds for the whole hospital. Every change is kept as a "
                "dated row, so the status at any earlier day can be shown."));
    parser.addPositionalArgument(QStringLiteral("set"), Cli::tr("The word 'set'."));
    const QCommandLineOption department(
        QStringLiteral("department"),
        Cli::tr("The department, by name in any case; ALL for a goal of the whole hospital."),
        QStringLiteral("NAME"));
    const QCommandLineOption goal(QStringLiteral("goal"), Cli::tr("The goal's code, e.g. 3.2."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption status(
        QStringLiteral("status"), Cli::tr("achieved, in_progress, not_started or not_applicable."),
        QStringLiteral("STATUS"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Cli::tr("The day the status holds from (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Cli::tr("A note or the evidence, e.g. where the minutes are."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({department, goal, status, date, note, todayOption()});
    if (const auto done = context.parse(parser, QStringLiteral("goals"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("set")}) {
        return context.fail(Cli::tr("usage: tavle-cli goals set --department NAME|ALL --goal CODE "
                                    "--status STATUS [--date YYYY-MM-DD] [--note TEXT]"),
                            ExitInvalidInput);
    }
    for (const QCommandLineOption* required : {&department, &goal, &status}) {
        const QString name = required->names().constFirst();
        if (!parser.isSet(*required) || parser.value(*required).trimmed().isEmpty()) {
            return context.fail(
                Cli::tr("--%1 is required; run 'tavle-cli goals set --help'.").arg(name),
                ExitInvalidInput);
        }
    }
    const QString statusCode = parser.value(status).trimmed().toLower();
    const auto newStatus = goalStatusFromCode(statusCode);
    if (!newStatus) {
        return context.fail(Cli::tr("--status: '%1' is not a status. Give achieved, in_progress, "
                                    "not_started or not_applicable.")
                                .arg(parser.value(status)),
                            ExitInvalidInput);
    }
    const auto today = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!today)
        return ExitInvalidInput;
    const auto day = context.dateOption(parser, QStringLiteral("date"), *today);
    if (!day)
        return ExitInvalidInput;

    if (*day > *today) {
        return context.fail(Cli::tr("--date: %1 is after today (%2); a status holds from today "
                                    "or an earlier day.")
                                .arg(day->toString(Qt::ISODate), today->toString(Qt::ISODate)),
                            ExitInvalidInput);
    }

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    int exit = ExitOk;
    const auto snapshot = loadSnapshot(context, *database, &exit);
    if (!snapshot)
        return exit;
    const QString code = parser.value(goal).trimmed();
    const Goal* target = snapshot->goalByCode(code);
    if (!target) {
        return context.fail(Cli::tr("--goal: there is no goal '%1'. Goals: %2 (see 'tavle-cli "
                                    "goals list').")
                                .arg(code, goalCodes(*snapshot, *day)),
                            ExitInvalidInput);
    }
    const QString departmentName = parser.value(department).trimmed();
    const bool all = departmentName.compare(kAll, Qt::CaseInsensitive) == 0;
    if (target->scope == GoalScope::Hospital && !all) {
        return context.fail(Cli::tr("--department: goal %1 holds for the whole hospital; give "
                                    "--department ALL.")
                                .arg(target->code),
                            ExitInvalidInput);
    }
    Id departmentId = 0;
    if (target->scope == GoalScope::Department) {
        if (all) {
            QStringList names;
            for (const Department& d : snapshot->departments)
                names << d.name;
            return context.fail(
                Cli::tr("--department: goal %1 holds for each department, not for the whole "
                        "hospital; give the department's name. Departments: %2.")
                    .arg(target->code,
                         names.isEmpty() ? Cli::tr("none yet") : names.join(QStringLiteral(", "))),
                ExitInvalidInput);
        }
        const auto id = context.departmentId(*database, departmentName, &exit);
        if (!id)
            return exit;
        departmentId = *id;
    }

    NewGoalStatus entry;
    entry.goalId = target->id;
    entry.departmentId = departmentId;
    entry.status = *newStatus;
    entry.effectiveOn = *day;
    entry.note = parser.value(note);
    entry.setBy = database->userName();
    const auto saved = StrategyGoals::setStatus(*database, entry, *today);
    if (!saved)
        return context.fail(saved.error());
    QString whose = Cli::tr("the hospital");
    for (const Department& d : snapshot->departments) {
        if (d.id == departmentId)
            whose = d.name;
    }
    context.out() << Cli::tr("Goal %1 (%2) for %3: %4 from %5.")
                         .arg(target->code, target->title, whose, statusCode,
                              humanDate(saved->effectiveOn))
                  << Qt::endl;
    return ExitOk;
}

int goalsStatus(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The roll-up of the strategy goals on a day: per department the goals achieved "
                "out of those that apply, the percent and whether it is green; the last row "
                "(ALL) is the whole hospital: every department's goals and the hospital's own."));
    parser.addPositionalArgument(QStringLiteral("status"), Cli::tr("The word 'status'."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Cli::tr("The day to count on (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({date, CliContext::formatOption(), todayOption()});
    if (const auto done = context.parse(parser, QStringLiteral("goals"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("status")}) {
        return context.fail(Cli::tr("usage: tavle-cli goals status [--date YYYY-MM-DD] "
                                    "[--format table|csv|json]"),
                            ExitInvalidInput);
    }
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;
    const auto today = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!today)
        return ExitInvalidInput;
    const auto day = context.dateOption(parser, QStringLiteral("date"), *today);
    if (!day)
        return ExitInvalidInput;
    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    int exit = ExitOk;
    const auto snapshot = loadSnapshot(context, *database, &exit);
    if (!snapshot)
        return exit;
    const int threshold = snapshot->strategy.greenThresholdPercent;

    QList<QPair<QString, GoalCount>> rows;
    for (const Department& d : snapshot->departments)
        rows.append({d.name, snapshot->figure(d.id, *day)});
    rows.append({kAll, snapshot->figure(0, *day)});

    if (*format == TableWriter::Format::Table) {
        TableWriter table({}, {Cli::tr("Department"), Cli::tr("Achieved"), Cli::tr("Applicable"),
                               Cli::tr("Percent"), Cli::tr("Green")});
        const QLocale locale;
        for (const auto& [name, count] : std::as_const(rows)) {
            const auto percent = count.percent();
            table.addRow(
                {name == kAll ? Cli::tr("ALL (hospital)") : name, count.achieved, count.applicable,
                 percent ? Cli::tr("%1 %").arg(locale.toString(*percent, 'f', 1)) : QString(),
                 yesNoText(count.isGreen(threshold))});
        }
        context.out() << table.toTable() << '\n'
                      << Cli::tr("Strategy '%1' on %2; green at %3 %.")
                             .arg(snapshot->strategy.name, humanDate(*day))
                             .arg(threshold)
                      << Qt::endl;
        return ExitOk;
    }

    TableWriter writer({QStringLiteral("department"), QStringLiteral("achieved"),
                        QStringLiteral("applicable"), QStringLiteral("percent"),
                        QStringLiteral("green")});
    const bool json = *format == TableWriter::Format::Json;
    for (const auto& [name, count] : std::as_const(rows)) {
        const auto percent = count.percent();
        QVariant shown = json ? QVariant() : QVariant(QString());
        if (percent) {
            const double rounded = std::round(*percent * 10.0) / 10.0;
            shown = json ? QVariant(rounded) : QVariant(QString::number(rounded, 'f', 1));
        }
        writer.addRow(
            {name, count.achieved, count.applicable, shown, yesNo(count.isGreen(threshold))});
    }
    context.out() << writer.write(*format);
    context.out().flush();
    return ExitOk;
}

} // namespace

int runGoals(CliContext& context, const QStringList& arguments)
{
    const QString sub = subcommand(arguments);
    if (sub == QLatin1String("template")) {
        QStringList rest = arguments;
        rest.removeAt(rest.indexOf(sub));
        return runTemplate(context, rest);
    }
    if (sub == QLatin1String("list"))
        return goalsList(context, arguments);
    if (sub == QLatin1String("set"))
        return goalsSet(context, arguments);
    if (sub == QLatin1String("status"))
        return goalsStatus(context, arguments);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << goalsUsage();
        return ExitOk;
    }
    context.err() << goalsUsage();
    return context.fail(sub.isEmpty() ? Cli::tr("goals: give a subcommand")
                                      : Cli::tr("goals: unknown subcommand '%1'").arg(sub),
                        ExitInvalidInput);
}

} // namespace tavle::cli
