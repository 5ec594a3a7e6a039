#include "GoalsWorkspace.h"

#include "GoalActions.h"
#include "Session.h"
#include "Settings.h"
#include "dialogs/GoalDialog.h"
#include "models/GoalMatrixModel.h"
#include "models/GoalTreeModel.h"
#include "strategy/StrategyTemplate.h"
#include "widgets/GoalDetailPanel.h"
#include "widgets/GoalStatusButtons.h"
#include "widgets/GoalSummaryHeader.h"
#include "widgets/GoalTrendChart.h"
#include "widgets/TrafficLight.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <cstdlib>

namespace tavle::ui {

namespace {

const QString kTreeState = QStringLiteral("goals/tree");
const QString kSplitterState = QStringLiteral("goals/splitter");

QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

GoalsWorkspace::GoalsWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_treeModel(new GoalTreeModel(this)), m_matrixModel(new GoalMatrixModel(this))
{
    setObjectName(QStringLiteral("goalsWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    m_empty = buildEmptyPage();
    m_pages->addWidget(m_empty);
    m_pages->addWidget(buildContentPage());
    layout->addWidget(m_pages);

    connect(&m_session, &Session::dataChanged, this, &GoalsWorkspace::requestLoad);
    connect(&m_session, &Session::databaseOpened, this, &GoalsWorkspace::requestLoad);
    connect(&m_session, &Session::departmentChanged, this, &GoalsWorkspace::requestLoad);
    connect(&m_session, &Session::todayChanged, this, &GoalsWorkspace::requestLoad);
    requestLoad();
}

GoalsWorkspace::~GoalsWorkspace() = default;

QWidget* GoalsWorkspace::buildEmptyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("goalsEmpty"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* heading = new QLabel(tr("No education strategy yet"), page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto* body = new QLabel(
        tr("Here the head of department follows the strategy goals: each goal's status in the "
           "department, green when at least 90 % are achieved, and the trend over time.\n\n"
           "Start from the hospital's strategy \"Sammen om lægelig videreuddannelse\": its six "
           "focus areas and their goals. You can add, rename, reorder and retire goals "
           "afterwards."),
        page);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMaximumWidth(600);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    m_loadTemplate = actionButton(tr("&Load the hospital strategy (template)"),
                                  QStringLiteral("loadTemplate"), page);
    layout->addSpacing(12);
    layout->addWidget(m_loadTemplate, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_loadTemplate, &QPushButton::clicked, this, &GoalsWorkspace::loadTemplate);
    return page;
}

QWidget* GoalsWorkspace::buildContentPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_header = new GoalSummaryHeader(page);
    layout->addWidget(m_header);
    layout->addLayout(buildActions(page));
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("goalTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildGoalsTab(), tr("G&oals"));

    m_matrix = new QTableView(m_tabs);
    m_matrix->setObjectName(QStringLiteral("goalMatrix"));
    m_matrix->setModel(m_matrixModel);
    m_matrix->setAccessibleName(tr("Goals per department"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setWordWrap(false);
    m_matrix->verticalHeader()->hide();
    m_matrix->horizontalHeader()->setMinimumSectionSize(20);
    m_tabs->addTab(m_matrix, tr("Hospital &matrix"));

    m_trend = new GoalTrendChart(m_tabs);
    m_tabs->addTab(m_trend, tr("T&rend"));
    layout->addWidget(m_tabs, 1);
    return page;
}

QLayout* GoalsWorkspace::buildActions(QWidget* parent)
{
    auto* row = new QHBoxLayout;
    m_add = actionButton(tr("&Add goal..."), QStringLiteral("addGoal"), parent);
    m_edit = actionButton(tr("&Edit goal..."), QStringLiteral("editGoal"), parent);
    m_up = actionButton(tr("Move &up"), QStringLiteral("moveGoalUp"), parent);
    m_up->setToolTip(tr("Alt+Up in the goal list"));
    m_down = actionButton(tr("Move do&wn"), QStringLiteral("moveGoalDown"), parent);
    m_down->setToolTip(tr("Alt+Down in the goal list"));
    m_retire = actionButton(tr("Re&tire goal..."), QStringLiteral("retireGoal"), parent);
    m_export = actionButton(tr("Export report (&PDF)..."), QStringLiteral("exportReport"), parent);
    m_print = actionButton(tr("Pr&int..."), QStringLiteral("printReport"), parent);
    for (QPushButton* button : {m_add, m_edit, m_up, m_down, m_retire})
        row->addWidget(button);
    row->addStretch(1);
    row->addWidget(m_export);
    row->addWidget(m_print);
    connect(m_add, &QPushButton::clicked, this, &GoalsWorkspace::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsWorkspace::editSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_retire, &QPushButton::clicked, this, &GoalsWorkspace::retireSelected);
    connect(m_export, &QPushButton::clicked, this, &GoalsWorkspace::exportReport);
    connect(m_print, &QPushButton::clicked, this, &GoalsWorkspace::printReport);
    return row;
}

QWidget* GoalsWorkspace::buildGoalsTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("goalsSplitter"));
    auto* left = new QWidget(splitter);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 4, 0, 0);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("goalTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Goals by focus area"));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->header()->resizeSection(GoalTreeModel::CodeColumn,
                                    metrics.horizontalAdvance(QStringLiteral("00.00")) + 48);
    m_tree->header()->resizeSection(GoalTreeModel::TitleColumn, metrics.averageCharWidth() * 52);
    m_tree->header()->resizeSection(
        GoalTreeModel::StatusColumn,
        metrics.horizontalAdvance(QStringLiteral("00 of 00 · 100,0 %")) + 16);
    m_tree->header()->resizeSection(GoalTreeModel::SinceColumn,
                                    metrics.horizontalAdvance(QStringLiteral("00-00-00000")) + 12);
    m_tree->header()->resizeSection(GoalTreeModel::ChangeColumn, metrics.averageCharWidth() * 22);
    const QByteArray treeState = m_settings.viewState(kTreeState);
    if (!treeState.isEmpty())
        m_tree->header()->restoreState(treeState);
    layout->addWidget(m_tree, 1);
    m_statusButtons = new GoalStatusButtons(left);
    layout->addWidget(m_statusButtons);
    m_detail = new GoalDetailPanel(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 380});
    const QByteArray state = m_settings.viewState(kSplitterState);
    if (!state.isEmpty())
        splitter->restoreState(state);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GoalsWorkspace::updateSelection);
    connect(m_statusButtons, &GoalStatusButtons::statusChosen, this,
            &GoalsWorkspace::setSelectedStatus);
    return splitter;
}

void GoalsWorkspace::reload()
{
    requestLoad();
}

void GoalsWorkspace::requestLoad()
{
    // Requests in one turn of the event loop (database opened, department restored, data
    // changed) become one load.
    if (m_loadRequested)
        return;
    m_loadRequested = true;
    QTimer::singleShot(0, this, &GoalsWorkspace::load);
}

void GoalsWorkspace::waitForLoad()
{
    load();
}

void GoalsWorkspace::load()
{
    if (!m_loadRequested)
        return;
    m_loadRequested = false;
    if (!m_session.isOpen())
        return;
    const GoalTreeRow* current = selectedGoal();
    const Id selected = current ? current->goal.id : 0;
    auto snapshot = StrategyGoals::load(m_session.database());
    if (!snapshot) {
        m_session.report(snapshot.error());
        emit loaded();
        return;
    }
    m_snapshot = std::move(snapshot).value();
    if (!m_snapshot) {
        m_treeModel->clear();
        m_matrixModel->clear();
        m_trend->clear();
        m_pages->setCurrentWidget(m_empty);
        emit loaded();
        return;
    }
    m_pages->setCurrentIndex(1);
    const StrategySnapshot& s = *m_snapshot;
    m_departmentId =
        s.departmentIds().contains(m_session.departmentId()) ? m_session.departmentId() : Id(0);
    const QDate today = m_session.today();
    m_treeModel->setSnapshot(s, m_departmentId, today, today.addMonths(-1));
    m_tree->expandAll();
    m_matrixModel->setSnapshot(s, today);
    m_matrix->resizeColumnsToContents();
    m_trend->setTrend(s, m_departmentId ? QList<Id>{m_departmentId, 0} : s.departmentIds(), today);
    updateHeader();
    if (!selectGoal(selected)) {
        // The first goal, so that one click or key sets a status.
        const QModelIndex first = m_treeModel->index(0, 0);
        if (first.isValid() && m_treeModel->rowCount(first) > 0)
            m_tree->setCurrentIndex(m_treeModel->index(0, 0, first));
    }
    updateSelection();
    emit loaded();
}

QString GoalsWorkspace::departmentName(Id departmentId) const
{
    if (m_snapshot) {
        for (const Department& d : m_snapshot->departments) {
            if (d.id == departmentId)
                return d.name;
        }
    }
    return tr("The hospital");
}

void GoalsWorkspace::updateHeader()
{
    QList<tavle::GoalStatusChange> changed;
    for (const GoalTreeRow* row : m_treeModel->changedGoals())
        changed << *row->change;
    const QDate today = m_session.today();
    m_header->show(*m_snapshot, m_departmentId, departmentName(m_departmentId), today,
                   today.addMonths(-1), changed);
}

void GoalsWorkspace::updateSelection()
{
    const GoalTreeRow* row = selectedGoal();
    m_statusButtons->setCurrent(row ? std::optional<GoalStatus>(row->status) : std::nullopt);
    const bool any = row != nullptr;
    m_edit->setEnabled(any);
    m_up->setEnabled(any);
    m_down->setEnabled(any);
    m_retire->setEnabled(any);
    const bool strategy = m_snapshot.has_value();
    m_add->setEnabled(strategy);
    m_export->setEnabled(strategy);
    m_print->setEnabled(strategy);
    if (m_snapshot)
        m_detail->setGoal(*m_snapshot, row ? &row->goal : nullptr, m_departmentId);
}

TrafficLight* GoalsWorkspace::trafficLight()
{
    return m_header->trafficLight();
}

QLabel* GoalsWorkspace::figureLabel()
{
    return m_header->figureLabel();
}

QLabel* GoalsWorkspace::changesLabel()
{
    return m_header->changesLabel();
}

QProgressBar* GoalsWorkspace::progressBar()
{
    return m_header->progressBar();
}

const GoalTreeRow* GoalsWorkspace::selectedGoal() const
{
    return m_treeModel->goalAt(m_tree->currentIndex());
}

bool GoalsWorkspace::selectGoal(Id goalId)
{
    const QModelIndex index = goalId ? m_treeModel->indexOfGoal(goalId) : QModelIndex();
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void GoalsWorkspace::loadTemplate()
{
    if (!m_session.isOpen())
        return;
    const auto found = StrategyTemplates::find(QStringLiteral("mvh"));
    if (!found) {
        m_session.report(found.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto loadedStrategy = StrategyTemplates::load(m_session.database(), found.value());
    QApplication::restoreOverrideCursor();
    if (!loadedStrategy) {
        m_session.report(loadedStrategy.error());
        return;
    }
    m_session.notifyChanged();
    waitForLoad();
}

bool GoalsWorkspace::setSelectedStatus(GoalStatus status)
{
    const GoalTreeRow* row = selectedGoal();
    if (!row)
        return false;
    const QString note = m_statusButtons->noteEdit()->text().trimmed();
    if (row->status == status && note.isEmpty() && row->entry)
        return true; // nothing new to record
    Id seenLatestId = 0;
    for (const GoalStatusEntry& e : m_snapshot->rollup.history(row->goal.id, m_departmentId))
        seenLatestId = std::max(seenLatestId, e.id);
    if (const Status set =
            GoalActions::setStatus(m_session, row->goal, m_departmentId,
                                   departmentName(m_departmentId), status, note, seenLatestId);
        !set) {
        m_session.report(set.error());
        return false;
    }
    m_statusButtons->noteEdit()->clear();
    waitForLoad(); // the view and the traffic light show the new status at once
    return true;
}

void GoalsWorkspace::addGoal()
{
    if (!m_snapshot)
        return;
    const GoalTreeArea* area = m_treeModel->areaAt(m_tree->currentIndex());
    GoalDialog dialog(m_session, *m_snapshot, std::nullopt, area ? area->area.id : Id(0), this);
    if (m_departmentId == 0)
        dialog.scopeBox()->setCurrentIndex(1); // the hospital view lists hospital-scope goals
    if (dialog.exec() != QDialog::Accepted)
        return;
    waitForLoad();
    selectGoal(dialog.savedGoalId());
}

bool GoalsWorkspace::editSelected()
{
    const GoalTreeRow* row = selectedGoal();
    if (!row || !m_snapshot)
        return false;
    GoalDialog dialog(m_session, *m_snapshot, row->goal, row->goal.focusAreaId, this);
    if (dialog.exec() == QDialog::Accepted) {
        waitForLoad();
        selectGoal(dialog.savedGoalId());
    }
    return true;
}

bool GoalsWorkspace::moveSelected(int step)
{
    const GoalTreeRow* row = selectedGoal();
    if (!row || !m_snapshot)
        return false;
    const Goal goal = row->goal;
    // Past the next goal this view shows: goals of the other scope and retired ones sit in
    // the same focus area, unseen here.
    QList<Id> area;
    for (const Goal& g : m_snapshot->goals) {
        if (g.focusAreaId == goal.focusAreaId)
            area.append(g.id);
    }
    const qsizetype from = area.indexOf(goal.id);
    int places = 0;
    for (qsizetype i = from + step; i >= 0 && i < area.size(); i += step) {
        if (m_treeModel->indexOfGoal(area.at(i)).isValid()) {
            places = int(std::abs(i - from));
            break;
        }
    }
    if (places == 0) {
        m_session.report(Error::invalidInput(
            step < 0 ? tr("Goal %1 is first in its focus area already.").arg(goal.code)
                     : tr("Goal %1 is last in its focus area already.").arg(goal.code)));
        return false;
    }
    if (const Status moved = GoalActions::move(m_session, goal, step, places); !moved) {
        m_session.report(moved.error());
        return false;
    }
    waitForLoad();
    selectGoal(goal.id);
    return true;
}

bool GoalsWorkspace::retireSelected()
{
    const GoalTreeRow* row = selectedGoal();
    if (!row)
        return false;
    const auto retired = GoalActions::retire(m_session, row->goal, this);
    if (!retired) {
        m_session.report(retired.error());
        return false;
    }
    if (retired.value())
        waitForLoad();
    return retired.value();
}

Status GoalsWorkspace::exportReportTo(const QString& path)
{
    if (!m_snapshot)
        return Error::invalidInput(tr("There is no strategy to report on."));
    return GoalActions::writeReport(*m_snapshot, m_departmentId, m_session.today(), path);
}

void GoalsWorkspace::exportReport()
{
    if (!m_snapshot)
        return;
    const auto path = GoalActions::exportReport(
        *m_snapshot, m_departmentId, departmentName(m_departmentId), m_session.today(), this);
    if (!path)
        m_session.report(path.error());
    else if (!path->isEmpty())
        emit message(tr("The report is saved as %1.").arg(QDir::toNativeSeparators(*path)));
}

void GoalsWorkspace::printReport()
{
    if (!m_snapshot)
        return;
    const Status printed = GoalActions::printReport(
        *m_snapshot, m_departmentId, departmentName(m_departmentId), m_session.today(), this);
    if (!printed)
        m_session.report(printed.error());
}

bool GoalsWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int number = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::NoModifier && number >= 0 && number < 4) {
            setSelectedStatus(GoalStatusButtons::kOrder[number]);
            return true;
        }
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GoalsWorkspace::saveState()
{
    m_settings.setViewState(kTreeState, m_tree->header()->saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("goalsSplitter")))
        m_settings.setViewState(kSplitterState, splitter->saveState());
}

} // namespace tavle::ui
