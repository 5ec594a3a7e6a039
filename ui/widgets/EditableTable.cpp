#include "EditableTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace tavle::ui {

namespace {

const QString kDateFormat = QStringLiteral("dd-MM-yyyy");

} // namespace

EditableTableView::EditableTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table unless a cell is being edited; then it moves to the next cell.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
}

void EditableTableView::commitOpenEditor()
{
    auto* delegate = qobject_cast<TableItemDelegate*>(itemDelegate());
    QWidget* editor = delegate ? delegate->openEditor() : nullptr;
    if (!editor || state() != QAbstractItemView::EditingState)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void EditableTableView::editCell(int row, int column)
{
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    edit(index);
}

void EditableTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Insert) {
            emit insertRequested();
            return;
        }
        if (event->key() == Qt::Key_Delete && currentIndex().isValid()) {
            emit removeRequested(currentIndex().row());
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

TableItemDelegate::TableItemDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString TableItemDelegate::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(kDateFormat) : QString();
}

void TableItemDelegate::setPersonColumn(int column, const QString& noneText)
{
    m_personColumn = column;
    m_noneText = noneText;
}

void TableItemDelegate::setDateColumn(int column, bool allowNone)
{
    m_dateColumns.insert(column, allowNone);
}

QWidget* TableItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    QWidget* editor = nullptr;
    if (index.column() == m_personColumn) {
        auto* combo = new QComboBox(parent);
        if (!m_noneText.isEmpty())
            combo->addItem(m_noneText, Id(0));
        for (const Person& p : m_people)
            combo->addItem(p.name, p.id);
        combo->setPlaceholderText(tr("Choose a person"));
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        editor = combo;
    } else if (m_dateColumns.contains(index.column())) {
        // A masked line rather than a QDateEdit: it can be empty, and digits go straight in.
        auto* date = new QLineEdit(parent);
        date->setInputMask(QStringLiteral("00-00-0000;_"));
        date->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        date->setAccessibleDescription(tr("A date as dd-mm-yyyy"));
        editor = date;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    m_editor = editor;
    return editor;
}

void TableItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const Id id = value.toLongLong();
        int row = combo->findData(id);
        if (row < 0 && id) { // a person from outside the list keeps their place
            combo->addItem(index.data(Qt::DisplayRole).toString(), id);
            row = combo->count() - 1;
        }
        // Without a person yet and without a "nobody" item, nobody is chosen for the user.
        combo->setCurrentIndex(row >= 0 ? row : (m_noneText.isEmpty() ? -1 : 0));
        return;
    }
    if (m_dateColumns.contains(index.column())) {
        if (auto* date = qobject_cast<QLineEdit*>(editor)) {
            date->setText(dateText(value.toDate()));
            date->selectAll();
            return;
        }
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (m_dateColumns.contains(index.column())) {
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            QString digits = line->text();
            digits.remove(QLatin1Char('-'));
            if (digits.trimmed().isEmpty()) {
                if (m_dateColumns.value(index.column()))
                    model->setData(index, QDate(), Qt::EditRole);
                else
                    emit dateRefused(tr("Give a date as dd-mm-yyyy."));
                return;
            }
            const QDate date = QDate::fromString(line->text(), kDateFormat);
            if (date.isValid())
                model->setData(index, date, Qt::EditRole);
            else
                emit dateRefused(
                    tr("%1 is not a date: write it as dd-mm-yyyy.").arg(line->displayText()));
            return;
        }
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text().simplified(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tavle::ui
