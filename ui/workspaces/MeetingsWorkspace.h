#pragma once

#include "models/MeetingListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tavle::ui {

class ActionItemsView;
class AttendanceView;
class LogMeetingDialog;
class PeriodSelector;
class Session;
class Settings;

/// Møder: the UKYL's meeting log. Tabs: the meetings of a period (series occurrences, logged,
/// cancelled), the action items of every meeting (ActionItemsView) and attendance over time
/// (AttendanceView). On the meetings tab Enter or a double-click logs a planned occurrence or
/// opens a logged meeting; every edit is one undoable command.
class MeetingsWorkspace : public QWidget
{
    Q_OBJECT

public:
    /// The usual period of the list: four weeks back to eight weeks ahead of today.
    static constexpr int kWeeksBack = 4;
    static constexpr int kWeeksAhead = 8;

    MeetingsWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~MeetingsWorkspace() override;

    /// Reads the lists of all three tabs again from the database.
    void reload();
    /// Ctrl+F: the action items' search field when that tab is shown, else the meetings'.
    void focusSearch();
    void saveState();
    /// Opens the log dialog for a new meeting, prefilled (Ctrl+L): of the selected row's type,
    /// else an education team meeting.
    void logMeeting();

    /// Runs a reload that is waiting for the event loop now (tests, screenshots).
    void waitForLoad();
    /// Logs the selected occurrence or opens the selected meeting (Enter); false when no row
    /// is selected.
    bool openSelected();
    /// Cancels the selected planned meeting after asking; false when none is selected.
    bool cancelSelected();
    /// Deletes the selected logged meeting after asking; false when none is selected.
    bool deleteSelected();
    void newSeries();
    /// Opens the series of the selected row; false when it has none.
    bool editSelectedSeries();
    /// Makes a meeting's row current; false when it is not shown.
    bool selectMeeting(const MeetingKey& key);
    /// The entry of the current row; nullptr when none.
    const MeetingEntry* selectedEntry() const;

    QTabWidget* tabs() { return m_tabs; }
    MeetingListModel* model() { return m_model; }
    QTableView* table() { return m_table; }
    QLineEdit* searchField() { return m_search; }
    QComboBox* typeFilter() { return m_type; }
    PeriodSelector* period() { return m_period; }
    ActionItemsView* actionItemsView() { return m_actionItems; }
    AttendanceView* attendanceView() { return m_attendance; }

signals:
    void loaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildMeetingsTab();
    QLayout* buildFilters(QWidget* page);
    QLayout* buildActions(QWidget* page);
    void setColumnWidths();
    void requestLoad();
    void load();
    void updateTypeFilter();
    void applyFilter();
    void updateActions();
    void updateShown();
    void openEntry(const QModelIndex& index);
    /// Runs a log dialog made by one of its factories and selects what it saved.
    void runLogDialog(Result<LogMeetingDialog*> dialog);

    Session& m_session;
    Settings& m_settings;
    MeetingListModel* m_model;
    QTabWidget* m_tabs = nullptr;
    PeriodSelector* m_period = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_shown = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_newSeries = nullptr;
    QPushButton* m_editSeries = nullptr;
    ActionItemsView* m_actionItems = nullptr;
    AttendanceView* m_attendance = nullptr;
    bool m_loadRequested = false;
    bool m_restoredHeader = false;
};

} // namespace tavle::ui
