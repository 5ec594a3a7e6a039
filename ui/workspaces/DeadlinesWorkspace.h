#pragma once

#include "models/DeadlineBoardModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tavle::ui {

class BoardLoader;
class SupervisorChoiceModel;
class Session;
class Settings;

/// Frister: the UAO's deadline board. The counts that matter at the top (each one a filter),
/// then filters and a search field, then one row per current or coming placement. Enter or a
/// double-click opens the placement to schedule or register the expectation meeting.
class DeadlinesWorkspace : public QWidget
{
    Q_OBJECT

public:
    DeadlinesWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~DeadlinesWorkspace() override;

    DeadlineBoardModel* model() { return m_model; }
    QTableView* table() { return m_table; }
    QLineEdit* searchField() { return m_search; }
    QComboBox* levelFilter() { return m_level; }
    QComboBox* statusFilter() { return m_status; }
    QComboBox* supervisorFilter() { return m_supervisor; }

    /// Reloads the board in the background; boardLoaded() follows.
    void reload();
    /// Blocks until a load in progress has been shown (tests, screenshots).
    void waitForLoad();
    /// Opens the selected placement; false when none is selected.
    bool openSelectedPlacement();
    void focusSearch();
    void saveState();

signals:
    void boardLoaded();

private:
    void startLoad();
    void buildFilters();
    void applyFilter();
    void showSnapshot(BoardSnapshot& snapshot);
    void updateCounts();
    void updateSupervisorFilter();
    void openPlacement(const QModelIndex& index);
    Id selectedPlacement() const;
    void selectPlacement(Id placementId);

    Session& m_session;
    Settings& m_settings;
    DeadlineBoardModel* m_model;
    BoardLoader* m_loader;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_level;
    QComboBox* m_status;
    QComboBox* m_supervisor;
    SupervisorChoiceModel* m_supervisorChoices;
    QPushButton* m_overdueCard;
    QPushButton* m_dueSoonCard;
    QPushButton* m_noSupervisorCard;
    QLabel* m_shown;
    QLabel* m_today;
    bool m_restoredHeader = false;
    bool m_reloadRequested = false;
};

} // namespace tavle::ui
