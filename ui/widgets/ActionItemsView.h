#pragma once

#include "domain/MeetingLog.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace tavle::ui {

class ActionItemModel;
class Session;
class Settings;

/// The action items of every meeting: open, overdue (highlighted) and done (with the day
/// they were closed); mark done, edit, filter. The counts of open and overdue items at the
/// top; filters by status (open and overdue by default), owner and text. Every edit is one
/// undoable command. Loads synchronously (a department has a few hundred items at most), and
/// only while on screen: a change made elsewhere marks the list stale, and it is read again
/// when the view is shown.
class ActionItemsView : public QWidget
{
    Q_OBJECT

public:
    ActionItemsView(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~ActionItemsView() override;

    ActionItemModel* model() { return m_model; }
    QTableView* table() { return m_table; }
    QComboBox* statusFilter() { return m_status; }
    QComboBox* ownerFilter() { return m_owner; }
    QLineEdit* searchField() { return m_search; }
    QLabel* countsLabel() { return m_counts; }

    /// Reads the view again from the database, keeping the selected row; loaded() follows.
    void reload();
    void saveState();
    void focusSearch();

    /// The item of the current row; 0 when none.
    Id selectedItem() const;
    /// Makes an item's row current; false when it is not shown.
    bool selectItem(Id itemId);

    /// Marks the selected item done today (Session::today()); false when no open item is
    /// selected.
    bool markSelectedDone();
    /// Opens the selected done item again; false when no done item is selected.
    bool reopenSelected();
    /// Opens the selected item's text, owner and due date for editing; false when none.
    bool editSelected();
    /// Deletes the selected item (undoable); false when none is selected.
    bool deleteSelected();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(QVBoxLayout* layout);
    void buildActions(QVBoxLayout* layout);
    void setColumnWidths();
    void restoreState();
    void reloadWhenShown();
    void applyFilter();
    void updateOwnerFilter();
    void updateActions();
    void updateCounts();
    /// Pushes one change of the selected item; keeps the selection on the row it was on.
    bool change(const QString& text, const std::optional<ActionItem>& after);

    Session& m_session;
    Settings& m_settings;
    ActionItemModel* m_model;
    QTableView* m_table = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_shown = nullptr;
    QPushButton* m_markDone = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_stale = true;
};

} // namespace tavle::ui
