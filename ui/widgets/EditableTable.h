#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

namespace tavle::ui {

/// A small table edited in place from the keyboard: Insert asks for a new row, Delete (when no
/// cell is being edited) for removing the current one; Tab moves from cell to cell while
/// editing. The owner adds and removes the rows in its model.
class EditableTableView : public QTableView
{
    Q_OBJECT

public:
    explicit EditableTableView(QWidget* parent = nullptr);

    /// Stores what an open cell editor holds and closes it: call before reading the model.
    void commitOpenEditor();
    /// Starts editing a cell, as a key press would.
    void editCell(int row, int column);

signals:
    void insertRequested();
    void removeRequested(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

/// The editors of EditableTableView's cells: a person chooser for the columns set with
/// setPersonColumn (EditRole: the person's Id, 0 for nobody), a dd-MM-yyyy field for the date
/// columns (EditRole: a QDate; null for none where allowed), a line edit for the rest. A date
/// field takes digits with or without the dashes (24032027 or 24-03-2027) and is emptied with
/// Backspace; a date that does not exist is not stored, and dateRefused() says why.
class TableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TableItemDelegate(QObject* parent = nullptr);

    /// `noneText` is offered first as "nobody" (Id 0); empty to require a person.
    void setPersonColumn(int column, const QString& noneText);
    void setPeople(const QList<Person>& people) { m_people = people; }
    /// A date column; `allowNone` offers an empty date.
    void setDateColumn(int column, bool allowNone);

    /// The editor open now; nullptr when none is.
    QWidget* openEditor() const { return m_editor; }

    /// The text a date field is written as, "dd-MM-yyyy"; empty for none.
    static QString dateText(const QDate& date);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

signals:
    /// A date field held something that is not a date; the cell kept its value.
    void dateRefused(const QString& message) const;

private:
    int m_personColumn = -1;
    QString m_noneText;
    QList<Person> m_people;
    QHash<int, bool> m_dateColumns; ///< column -> allowNone
    mutable QPointer<QWidget> m_editor;
};

} // namespace tavle::ui
