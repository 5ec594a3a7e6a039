#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tavle {

/// A problem found while reading a file. `line` counts records as a spreadsheet user counts
/// rows: the header is line 1; 0 means the file as a whole.
struct FileProblem
{
    int line = 0;
    QString message;
};

/// One record of a CSV file, with the row number a spreadsheet would show.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QList<CsvRecord> records; ///< the header first; blank records are kept (they count as rows)
    QChar separator;
    QString encoding; ///< "UTF-8" or "Windows-1252"
};

/// Reads CSV as Danish Excel and other programs write it: UTF-8 with or without BOM, or
/// Windows-1252; ';' or ',' as separator (detected from the header); RFC 4180 quoting
/// (quoted separators, doubled quotes, line breaks inside quotes); CRLF or LF line ends.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Parses the bytes of a whole file. Fails with a FileProblem for what is not CSV text:
    /// an empty file, a binary file, an Excel workbook, an unterminated quote.
    static bool parse(const QByteArray& bytes, CsvTable* table, FileProblem* problem);

    /// Decodes text: UTF-8 (BOM or valid UTF-8), otherwise Windows-1252.
    static QString decode(const QByteArray& bytes, QString* encoding);

    /// The separator used in a header line: ';' or ',', whichever occurs more often outside
    /// quotes (';' on a tie, as Danish Excel writes it).
    static QChar detectSeparator(const QString& headerLine);
};

} // namespace tavle
