#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tavle {

/// Writes rows of named fields as RFC 4180 CSV, a JSON array of objects, or an aligned text
/// table for people. Numbers stay numbers in JSON; a null QVariant becomes JSON null and an
/// empty cell elsewhere.
class TableWriter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    /// `fields` are the machine names (CSV header, JSON keys); `titles` the table headings
    /// (translated), in the same order. Titles default to the field names.
    explicit TableWriter(QStringList fields, QStringList titles = {});

    void addRow(const QVariantList& cells);
    qsizetype rowCount() const { return m_rows.size(); }

    QString toCsv() const;
    QString toJson() const;
    QString toTable() const;
    QString write(Format format) const;

    /// Parses "table", "csv" or "json".
    static bool parseFormat(const QString& text, Format* format);
    static QString csvField(const QString& text);

private:
    QStringList m_fields;
    QStringList m_titles;
    QList<QVariantList> m_rows;
};

} // namespace tavle
