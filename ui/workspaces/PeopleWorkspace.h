#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace tavle::ui {

class PlacementListModel;
class Session;
class Settings;
class SupervisorListModel;

/// Personer: the department's trainees with their placements, and its supervisors with their
/// load. Add a trainee, edit or end a placement, assign a main supervisor, add a supervisor;
/// every edit is one undoable command. Loads synchronously (a department holds at most a few
/// thousand placements), and only while on screen: a change made elsewhere marks the lists
/// stale, and they are read again when the workspace is shown.
class PeopleWorkspace : public QWidget
{
    Q_OBJECT

public:
    PeopleWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~PeopleWorkspace() override;

    PlacementListModel* placementModel() { return m_placements; }
    SupervisorListModel* supervisorModel() { return m_supervisors; }
    QTableView* placementTable() { return m_placementTable; }
    QTableView* supervisorTable() { return m_supervisorTable; }
    QLineEdit* searchField() { return m_search; }
    QCheckBox* showEndedCheck() { return m_showEnded; }
    QSplitter* splitter() { return m_splitter; }

    /// Reads the lists again from the database, keeping the selected rows; loaded() follows.
    void reload();
    void focusSearch();
    void saveState();
    /// Asks for a new trainee and their first placement (Ctrl+N).
    void addTrainee();
    /// Opens the selected placement for editing; false when none is selected.
    bool editSelectedPlacement();
    /// Asks for the last day of the selected placement; false when none is selected.
    bool endSelectedPlacement();
    /// Asks for the main supervisor of the selected placement; false when none is selected.
    bool assignMainSupervisor();
    /// Asks for a new supervisor of the chosen department; false when all departments are
    /// shown (a supervisor belongs to one).
    bool addSupervisor();

    /// The placement of the current row; 0 when none.
    Id selectedPlacement() const;
    /// Makes a placement's row current; false when it is not shown.
    bool selectPlacement(Id placementId);

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPlacementPane();
    QWidget* buildSupervisorPane();
    void setColumnWidths();
    void restoreState();
    void reloadWhenShown();
    void applyFilter();
    void updateActions();
    void updateCounts();
    void showSupervisorsTrainees(const QModelIndex& index);
    Id selectedSupervisor() const;

    Session& m_session;
    Settings& m_settings;
    PlacementListModel* m_placements;
    SupervisorListModel* m_supervisors;
    QSplitter* m_splitter = nullptr;
    QTableView* m_placementTable = nullptr;
    QTableView* m_supervisorTable = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showEnded = nullptr;
    QPushButton* m_newTrainee = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_newSupervisor = nullptr;
    QLabel* m_placementCount = nullptr;
    QLabel* m_supervisorCount = nullptr;
    bool m_stale = true;
};

} // namespace tavle::ui
