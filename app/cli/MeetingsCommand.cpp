// meetings list, actions list: the meeting log from a terminal.

#include "CliContext.h"
#include "Commands.h"
#include "output/TableWriter.h"
#include "services/MeetingLog.h"
#include "storage/ActionItemRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"

#include <QSet>

namespace tavle::cli {

namespace {

/// The options both commands share.
struct ListOptions
{
    QCommandLineOption department{QStringLiteral("department"),
                                  Cli::tr("Show one department only."), QStringLiteral("NAME")};
    QCommandLineOption format = CliContext::formatOption();
    QCommandLineOption today{QStringLiteral("today"),
                             Cli::tr("Count from this date instead of today."),
                             QStringLiteral("YYYY-MM-DD")};
};

/// Checks that a command was given as "COMMAND list"; prints the usage and gives the exit code
/// otherwise.
std::optional<int> requireList(CliContext& context, const QCommandLineParser& parser,
                               const QString& usage)
{
    if (parser.positionalArguments() == QStringList{QStringLiteral("list")})
        return std::nullopt;
    return context.fail(Cli::tr("usage: %1").arg(usage), ExitInvalidInput);
}

/// The department of --department, 0 when the option is absent; nullopt and *exit set when it
/// names none.
std::optional<Id> departmentOption(CliContext& context, Database& database,
                                   const QCommandLineParser& parser,
                                   const QCommandLineOption& option, int* exit)
{
    if (!parser.isSet(option))
        return Id(0);
    return context.departmentId(database, parser.value(option), exit);
}

/// The meeting types a --type value names: by name or code, any case. Several user types of
/// different departments may share a name; all of them are taken. Prints the known types and
/// sets *exit when it names none.
std::optional<QSet<Id>> findTypes(CliContext& context, Database& database, const QString& text,
                                  int* exit)
{
    const auto types = MeetingTypeRepository(database).all();
    if (!types) {
        *exit = context.fail(types.error());
        return std::nullopt;
    }
    const QString wanted = text.simplified();
    QSet<Id> ids;
    QStringList known;
    for (const MeetingType& t : types.value()) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!t.code.isEmpty() && t.code.compare(wanted, Qt::CaseInsensitive) == 0))
            ids.insert(t.id);
        known << (t.code.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.code));
    }
    if (ids.isEmpty()) {
        *exit = context.fail(Cli::tr("--type: there is no meeting type '%1'. Meeting types: %2.")
                                 .arg(text, known.join(QStringLiteral(", "))),
                             ExitInvalidInput);
        return std::nullopt;
    }
    return ids;
}

QString stateText(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return Cli::tr("planned");
    case MeetingState::Held:
        return Cli::tr("held");
    case MeetingState::Cancelled:
        return Cli::tr("cancelled");
    }
    return {};
}

QString actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return Cli::tr("open");
    case ActionStatus::Overdue:
        return Cli::tr("OVERDUE");
    case ActionStatus::Done:
        return Cli::tr("done");
    }
    return {};
}

/// Text for csv and json: empty text is null in JSON.
QVariant optionalText(const QString& text, bool json)
{
    return text.isEmpty() && json ? QVariant() : QVariant(text);
}

QVariant optionalDate(const QDate& date, bool json)
{
    return optionalText(date.isValid() ? date.toString(Qt::ISODate) : QString(), json);
}

QVariant optionalNumber(bool known, int value, bool json)
{
    if (known)
        return value;
    return json ? QVariant() : QVariant(QString());
}

} // namespace

int runMeetings(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the department meetings of a period: every logged or cancelled meeting, "
                "and every occurrence of a series not logged yet (state planned), by date and "
                "time. The period defaults to 30 days before today to 60 days after."));
    parser.addPositionalArgument(QStringLiteral("list"), Cli::tr("The word 'list'."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The first day (default: today - 30 days)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Cli::tr("The last day, included (default: today + 60 days)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  Cli::tr("One meeting type only, by name or code (e.g. Ventil, "
                                          "education_team)."),
                                  QStringLiteral("NAME"));
    const ListOptions common;
    parser.addOptions({from, to, type, common.department, common.format, common.today});
    if (const auto done = context.parse(parser, QStringLiteral("meetings"), arguments))
        return *done;
    if (const auto usage = requireList(
            context, parser,
            QStringLiteral("tavle-cli meetings list [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                           "[--type NAME] [--department NAME] [--format table|csv|json]")))
        return *usage;
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return ExitInvalidInput;
    const auto first = context.dateOption(parser, QStringLiteral("from"), day->addDays(-30));
    if (!first)
        return ExitInvalidInput;
    const auto last = context.dateOption(parser, QStringLiteral("to"), day->addDays(60));
    if (!last)
        return ExitInvalidInput;
    if (*first > *last) {
        return context.fail(Cli::tr("--from %1 is after --to %2: the period is empty.")
                                .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)),
                            ExitInvalidInput);
    }

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    int exit = ExitOk;
    const auto departmentId =
        departmentOption(context, *database, parser, common.department, &exit);
    if (!departmentId)
        return exit;
    std::optional<QSet<Id>> typeIds;
    if (parser.isSet(type)) {
        typeIds = findTypes(context, *database, parser.value(type), &exit);
        if (!typeIds)
            return exit;
    }
    const Id onlyType = typeIds && typeIds->size() == 1 ? *typeIds->cbegin() : 0;
    const auto entries = MeetingLog::entries(*database, *first, *last, *departmentId, onlyType);
    if (!entries)
        return context.fail(entries.error());
    QList<MeetingEntry> shown;
    for (const MeetingEntry& e : entries.value()) {
        if (!typeIds || typeIds->contains(e.meeting.meetingTypeId))
            shown << e;
    }

    if (*format == TableWriter::Format::Table) {
        TableWriter table({}, {Cli::tr("Date"), Cli::tr("Time"), Cli::tr("Type"),
                               Cli::tr("Department"), Cli::tr("State"), Cli::tr("Leader"),
                               Cli::tr("Present"), Cli::tr("Absent"), Cli::tr("Excused")});
        int held = 0, planned = 0, cancelled = 0;
        for (const MeetingEntry& e : std::as_const(shown)) {
            const bool isHeld = e.state == MeetingState::Held;
            held += isHeld ? 1 : 0;
            planned += e.state == MeetingState::Planned ? 1 : 0;
            cancelled += e.state == MeetingState::Cancelled ? 1 : 0;
            const QString time =
                e.meeting.scheduledAt.isValid()
                    ? e.meeting.scheduledAt.time().toString(QStringLiteral("HH:mm"))
                    : QString();
            table.addRow({humanDate(e.date()), time, e.typeName, e.departmentName,
                          stateText(e.state), e.leaderName,
                          isHeld ? QVariant(e.present) : QVariant(),
                          isHeld ? QVariant(e.absent) : QVariant(),
                          isHeld ? QVariant(e.excused) : QVariant()});
        }
        QString text = shown.isEmpty() ? QString() : table.toTable() + QLatin1Char('\n');
        text += Cli::tr("%n meeting(s) from %1 to %2: ", nullptr, int(shown.size()))
                    .arg(humanDate(*first), humanDate(*last));
        text += Cli::tr("%1 held, %2 planned, %3 cancelled.").arg(held).arg(planned).arg(cancelled);
        context.out() << text << Qt::endl;
        return ExitOk;
    }

    TableWriter writer({QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("type"),
                        QStringLiteral("department"), QStringLiteral("state"),
                        QStringLiteral("series"), QStringLiteral("leader"),
                        QStringLiteral("present"), QStringLiteral("absent"),
                        QStringLiteral("excused"), QStringLiteral("duration_minutes"),
                        QStringLiteral("meeting_id")});
    const bool json = *format == TableWriter::Format::Json;
    for (const MeetingEntry& e : std::as_const(shown)) {
        const Meeting& m = e.meeting;
        const bool isHeld = e.state == MeetingState::Held;
        writer.addRow({e.date().toString(Qt::ISODate),
                       optionalText(m.scheduledAt.isValid()
                                        ? m.scheduledAt.time().toString(QStringLiteral("HH:mm"))
                                        : QString(),
                                    json),
                       e.typeName, optionalText(e.departmentName, json), meetingStateCode(e.state),
                       optionalText(e.seriesTitle, json), optionalText(e.leaderName, json),
                       optionalNumber(isHeld, e.present, json),
                       optionalNumber(isHeld, e.absent, json),
                       optionalNumber(isHeld, e.excused, json),
                       optionalNumber(m.durationMinutes > 0, m.durationMinutes, json),
                       m.id ? QVariant(m.id) : optionalText(QString(), json)});
    }
    context.out() << writer.write(*format);
    context.out().flush();
    return ExitOk;
}

int runActions(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the action items of every meeting: open, overdue (not done and due "
                "before today) and done, by due date (none last)."));
    parser.addPositionalArgument(QStringLiteral("list"), Cli::tr("The word 'list'."));
    const QCommandLineOption open(QStringLiteral("open"),
                                  Cli::tr("Only the items not done yet: open and overdue."));
    const ListOptions common;
    parser.addOptions({open, common.department, common.format, common.today});
    if (const auto done = context.parse(parser, QStringLiteral("actions"), arguments))
        return *done;
    if (const auto usage = requireList(context, parser,
                                       QStringLiteral("tavle-cli actions list [--open] "
                                                      "[--department NAME] "
                                                      "[--format table|csv|json]")))
        return *usage;
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return ExitInvalidInput;

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    int exit = ExitOk;
    const auto departmentId =
        departmentOption(context, *database, parser, common.department, &exit);
    if (!departmentId)
        return exit;
    const auto items = ActionItemRepository(*database).list(*departmentId, parser.isSet(open));
    if (!items)
        return context.fail(items.error());

    if (*format == TableWriter::Format::Table) {
        TableWriter table({}, {Cli::tr("Action item"), Cli::tr("Owner"), Cli::tr("Due"),
                               Cli::tr("Status"), Cli::tr("Done"), Cli::tr("Meeting"),
                               Cli::tr("Department")});
        int notDone = 0, overdue = 0, done = 0;
        for (const ActionItemView& v : items.value()) {
            const ActionStatus status = actionStatus(v.item, *day);
            notDone += status != ActionStatus::Done ? 1 : 0;
            overdue += status == ActionStatus::Overdue ? 1 : 0;
            done += status == ActionStatus::Done ? 1 : 0;
            const QString meeting =
                v.meetingTypeName.isEmpty()
                    ? QString()
                    : QStringLiteral("%1 %2").arg(v.meetingTypeName, humanDate(v.meetingDate));
            table.addRow({v.item.text.simplified(),
                          v.ownerName.isEmpty() ? Cli::tr("(nobody)") : v.ownerName,
                          humanDate(v.item.dueDate), actionStatusText(status),
                          humanDate(v.item.doneOn), meeting, v.departmentName});
        }
        QString text = items->isEmpty() ? QString() : table.toTable() + QLatin1Char('\n');
        text +=
            Cli::tr("%n action item(s) on %1: ", nullptr, int(items->size())).arg(humanDate(*day));
        text +=
            Cli::tr("%1 open, of which %2 overdue; %3 done.").arg(notDone).arg(overdue).arg(done);
        context.out() << text << Qt::endl;
        return ExitOk;
    }

    TableWriter writer({QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due_date"),
                        QStringLiteral("status"), QStringLiteral("done_on"),
                        QStringLiteral("department"), QStringLiteral("meeting_date"),
                        QStringLiteral("meeting_type"), QStringLiteral("id")});
    const bool json = *format == TableWriter::Format::Json;
    for (const ActionItemView& v : items.value()) {
        writer.addRow(
            {v.item.text, optionalText(v.ownerName, json), optionalDate(v.item.dueDate, json),
             actionStatusCode(actionStatus(v.item, *day)), optionalDate(v.item.doneOn, json),
             optionalText(v.departmentName, json), optionalDate(v.meetingDate, json),
             optionalText(v.meetingTypeName, json), v.item.id});
    }
    context.out() << writer.write(*format);
    context.out().flush();
    return ExitOk;
}

} // namespace tavle::cli
