// meeting held: register that a meeting took place.

#include "CliContext.h"
#include "Commands.h"
#include "services/MeetingRegistration.h"

namespace tavle::cli {

namespace {

QString placementText(const HeldOutcome& o)
{
    return Cli::tr("%1 for %2 (%3, %4, started %5)")
        .arg(o.meetingTypeName, o.traineeName, o.departmentName, levelCode(o.level),
             humanDate(o.startDate));
}

QString timeliness(const QDate& held, const QDate& due)
{
    if (!due.isValid())
        return {};
    const qint64 late = due.daysTo(held);
    if (late <= 0)
        return Cli::tr("on time (due %1)").arg(humanDate(due));
    return Cli::tr("%n day(s) after the due date %1", nullptr, int(late)).arg(humanDate(due));
}

} // namespace

int runMeeting(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Registers a meeting as held for a trainee's placement; by default the "
                "expectation meeting (Forventningsafstemning)."));
    parser.addPositionalArgument(QStringLiteral("held"), Cli::tr("The word 'held'."));
    const QCommandLineOption trainee(QStringLiteral("trainee"),
                                     Cli::tr("The trainee's name or e-mail address."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The day it was held."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  Cli::tr("The meeting type (default: the expectation meeting)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption department(
        QStringLiteral("department"),
        Cli::tr("The department, when the trainee has placements in several."),
        QStringLiteral("NAME"));
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   Cli::tr("What was agreed: goals, tasks, deadlines, "
                                           "responsibilities."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Cli::tr("Treat this date as today (a meeting cannot be held "
                                           "after today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({trainee, date, type, department, notes, today});
    if (const auto done = context.parse(parser, QStringLiteral("meeting"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("held")}) {
        return context.fail(Cli::tr("usage: tavle-cli meeting held --trainee NAME --date "
                                    "YYYY-MM-DD [--type NAME]"),
                            ExitInvalidInput);
    }
    if (!parser.isSet(trainee) || parser.value(trainee).trimmed().isEmpty())
        return context.fail(Cli::tr("--trainee is required."), ExitInvalidInput);
    if (!parser.isSet(date))
        return context.fail(Cli::tr("--date is required."), ExitInvalidInput);
    const auto heldOn = context.dateOption(parser, QStringLiteral("date"), {});
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!heldOn || !day)
        return ExitInvalidInput;

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    HeldRequest request;
    request.trainee = parser.value(trainee);
    request.department = parser.value(department);
    request.meetingType = parser.value(type);
    request.heldOn = *heldOn;
    request.today = *day;
    request.notes = parser.value(notes);
    const auto outcome = MeetingRegistration::registerHeld(*database, request);
    if (!outcome)
        return context.fail(outcome.error());

    const HeldOutcome& o = outcome.value();
    QString text;
    switch (o.kind) {
    case HeldOutcome::Kind::Created:
    case HeldOutcome::Kind::ScheduledNowHeld:
        text = Cli::tr("Registered: %1, held on %2, %3.")
                   .arg(placementText(o), humanDate(request.heldOn),
                        timeliness(request.heldOn, o.dueDate));
        break;
    case HeldOutcome::Kind::DateChanged:
        text = Cli::tr("Corrected: %1, held on %2 (was %3), %4.")
                   .arg(placementText(o), humanDate(request.heldOn), humanDate(o.previousDate),
                        timeliness(request.heldOn, o.dueDate));
        break;
    case HeldOutcome::Kind::AlreadyRegistered:
        text = Cli::tr("Already registered: %1, held on %2. Nothing changed.")
                   .arg(placementText(o), humanDate(request.heldOn));
        break;
    }
    context.out() << text << Qt::endl;
    return ExitOk;
}

} // namespace tavle::cli
