#include "RosterPreviewModel.h"

#include "StatusStyle.h"

#include <QHash>
#include <QIcon>

namespace tavle::ui {

namespace {

/// A line with a problem looks like an overdue deadline: the red warning sign, a light red
/// background and dark text that reads on it in a dark theme too.
QIcon problemIcon()
{
    return StatusStyle::icon(DeadlineStatus::Overdue);
}

QColor problemBackground()
{
    return StatusStyle::background(DeadlineStatus::Overdue);
}

QColor problemText()
{
    return StatusStyle::foreground(DeadlineStatus::Overdue);
}

QColor textOnProblemBackground()
{
    return QColor(0x26, 0x1a, 0x1a);
}

} // namespace

RosterPreviewModel::RosterPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<PreviewLine> RosterPreviewModel::linesOf(const ParsedRoster& roster,
                                               const ImportReport& report)
{
    QHash<int, QStringList> problems;
    for (const FileProblem& p : roster.problems)
        problems[p.line] << p.message;
    QHash<int, QStringList> changes;
    for (const ImportChange& c : report.changes)
        changes[c.line] << c.description;

    QList<PreviewLine> lines;
    lines.reserve(roster.lines.size());
    for (const RosterLine& fields : roster.lines)
        lines.append(PreviewLine{fields, changes.value(fields.line), problems.value(fields.line)});
    return lines;
}

void RosterPreviewModel::setLines(QList<PreviewLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_problemCount = int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                                       [](const PreviewLine& l) { return l.hasProblem(); }));
    applyFilter();
    endResetModel();
}

void RosterPreviewModel::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = onlyProblems;
    applyFilter();
    endResetModel();
}

void RosterPreviewModel::applyFilter()
{
    m_visible.clear();
    m_visible.reserve(size_t(m_lines.size()));
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_onlyProblems || m_lines.at(i).hasProblem())
            m_visible.push_back(int(i));
    }
}

const PreviewLine* RosterPreviewModel::lineAt(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return nullptr;
    return &m_lines.at(m_visible[size_t(row)]);
}

int RosterPreviewModel::rowOfLine(int line) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_lines.at(m_visible[i]).fields.line == line)
            return int(i);
    }
    return -1;
}

int RosterPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RosterPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterPreviewModel::changeText(const PreviewLine& line) const
{
    if (line.hasProblem())
        return tr("not imported");
    if (line.changes.isEmpty())
        return tr("unchanged");
    return line.changes.join(QLatin1Char('\n'));
}

QVariant RosterPreviewModel::data(const QModelIndex& index, int role) const
{
    const PreviewLine* line = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!line)
        return {};
    const RosterLine& f = line->fields;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return f.line;
        case NameColumn:
            return f.name;
        case ProblemColumn:
            return line->problems.join(QLatin1Char('\n'));
        case ChangeColumn:
            return changeText(*line);
        case LevelColumn:
            return f.level;
        case DepartmentColumn:
            return f.department;
        case StartColumn:
            return f.start;
        case EndColumn:
            return f.end;
        case SupervisorColumn:
            return f.supervisor;
        case EmailColumn:
            return f.email;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LineColumn && line->hasProblem())
            return problemIcon();
        break;
    case Qt::BackgroundRole:
        if (line->hasProblem())
            return problemBackground();
        break;
    case Qt::ForegroundRole:
        if (line->hasProblem())
            return index.column() == ProblemColumn ? problemText() : textOnProblemBackground();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignTop);
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    case Qt::ToolTipRole:
        if (line->hasProblem()) {
            return tr("Line %1 is not imported: %2")
                .arg(f.line)
                .arg(line->problems.join(QStringLiteral("; ")));
        }
        if (index.column() == ChangeColumn)
            return changeText(*line);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == LineColumn) {
            return line->hasProblem() ? tr("Line %1, with a problem").arg(f.line)
                                      : tr("Line %1").arg(f.line);
        }
        break;
    case LineRole:
        return f.line;
    case HasProblemRole:
        return line->hasProblem();
    }
    return {};
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Trainee");
    case ProblemColumn:
        return tr("Problem");
    case ChangeColumn:
        return tr("What the import does");
    case LevelColumn:
        return tr("Level");
    case DepartmentColumn:
        return tr("Department");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case SupervisorColumn:
        return tr("Main supervisor");
    case EmailColumn:
        return tr("E-mail");
    }
    return {};
}

} // namespace tavle::ui
