#include "import/CsvReader.h"

#include <QStringDecoder>

namespace tavle {

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    static const QByteArray utf8Bom("\xEF\xBB\xBF");
    if (bytes.startsWith(utf8Bom)) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(utf8Bom.size()));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not valid UTF-8: Danish Excel's "CSV (semikolonsepareret)" is Windows-1252.
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        *encoding = QStringLiteral("Windows-1252");
        return cp1252.decode(bytes);
    }
    *encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

QChar CsvReader::detectSeparator(const QString& headerLine)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

bool CsvReader::parse(const QByteArray& bytes, CsvTable* table, FileProblem* problem)
{
    *table = CsvTable{};
    if (bytes.trimmed().isEmpty()) {
        *problem = FileProblem{0, tr("the file is empty; export the roster from Excel as CSV "
                                     "with a header row")};
        return false;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        *problem = FileProblem{0, tr("this is an Excel workbook (.xlsx), not a CSV file; in Excel "
                                     "choose Save As, CSV (semicolon separated), and import that "
                                     "file")};
        return false;
    }
    if (bytes.contains('\0')) {
        *problem = FileProblem{0, tr("this is not a CSV text file (it holds binary data); export "
                                     "the roster from Excel as CSV")};
        return false;
    }

    const QString text = decode(bytes, &table->encoding);
    const qsizetype headerEnd = text.indexOf(QLatin1Char('\n'));
    table->separator = detectSeparator(headerEnd < 0 ? text : text.left(headerEnd));

    CsvRecord record;
    record.line = 1;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int quoteStartLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        record.fields << field;
        table->records << record;
        record = CsvRecord{record.line + 1, {}};
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // a CRLF inside quotes is one line break
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteStartLine = record.line;
            field.clear();
        } else if (c == table->separator) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endRecord(); // a lone CR ends a line too (old Mac files)
        } else {
            field += c;
        }
    }
    if (quoted) {
        *problem = FileProblem{quoteStartLine, tr("a quoted field is never closed; check for a "
                                                  "missing \" on this line")};
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return true;
}

} // namespace tavle
