#pragma once

#include "services/StrategyGoals.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace tavle::ui {

class GoalDetailPanel;
class GoalMatrixModel;
class GoalStatusButtons;
class GoalSummaryHeader;
class GoalTreeModel;
class GoalTrendChart;
class Session;
class Settings;
class TrafficLight;
struct GoalTreeRow;

/// Mål: the strategy goals. For the department chosen in the window (or the hospital, with
/// "All departments"): the overall figure with a progress bar and a traffic light, the focus
/// areas with their goals and statuses, what changed in the last month, a goal's detail with
/// its history, and one click (or key 1-4) to set a status. Tabs for the hospital matrix and
/// the trend chart. Goals can be added, edited, moved and retired; every edit is one undoable
/// command. Without a strategy it offers to load the hospital's template.
class GoalsWorkspace : public QWidget
{
    Q_OBJECT

public:
    GoalsWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~GoalsWorkspace() override;

    /// Reads the strategy again on the next turn of the event loop.
    void reload();
    /// Runs a reload that is waiting for the event loop now (tests, screenshots).
    void waitForLoad();
    void saveState();

    /// Whether the database has a strategy (else the empty state is shown).
    bool hasStrategy() const { return m_snapshot.has_value(); }
    const std::optional<StrategySnapshot>& snapshot() const { return m_snapshot; }
    /// The department shown; 0 for the hospital.
    Id departmentId() const { return m_departmentId; }

    /// Loads the built-in hospital strategy (not undoable: it adds a whole strategy).
    void loadTemplate();
    /// Records a status for the selected goal with the note typed; false when none is selected
    /// or the save was refused (the message bar says why).
    bool setSelectedStatus(GoalStatus status);
    /// Makes a goal's row current; false when it is not shown.
    bool selectGoal(Id goalId);
    const GoalTreeRow* selectedGoal() const;

    void addGoal();
    bool editSelected();
    /// Moves the selected goal up (-1) or down (+1) in its focus area.
    bool moveSelected(int step);
    /// Retires the selected goal from today after asking.
    bool retireSelected();
    /// Asks for a file and writes the status report of the department shown.
    void exportReport();
    /// Writes the report to a file; the error names it.
    Status exportReportTo(const QString& path);
    void printReport();

    QStackedWidget* pages() { return m_pages; }
    QWidget* emptyPage() { return m_empty; }
    QPushButton* loadTemplateButton() { return m_loadTemplate; }
    QTabWidget* tabs() { return m_tabs; }
    QTreeView* tree() { return m_tree; }
    GoalTreeModel* treeModel() { return m_treeModel; }
    QTableView* matrix() { return m_matrix; }
    GoalMatrixModel* matrixModel() { return m_matrixModel; }
    GoalTrendChart* trendChart() { return m_trend; }
    GoalSummaryHeader* header() { return m_header; }
    TrafficLight* trafficLight();
    QLabel* figureLabel();
    QLabel* changesLabel();
    QProgressBar* progressBar();
    GoalDetailPanel* detail() { return m_detail; }
    GoalStatusButtons* statusButtons() { return m_statusButtons; }

signals:
    void loaded();
    /// A confirmation for the window's message bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildEmptyPage();
    QWidget* buildContentPage();
    QLayout* buildActions(QWidget* parent);
    QWidget* buildGoalsTab();
    void requestLoad();
    void load();
    void updateHeader();
    void updateSelection();
    QString departmentName(Id departmentId) const;

    Session& m_session;
    Settings& m_settings;
    std::optional<StrategySnapshot> m_snapshot;
    Id m_departmentId = 0;
    bool m_loadRequested = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_empty = nullptr;
    QPushButton* m_loadTemplate = nullptr;
    GoalSummaryHeader* m_header = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_tree = nullptr;
    GoalTreeModel* m_treeModel = nullptr;
    GoalStatusButtons* m_statusButtons = nullptr;
    GoalDetailPanel* m_detail = nullptr;
    QTableView* m_matrix = nullptr;
    GoalMatrixModel* m_matrixModel = nullptr;
    GoalTrendChart* m_trend = nullptr;
};

} // namespace tavle::ui
