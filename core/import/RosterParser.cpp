#include "import/RosterParser.h"

#include "domain/Entities.h"

#include <QHash>
#include <QRegularExpression>
#include <array>

namespace tavle {

namespace {

enum class Column
{
    Name,
    Level,
    Department,
    Start,
    End,
    Supervisor,
    Email
};

struct ColumnSpec
{
    Column column;
    const char* danish; ///< the name shown in messages
    std::array<const char*, 4> aliases;
    bool required;
};

const std::array<ColumnSpec, 7> kColumns = {{
    {Column::Name, "Navn", {"navn", "name", nullptr, nullptr}, true},
    {Column::Level, "Uddannelsestrin", {"uddannelsestrin", "level", nullptr, nullptr}, true},
    {Column::Department, "Afdeling", {"afdeling", "department", nullptr, nullptr}, true},
    {Column::Start, "Startdato", {"startdato", "start", "start date", "start_date"}, true},
    {Column::End, "Slutdato", {"slutdato", "end", "end date", "end_date"}, false},
    {Column::Supervisor,
     "Hovedvejleder",
     {"hovedvejleder", "supervisor", "main supervisor", nullptr},
     false},
    {Column::Email, "Email", {"email", "e-mail", "mail", nullptr}, false},
}};

QString normalizedHeader(const QString& text)
{
    QString t = text.simplified().toCaseFolded();
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    return t;
}

/// Identifies a placement within one file, to catch the same row given twice.
QString placementKey(const RosterRow& row)
{
    const QString who = row.email.isEmpty() ? row.name.toCaseFolded() : row.email;
    return who + QLatin1Char('\x1f') + row.department.toCaseFolded() + QLatin1Char('\x1f') +
           row.startDate.toString(Qt::ISODate);
}

} // namespace

std::optional<QDate> RosterParser::parseDate(const QString& text, QString* error)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression danish(
        QStringLiteral(R"(^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$)"));
    const QString t = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto m2 = danish.match(t); m2.hasMatch()) {
        day = m2.captured(1).toInt();
        month = m2.captured(3).toInt();
        year = m2.captured(4).toInt();
    } else {
        *error = tr("'%1' is not a date; write it as dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or "
                    "yyyy-mm-dd")
                     .arg(t);
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        *error = tr("the date %1 does not exist").arg(t);
        return std::nullopt;
    }
    return date;
}

ParsedRoster RosterParser::parse(const QByteArray& bytes)
{
    ParsedRoster roster;
    CsvTable table;
    FileProblem fileProblem;
    if (!CsvReader::parse(bytes, &table, &fileProblem)) {
        roster.problems << fileProblem;
        roster.fileRejected = true;
        return roster;
    }
    roster.encoding = table.encoding;
    roster.separator = table.separator;

    // Map the header's columns by name, in any order.
    const CsvRecord& header = table.records.first();
    QHash<int, int> indexOf; // Column -> field index
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = normalizedHeader(header.fields.at(i));
        for (const ColumnSpec& spec : kColumns) {
            const bool matches =
                std::any_of(spec.aliases.begin(), spec.aliases.end(), [&](const char* alias) {
                    return alias && name == QString::fromUtf8(alias);
                });
            if (!matches)
                continue;
            if (indexOf.contains(int(spec.column))) {
                roster.problems << FileProblem{1, tr("the column %1 appears twice; keep one")
                                                      .arg(QString::fromUtf8(spec.danish))};
                roster.fileRejected = true;
            }
            indexOf.insert(int(spec.column), i);
        }
    }
    for (const ColumnSpec& spec : kColumns) {
        if (spec.required && !indexOf.contains(int(spec.column))) {
            roster.problems << FileProblem{
                1, tr("the required column %1 is missing (it may also be called %2); the "
                      "header row must name the columns Navn, Uddannelsestrin, Afdeling and "
                      "Startdato")
                       .arg(QString::fromUtf8(spec.danish), QString::fromUtf8(spec.aliases[1]))};
            roster.fileRejected = true;
        }
    }
    if (roster.fileRejected)
        return roster;
    roster.hasEndColumn = indexOf.contains(int(Column::End));
    roster.hasSupervisorColumn = indexOf.contains(int(Column::Supervisor));
    roster.hasEmailColumn = indexOf.contains(int(Column::Email));

    QHash<QString, int> firstLineOf;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records.at(r);
        auto field = [&](Column column) {
            const int index = indexOf.value(int(column), -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).simplified()
                                                              : QString();
        };
        const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;

        roster.lines << RosterLine{record.line,
                                   field(Column::Name),
                                   field(Column::Level),
                                   field(Column::Department),
                                   field(Column::Start),
                                   field(Column::End),
                                   field(Column::Supervisor),
                                   field(Column::Email)};

        QStringList errors;
        RosterRow row;
        row.line = record.line;
        row.name = field(Column::Name);
        if (row.name.isEmpty())
            errors << tr("the name (Navn) is empty");

        const QString levelText = field(Column::Level);
        if (const auto level = levelFromRosterText(levelText)) {
            row.level = *level;
        } else if (levelText.isEmpty()) {
            errors << tr("the level (Uddannelsestrin) is empty; use KBU, intro or HU");
        } else {
            errors << tr("unknown level '%1'; use KBU, intro (introduktionsstilling, I-læge) or "
                         "HU (hoveduddannelse, H-læge)")
                          .arg(levelText);
        }

        row.department = field(Column::Department);
        if (row.department.isEmpty())
            errors << tr("the department (Afdeling) is empty");

        const QString startText = field(Column::Start);
        QString dateError;
        if (startText.isEmpty()) {
            errors << tr("the start date (Startdato) is empty");
        } else if (const auto start = parseDate(startText, &dateError)) {
            row.startDate = *start;
        } else {
            errors << tr("start date: %1").arg(dateError);
        }

        const QString endText = field(Column::End);
        if (!endText.isEmpty()) {
            if (const auto end = parseDate(endText, &dateError)) {
                row.endDate = *end;
                if (row.startDate.isValid() && row.endDate < row.startDate) {
                    errors << tr("the end date %1 is before the start date %2")
                                  .arg(endText, startText);
                }
            } else {
                errors << tr("end date: %1").arg(dateError);
            }
        }

        row.supervisor = field(Column::Supervisor);
        row.email = field(Column::Email).toLower();
        if (!row.email.isEmpty() && !isPlausibleEmail(row.email))
            errors << tr("'%1' is not a valid e-mail address").arg(field(Column::Email));

        if (errors.isEmpty()) {
            const QString key = placementKey(row);
            if (const int earlier = firstLineOf.value(key, 0)) {
                errors << tr("the same placement (trainee, department and start date) as on line "
                             "%1; remove one of them")
                              .arg(earlier);
            } else {
                firstLineOf.insert(key, row.line);
            }
        }

        if (errors.isEmpty())
            roster.rows << row;
        for (const QString& error : errors)
            roster.problems << FileProblem{record.line, error};
    }
    if (roster.rows.isEmpty() && roster.problems.isEmpty()) {
        roster.problems << FileProblem{0, tr("the file has a header but no rows to import")};
        roster.fileRejected = true;
    }
    return roster;
}

} // namespace tavle
