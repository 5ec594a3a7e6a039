#include "PeopleWorkspace.h"

#include "Session.h"
#include "Settings.h"
#include "dialogs/AssignSupervisorDialog.h"
#include "dialogs/EndPlacementDialog.h"
#include "dialogs/SupervisorDialog.h"
#include "dialogs/TraineeDialog.h"
#include "models/PlacementListModel.h"
#include "models/SupervisorListModel.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace tavle::ui {

namespace {

QTableView* makeTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    // Fixed row heights and widths: no pass over every row to measure contents.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    return table;
}

QLabel* paneTitle(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

/// Sizes the columns of a table to fit sample texts and its header, in the current language.
void fitColumns(QTableView* table, const QList<std::pair<int, QStringList>>& samples)
{
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* header = table->horizontalHeader();
    for (const auto& [column, texts] : samples) {
        int width = metrics.horizontalAdvance(
                        table->model()->headerData(column, Qt::Horizontal).toString()) +
                    28; // room for the sort arrow
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + 18);
        header->resizeSection(column, width);
    }
}

} // namespace

PeopleWorkspace::PeopleWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_placements(new PlacementListModel(this)), m_supervisors(new SupervisorListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("peopleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildPlacementPane());
    m_splitter->addWidget(buildSupervisorPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    setColumnWidths();
    restoreState();
    // Tab goes from the search to the list it filters, then to what can be done with a row.
    const QList<QWidget*> tabOrder{m_search, m_showEnded, m_placementTable,  m_newTrainee,   m_edit,
                                   m_end,    m_assign,    m_supervisorTable, m_newSupervisor};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(&m_session, &Session::dataChanged, this, &PeopleWorkspace::reloadWhenShown);
    connect(&m_session, &Session::databaseOpened, this, &PeopleWorkspace::reloadWhenShown);
    connect(&m_session, &Session::departmentChanged, this, &PeopleWorkspace::reloadWhenShown);
    connect(&m_session, &Session::todayChanged, this, &PeopleWorkspace::reloadWhenShown);
    updateActions();
    updateCounts();
}

PeopleWorkspace::~PeopleWorkspace() = default;

QWidget* PeopleWorkspace::buildPlacementPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 6);

    m_placementTable =
        makeTable(QStringLiteral("placementTable"), tr("Trainees and their placements"), pane);
    m_placementTable->setModel(m_placements);
    m_placementTable->horizontalHeader()->setStretchLastSection(true);
    m_placementTable->sortByColumn(PlacementListModel::TraineeColumn, Qt::AscendingOrder);

    auto* top = new QHBoxLayout;
    top->addWidget(paneTitle(tr("T&rainees and placements"), m_placementTable, pane));
    top->addStretch(1);
    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search trainee, e-mail or main supervisor (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search trainees"));
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    top->addWidget(m_search, 2);
    m_showEnded = new QCheckBox(tr("Sho&w ended placements"), pane);
    m_showEnded->setObjectName(QStringLiteral("showEnded"));
    top->addWidget(m_showEnded);
    layout->addLayout(top);
    layout->addWidget(m_placementTable, 1);

    auto* actions = new QHBoxLayout;
    m_newTrainee = new QPushButton(tr("&New trainee..."), pane);
    m_newTrainee->setObjectName(QStringLiteral("newTrainee"));
    m_newTrainee->setToolTip(tr("Add a trainee with a first placement (Ctrl+N)"));
    m_edit = new QPushButton(tr("Ed&it placement..."), pane);
    m_edit->setObjectName(QStringLiteral("editPlacement"));
    m_edit->setToolTip(tr("Change the trainee's name, e-mail, level, dates or main supervisor "
                          "(Enter or double-click)"));
    m_end = new QPushButton(tr("En&d placement..."), pane);
    m_end->setObjectName(QStringLiteral("endPlacement"));
    m_end->setToolTip(tr("Set the last day of the placement"));
    m_assign = new QPushButton(tr("&Assign main supervisor..."), pane);
    m_assign->setObjectName(QStringLiteral("assignSupervisor"));
    m_assign->setToolTip(tr("Choose the main supervisor of the placement"));
    for (QPushButton* button : {m_newTrainee, m_edit, m_end, m_assign})
        actions->addWidget(button);
    actions->addStretch(1);
    m_placementCount = new QLabel(pane);
    m_placementCount->setObjectName(QStringLiteral("placementCount"));
    actions->addWidget(m_placementCount);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &PeopleWorkspace::applyFilter);
    connect(m_showEnded, &QCheckBox::toggled, this, &PeopleWorkspace::applyFilter);
    connect(m_placementTable, &QAbstractItemView::activated, this,
            [this] { editSelectedPlacement(); });
    connect(m_placementTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleWorkspace::updateActions);
    connect(m_newTrainee, &QPushButton::clicked, this, &PeopleWorkspace::addTrainee);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelectedPlacement(); });
    connect(m_end, &QPushButton::clicked, this, [this] { endSelectedPlacement(); });
    connect(m_assign, &QPushButton::clicked, this, [this] { assignMainSupervisor(); });
    return pane;
}

QWidget* PeopleWorkspace::buildSupervisorPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 0, 0);

    m_supervisorTable =
        makeTable(QStringLiteral("supervisorTable"), tr("Supervisors and their load"), pane);
    m_supervisorTable->setModel(m_supervisors);
    m_supervisorTable->horizontalHeader()->setStretchLastSection(true);
    m_supervisorTable->setToolTip(tr("Double-click a supervisor to list their trainees."));
    m_supervisorTable->sortByColumn(SupervisorListModel::NameColumn, Qt::AscendingOrder);
    layout->addWidget(paneTitle(tr("Su&pervisors"), m_supervisorTable, pane));
    layout->addWidget(m_supervisorTable, 1);

    auto* actions = new QHBoxLayout;
    m_newSupervisor = new QPushButton(tr("New &supervisor..."), pane);
    m_newSupervisor->setObjectName(QStringLiteral("newSupervisor"));
    actions->addWidget(m_newSupervisor);
    actions->addStretch(1);
    m_supervisorCount = new QLabel(pane);
    m_supervisorCount->setObjectName(QStringLiteral("supervisorCount"));
    actions->addWidget(m_supervisorCount);
    layout->addLayout(actions);

    connect(m_newSupervisor, &QPushButton::clicked, this, [this] { addSupervisor(); });
    connect(m_supervisorTable, &QAbstractItemView::activated, this,
            &PeopleWorkspace::showSupervisorsTrainees);
    return pane;
}

void PeopleWorkspace::setColumnWidths()
{
    // Widths from sample texts in the current language, so the Danish words fit.
    const QString date = QStringLiteral("00-00-0000");
    const QString name = QStringLiteral("Anne-Sofie Søndergaard Mikkelsen");
    const QString email = QStringLiteral("anne-sofie.mikkelsen.12@demo.tavle.dk");
    fitColumns(
        m_placementTable,
        {
            {PlacementListModel::TraineeColumn, {name}},
            {PlacementListModel::EmailColumn, {email}},
            {PlacementListModel::LevelColumn, {QStringLiteral("INTRO")}},
            {PlacementListModel::DepartmentColumn, {QStringLiteral("Ortopædkirurgisk afdeling")}},
            {PlacementListModel::StartColumn, {date}},
            {PlacementListModel::EndColumn,
             {PlacementListModel::endText(QDate(2000, 10, 10), true)}},
            {PlacementListModel::SupervisorColumn, {QStringLiteral("Rasmus Holm Kristensen")}},
        });
    fitColumns(m_supervisorTable, {
                                      {SupervisorListModel::NameColumn, {name}},
                                      {SupervisorListModel::EmailColumn, {email}},
                                      {SupervisorListModel::CurrentColumn, {}},
                                      {SupervisorListModel::ComingColumn, {}},
                                  });
}

void PeopleWorkspace::restoreState()
{
    const std::pair<QString, QTableView*> tables[] = {
        {QStringLiteral("people/placements"), m_placementTable},
        {QStringLiteral("people/supervisors"), m_supervisorTable},
    };
    for (const auto& [name, table] : tables) {
        const QByteArray state = m_settings.viewState(name);
        QHeaderView* header = table->horizontalHeader();
        if (!state.isEmpty() && header->restoreState(state))
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    const QByteArray splitter = m_settings.viewState(QStringLiteral("people/splitter"));
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void PeopleWorkspace::saveState()
{
    m_settings.setViewState(QStringLiteral("people/placements"),
                            m_placementTable->horizontalHeader()->saveState());
    m_settings.setViewState(QStringLiteral("people/supervisors"),
                            m_supervisorTable->horizontalHeader()->saveState());
    m_settings.setViewState(QStringLiteral("people/splitter"), m_splitter->saveState());
}

void PeopleWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PeopleWorkspace::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void PeopleWorkspace::reload()
{
    if (!m_session.isOpen()) {
        emit loaded();
        return;
    }
    m_stale = false;
    Database& database = m_session.database();
    const Id departmentId = m_session.departmentId();
    const QDate today = m_session.today();
    // The list shows no meeting, so no meeting type is joined in (0 names none).
    auto placements = PlacementRepository(database).inDepartment(departmentId, 0);
    auto supervisors = PersonRepository(database).supervisors(departmentId, today);
    if (!placements || !supervisors) {
        m_session.report(placements ? supervisors.error() : placements.error());
        emit loaded();
        return;
    }
    const Id placementId = selectedPlacement();
    const Id supervisorId = selectedSupervisor();
    m_placements->setRows(std::move(placements).value(), today);
    m_supervisors->setRows(std::move(supervisors).value());
    m_placementTable->setColumnHidden(PlacementListModel::DepartmentColumn, departmentId != 0);
    selectPlacement(placementId);
    if (const int row = m_supervisors->rowOfPerson(supervisorId); supervisorId && row >= 0)
        m_supervisorTable->setCurrentIndex(m_supervisors->index(row, 0));
    updateActions();
    updateCounts();
    emit loaded();
}

void PeopleWorkspace::applyFilter()
{
    const Id selected = selectedPlacement();
    PlacementFilter filter;
    filter.showEnded = m_showEnded->isChecked();
    filter.text = m_search->text();
    m_placements->setFilter(filter);
    selectPlacement(selected);
    updateActions();
    updateCounts();
}

void PeopleWorkspace::updateActions()
{
    const bool open = m_session.isOpen();
    const int row = m_placementTable->currentIndex().row();
    const PlacementView* current = m_placements->rowAt(row);
    m_newTrainee->setEnabled(open);
    m_edit->setEnabled(current != nullptr);
    m_end->setEnabled(current && !m_placements->isEnded(current->placement));
    m_assign->setEnabled(current != nullptr);
    const bool oneDepartment = m_session.departmentId() != 0;
    m_newSupervisor->setEnabled(open && oneDepartment);
    m_newSupervisor->setToolTip(
        oneDepartment ? tr("Add a supervisor to the department chosen at the top")
                      : tr("Choose a department at the top first: a supervisor is added to one "
                           "department."));
}

void PeopleWorkspace::updateCounts()
{
    const QLocale locale;
    const int total = m_placements->shownWithoutSearch();
    const QString shown = locale.toString(m_placements->rowCount());
    m_placementCount->setText(
        m_placements->filter().showEnded
            ? tr("Showing %1 of %n placement(s).", nullptr, total).arg(shown)
            : tr("Showing %1 of %n current and coming placement(s).", nullptr, total).arg(shown));
    m_supervisorCount->setText(tr("%n supervisor(s).", nullptr, m_supervisors->rowCount()));
}

Id PeopleWorkspace::selectedPlacement() const
{
    const QModelIndex current = m_placementTable->currentIndex();
    return current.isValid() ? current.data(PlacementListModel::PlacementIdRole).toLongLong() : 0;
}

Id PeopleWorkspace::selectedSupervisor() const
{
    const QModelIndex current = m_supervisorTable->currentIndex();
    return current.isValid() ? current.data(SupervisorListModel::PersonIdRole).toLongLong() : 0;
}

bool PeopleWorkspace::selectPlacement(Id placementId)
{
    if (!placementId)
        return false;
    const int row = m_placements->rowOfPlacement(placementId);
    if (row < 0)
        return false;
    const QModelIndex index = m_placements->index(row, PlacementListModel::TraineeColumn);
    m_placementTable->setCurrentIndex(index);
    m_placementTable->scrollTo(index);
    return true;
}

void PeopleWorkspace::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeopleWorkspace::addTrainee()
{
    if (!m_session.isOpen())
        return;
    auto created = TraineeDialog::createForNew(m_session, this);
    if (!created) {
        m_session.report(created.error());
        return;
    }
    const std::unique_ptr<TraineeDialog> dialog(created.value());
    if (dialog->exec() != QDialog::Accepted || !dialog->addedPlacementId())
        return;
    // Show the new row, also when the search text would hide it.
    if (!selectPlacement(dialog->addedPlacementId()) && !m_search->text().isEmpty()) {
        m_search->clear();
        selectPlacement(dialog->addedPlacementId());
    }
    m_placementTable->setFocus(Qt::OtherFocusReason);
}

bool PeopleWorkspace::editSelectedPlacement()
{
    const PlacementView* current = m_placements->rowAt(m_placementTable->currentIndex().row());
    if (!current)
        return false;
    auto created = TraineeDialog::createForEdit(m_session, *current, this);
    if (!created) {
        m_session.report(created.error());
        return true;
    }
    const std::unique_ptr<TraineeDialog> dialog(created.value());
    dialog->exec();
    return true;
}

bool PeopleWorkspace::endSelectedPlacement()
{
    const PlacementView* current = m_placements->rowAt(m_placementTable->currentIndex().row());
    if (!current)
        return false;
    EndPlacementDialog dialog(m_session, *current, this);
    dialog.exec();
    return true;
}

bool PeopleWorkspace::assignMainSupervisor()
{
    const PlacementView* current = m_placements->rowAt(m_placementTable->currentIndex().row());
    if (!current)
        return false;
    auto created = AssignSupervisorDialog::create(m_session, *current, this);
    if (!created) {
        m_session.report(created.error());
        return true;
    }
    const std::unique_ptr<AssignSupervisorDialog> dialog(created.value());
    dialog->exec();
    return true;
}

bool PeopleWorkspace::addSupervisor()
{
    if (!m_session.isOpen() || !m_session.departmentId())
        return false;
    auto created = SupervisorDialog::create(m_session, this);
    if (!created) {
        m_session.report(created.error());
        return true;
    }
    const std::unique_ptr<SupervisorDialog> dialog(created.value());
    dialog->exec();
    return true;
}

void PeopleWorkspace::showSupervisorsTrainees(const QModelIndex& index)
{
    const SupervisorLoad* supervisor = m_supervisors->rowAt(index.row());
    if (!supervisor)
        return;
    m_search->setText(supervisor->person.name);
    m_placementTable->setFocus(Qt::OtherFocusReason);
}

} // namespace tavle::ui
