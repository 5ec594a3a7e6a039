#include "output/TableWriter.h"

namespace tavle {

TableWriter::TableWriter(QStringList fields, QStringList titles)
    : m_fields(std::move(fields)), m_titles(titles.isEmpty() ? m_fields : std::move(titles))
{}

void TableWriter::addRow(const QVariantList& cells)
{
    m_rows.append(cells);
}

QString TableWriter::csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n;");
    bool quote = false;
    for (const QChar c : text) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString TableWriter::toCsv() const
{
    QString out;
    auto line = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            out += csvField(cells.at(i));
        }
        out += QLatin1String("\r\n");
    };
    line(m_fields);
    for (const QVariantList& row : m_rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant& v : row)
            cells << v.toString();
        line(cells);
    }
    return out;
}

namespace {

QString jsonString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return jsonString(value.toString());
    }
}

} // namespace

QString TableWriter::toJson() const
{
    QStringList keys;
    for (const QString& field : m_fields)
        keys << jsonString(field) + QLatin1String(": ");
    QString out = QStringLiteral("[");
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const QVariantList& row = m_rows.at(r);
        out += r ? QLatin1String(",\n  {") : QLatin1String("\n  {");
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            out += keys.at(i) + jsonValue(i < row.size() ? row.at(i) : QVariant());
        }
        out += QLatin1Char('}');
    }
    out += m_rows.isEmpty() ? QLatin1String("]\n") : QLatin1String("\n]\n");
    return out;
}

QString TableWriter::toTable() const
{
    QList<qsizetype> widths;
    for (const QString& title : m_titles)
        widths << title.size();
    QList<QStringList> texts;
    texts.reserve(m_rows.size());
    for (const QVariantList& row : m_rows) {
        QStringList cells;
        for (qsizetype i = 0; i < m_titles.size(); ++i) {
            const QString cell = i < row.size() ? row.at(i).toString() : QString();
            widths[i] = qMax(widths[i], cell.size());
            cells << cell;
        }
        texts << cells;
    }
    QString out;
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                text += QLatin1String("  ");
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths[i]) : cells.at(i);
        }
        out += text + QLatin1Char('\n');
    };
    line(m_titles);
    QStringList rule;
    for (const qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList& cells : texts)
        line(cells);
    return out;
}

QString TableWriter::write(Format format) const
{
    switch (format) {
    case Format::Table:
        return toTable();
    case Format::Csv:
        return toCsv();
    case Format::Json:
        return toJson();
    }
    return {};
}

bool TableWriter::parseFormat(const QString& text, Format* format)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("table"))
        *format = Format::Table;
    else if (t == QLatin1String("csv"))
        *format = Format::Csv;
    else if (t == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

} // namespace tavle
