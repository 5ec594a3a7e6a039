#pragma once

#include "import/RosterImporter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <vector>

namespace tavle::ui {

/// One line of a roster in the import preview: the fields as written, what the import does on
/// the line, and what is wrong with it.
struct PreviewLine
{
    RosterLine fields;
    QStringList changes;  ///< the import's changes on this line; empty when nothing changes
    QStringList problems; ///< empty for a valid line

    bool hasProblem() const { return !problems.isEmpty(); }
};

/// The import preview: one row per data line of the roster, in file order, with the line
/// number a spreadsheet shows. Lines with a problem carry an icon, a tinted background and the
/// problem in its own column (and as tooltip), so they stand out without colour too.
class RosterPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        NameColumn,
        ProblemColumn,
        ChangeColumn,
        LevelColumn,
        DepartmentColumn,
        StartColumn,
        EndColumn,
        SupervisorColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        LineRole = Qt::UserRole + 1, ///< int: the line in the file (the header is line 1)
        HasProblemRole               ///< bool: the line has a problem and is not imported
    };

    explicit RosterPreviewModel(QObject* parent = nullptr);

    /// The preview lines of a checked roster, with the changes of a dry run (or an import) of
    /// it. A roster line without problems and without changes is unchanged.
    static QList<PreviewLine> linesOf(const ParsedRoster& roster, const ImportReport& report);

    /// Replaces every line (a full reset).
    void setLines(QList<PreviewLine> lines);
    /// Shows only the lines with a problem, or every line.
    void setOnlyProblems(bool onlyProblems);
    bool onlyProblems() const { return m_onlyProblems; }

    /// Lines before filtering, and how many of them have a problem.
    int totalCount() const { return int(m_lines.size()); }
    int problemCount() const { return m_problemCount; }

    /// The line behind a visible row; nullptr when out of range.
    const PreviewLine* lineAt(int row) const;
    /// The visible row of a line of the file, or -1.
    int rowOfLine(int line) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QString changeText(const PreviewLine& line) const;

    QList<PreviewLine> m_lines;
    std::vector<int> m_visible; ///< visible row -> index into m_lines
    int m_problemCount = 0;
    bool m_onlyProblems = false;
};

} // namespace tavle::ui
