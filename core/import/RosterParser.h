#pragma once

#include "domain/Level.h"
#include "import/CsvReader.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tavle {

/// One valid roster row: a trainee's placement as HR lists it.
struct RosterRow
{
    int line = 0;
    QString name;
    Level level = Level::Kbu;
    QString department;
    QDate startDate;
    QDate endDate;      ///< null when empty
    QString supervisor; ///< main supervisor's name; empty when not given
    QString email;      ///< lower-case; empty when not given
};

/// One data line of a roster as written in the file (fields simplified), valid or not: what a
/// preview shows next to the line's problems. Empty for a column the file does not have.
struct RosterLine
{
    int line = 0;
    QString name;
    QString level;
    QString department;
    QString start;
    QString end;
    QString supervisor;
    QString email;
};

/// A roster file, checked: the valid rows and every problem, each on its line.
struct ParsedRoster
{
    QList<RosterRow> rows;
    QList<RosterLine> lines; ///< every non-blank data line, valid or not, in file order
    QList<FileProblem> problems;
    bool fileRejected = false; ///< a problem with the file as a whole: no row could be read
    bool hasEndColumn = false;
    bool hasSupervisorColumn = false;
    bool hasEmailColumn = false;
    QString encoding;
    QChar separator;
};

/// Checks a roster against the import rules. Pure: no database, no clock.
class RosterParser
{
    Q_DECLARE_TR_FUNCTIONS(RosterParser)

public:
    static ParsedRoster parse(const QByteArray& bytes);

    /// Parses a date written as yyyy-mm-dd, dd-mm-yyyy, dd.mm.yyyy or dd/mm/yyyy (day and month
    /// may have one digit). On failure `error` says whether the form is unknown or the date
    /// does not exist.
    static std::optional<QDate> parseDate(const QString& text, QString* error);
};

} // namespace tavle
