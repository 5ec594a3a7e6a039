#pragma once

#include "models/ActionItemTableModel.h"

#include <QWidget>

namespace tavle::ui {

class EditableTableView;
class TableItemDelegate;

/// The action items of a meeting in a small table edited in place: Insert adds a row and
/// starts on its text, Tab moves on to the owner and the due date, Delete removes a row.
class ActionItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemEditor(QWidget* parent = nullptr);

    /// The people who can own an item, by name.
    void setPeople(const QList<Person>& people);
    void setItems(QList<ActionItem> items);
    /// Stores what an open cell editor holds: call before reading the items to save them.
    void commit();
    /// The items as edited (without an open cell: see commit()); blank rows are left out.
    QList<ActionItem> items() const;
    /// The table row (0-based) of the first item that has an owner or a due date but no
    /// text; -1 when every item has a text.
    int firstWithoutText() const;
    /// Puts the focus on the text of a row, for correcting it.
    void editText(int row);

    ActionItemTableModel* model() { return m_model; }
    EditableTableView* view() { return m_view; }

    /// Adds a row after the current one and starts editing its text.
    void addItem();

private:
    void removeItem(int row);

    ActionItemTableModel* m_model;
    EditableTableView* m_view;
    TableItemDelegate* m_delegate;
};

} // namespace tavle::ui
