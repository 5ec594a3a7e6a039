#include "DeadlinesWorkspace.h"

#include "Session.h"
#include "Settings.h"
#include "StatusStyle.h"
#include "dialogs/PlacementDialog.h"
#include "models/BoardLoader.h"
#include "models/SupervisorChoiceModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QPushButton* makeCard(const QIcon& icon, QWidget* parent)
{
    auto* card = new QPushButton(parent);
    card->setIcon(icon);
    card->setIconSize(QSize(22, 22));
    card->setCheckable(true);
    card->setFlat(false);
    card->setMinimumHeight(52);
    card->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 14px; }"));
    QFont font = card->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    card->setFont(font);
    return card;
}

} // namespace

DeadlinesWorkspace::DeadlinesWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_model(new DeadlineBoardModel(this)), m_loader(new BoardLoader(this))
{
    auto* layout = new QVBoxLayout(this);

    auto* cards = new QHBoxLayout;
    m_overdueCard = makeCard(StatusStyle::icon(DeadlineStatus::Overdue), this);
    m_overdueCard->setObjectName(QStringLiteral("overdueCard"));
    m_dueSoonCard = makeCard(StatusStyle::icon(DeadlineStatus::DueSoon), this);
    m_dueSoonCard->setObjectName(QStringLiteral("dueSoonCard"));
    m_noSupervisorCard = makeCard(QIcon(QStringLiteral(":/icons/no-supervisor.svg")), this);
    m_noSupervisorCard->setObjectName(QStringLiteral("noSupervisorCard"));
    cards->addWidget(m_overdueCard);
    cards->addWidget(m_dueSoonCard);
    cards->addWidget(m_noSupervisorCard);
    cards->addStretch(1);
    m_today = new QLabel(this);
    m_today->setObjectName(QStringLiteral("today"));
    cards->addWidget(m_today);
    layout->addLayout(cards);

    buildFilters();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deadlineTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Deadline board"));
    m_table->verticalHeader()->hide();
    // Fixed row heights and widths: no pass over 100,000 rows to measure contents.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    // Widths from sample texts in the current language, so the Danish words fit.
    const QString date = QStringLiteral("00-00-0000");
    const std::pair<int, QStringList> samples[] = {
        {DeadlineBoardModel::TraineeColumn, {QStringLiteral("Anne-Sofie Søndergaard Mikkelsen")}},
        {DeadlineBoardModel::LevelColumn, {QStringLiteral("INTRO")}},
        {DeadlineBoardModel::DepartmentColumn, {QStringLiteral("Ortopædkirurgisk afdeling")}},
        {DeadlineBoardModel::StartColumn, {date}},
        {DeadlineBoardModel::DueColumn, {tr("%1 (week %2)").arg(date).arg(53)}},
        {DeadlineBoardModel::DaysColumn, {tr("%n day(s) overdue", nullptr, 888)}},
        {DeadlineBoardModel::SupervisorColumn, {QStringLiteral("Rasmus Holm Kristensen")}},
        {DeadlineBoardModel::StatusColumn,
         {tr("Held %1").arg(date), DeadlineBoardModel::statusText(DeadlineStatus::DueSoon)}},
    };
    const QFontMetrics metrics = m_table->fontMetrics();
    for (const auto& [column, texts] : samples) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + 18);
        if (column == DeadlineBoardModel::StatusColumn)
            width += 24; // the icon
        header->resizeSection(column, width);
    }
    m_table->sortByColumn(DeadlineBoardModel::StatusColumn, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shown"));
    layout->addWidget(m_shown);

    connect(m_table, &QAbstractItemView::activated, this, &DeadlinesWorkspace::openPlacement);
    connect(m_loader, &BoardLoader::loaded, this, &DeadlinesWorkspace::showSnapshot);
    connect(m_loader, &BoardLoader::failed, this, [this](const QString& message) {
        m_session.report(Error{message});
        emit boardLoaded();
    });
    connect(&m_session, &Session::dataChanged, this, &DeadlinesWorkspace::reload);
    connect(&m_session, &Session::databaseOpened, this, &DeadlinesWorkspace::reload);
    connect(&m_session, &Session::departmentChanged, this, &DeadlinesWorkspace::reload);
    connect(&m_session, &Session::todayChanged, this, &DeadlinesWorkspace::reload);

    connect(m_overdueCard, &QPushButton::clicked, this, [this](bool on) {
        m_status->setCurrentIndex(
            m_status->findData(int(on ? BoardFilter::Status::Overdue : BoardFilter::Status::Any)));
    });
    connect(m_dueSoonCard, &QPushButton::clicked, this, [this](bool on) {
        m_status->setCurrentIndex(
            m_status->findData(int(on ? BoardFilter::Status::DueSoon : BoardFilter::Status::Any)));
    });
    connect(m_noSupervisorCard, &QPushButton::clicked, this, [this](bool on) {
        m_supervisor->setCurrentIndex(
            m_supervisor->findData(on ? BoardFilter::kNoSupervisor : BoardFilter::kAnySupervisor));
    });
    updateCounts();
}

DeadlinesWorkspace::~DeadlinesWorkspace() = default;

void DeadlinesWorkspace::buildFilters()
{
    auto* row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search trainee, e-mail or supervisor (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the board"));
    row->addWidget(m_search, 3);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setAccessibleName(tr("Level"));
    m_level->addItem(tr("All levels"), -1);
    for (const Level level : {Level::Kbu, Level::Intro, Level::Hu})
        m_level->addItem(DeadlineBoardModel::levelName(level), int(level));
    row->addWidget(m_level, 1);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), int(BoardFilter::Status::Any));
    m_status->addItem(tr("Not held yet"), int(BoardFilter::Status::Open));
    m_status->addItem(StatusStyle::icon(DeadlineStatus::Overdue),
                      DeadlineBoardModel::statusText(DeadlineStatus::Overdue),
                      int(BoardFilter::Status::Overdue));
    m_status->addItem(StatusStyle::icon(DeadlineStatus::DueSoon),
                      DeadlineBoardModel::statusText(DeadlineStatus::DueSoon),
                      int(BoardFilter::Status::DueSoon));
    m_status->addItem(StatusStyle::icon(DeadlineStatus::Upcoming),
                      DeadlineBoardModel::statusText(DeadlineStatus::Upcoming),
                      int(BoardFilter::Status::Upcoming));
    m_status->addItem(StatusStyle::icon(DeadlineStatus::Held),
                      DeadlineBoardModel::statusText(DeadlineStatus::Held),
                      int(BoardFilter::Status::Held));
    row->addWidget(m_status, 1);

    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisorFilter"));
    m_supervisor->setAccessibleName(tr("Main supervisor"));
    m_supervisor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_supervisor->setMinimumContentsLength(16);
    m_supervisorChoices = new SupervisorChoiceModel(this);
    m_supervisor->setModel(m_supervisorChoices);
    row->addWidget(m_supervisor, 1);

    auto* clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockLevel(m_level);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockSupervisor(m_supervisor);
        m_level->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_supervisor->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
    });
    row->addWidget(clear);

    connect(m_search, &QLineEdit::textChanged, this, &DeadlinesWorkspace::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &DeadlinesWorkspace::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeadlinesWorkspace::applyFilter);
    connect(m_supervisor, &QComboBox::currentIndexChanged, this, &DeadlinesWorkspace::applyFilter);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void DeadlinesWorkspace::applyFilter()
{
    const Id selected = selectedPlacement();
    BoardFilter filter;
    const int level = m_level->currentData().toInt();
    if (level >= 0)
        filter.level = Level(level);
    filter.status = BoardFilter::Status(m_status->currentData().toInt());
    filter.supervisorId = m_supervisor->currentData().toLongLong();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    selectPlacement(selected);
    updateCounts();
}

void DeadlinesWorkspace::reload()
{
    // Requests in one turn of the event loop (database opened, department restored, data
    // changed) become one load, so the board never loads a department it will not show.
    if (m_reloadRequested)
        return;
    m_reloadRequested = true;
    QTimer::singleShot(0, this, &DeadlinesWorkspace::startLoad);
}

void DeadlinesWorkspace::startLoad()
{
    if (!m_reloadRequested)
        return;
    m_reloadRequested = false;
    if (!m_session.isOpen())
        return;
    m_loader->load(m_session.location(), m_session.database().password(), m_session.today(),
                   m_session.departmentId());
}

void DeadlinesWorkspace::waitForLoad()
{
    startLoad();
    m_loader->waitForFinished();
}

void DeadlinesWorkspace::showSnapshot(BoardSnapshot& snapshot)
{
    const Id selected = selectedPlacement();
    m_model->setSnapshot(std::move(snapshot));
    m_table->setColumnHidden(DeadlineBoardModel::DepartmentColumn, m_session.departmentId() != 0);
    if (!m_restoredHeader) {
        m_restoredHeader = true;
        const QByteArray state = m_settings.viewState(QStringLiteral("deadlines/table"));
        if (!state.isEmpty())
            m_table->horizontalHeader()->restoreState(state);
    }
    updateSupervisorFilter();
    selectPlacement(selected);
    updateCounts();
    emit boardLoaded();
}

void DeadlinesWorkspace::updateSupervisorFilter()
{
    const Id current = m_supervisor->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_supervisor);
        m_supervisorChoices->setSupervisors(m_model->supervisors());
        const int row = m_supervisorChoices->rowOf(current);
        m_supervisor->setCurrentIndex(row >= 0 ? row : 0);
    }
    if (m_supervisorChoices->rowOf(current) < 0)
        applyFilter(); // the chosen supervisor is no longer on the board
}

void DeadlinesWorkspace::updateCounts()
{
    const DeadlineCounts& counts = m_model->counts();
    const QLocale locale;
    m_overdueCard->setText(tr("%1  overdue").arg(locale.toString(counts.overdue)));
    m_overdueCard->setAccessibleName(tr("%n overdue", nullptr, counts.overdue));
    m_dueSoonCard->setText(tr("%1  due within a week").arg(locale.toString(counts.dueSoon)));
    m_dueSoonCard->setAccessibleName(tr("%n due within a week", nullptr, counts.dueSoon));
    m_noSupervisorCard->setText(
        tr("%1  without main supervisor").arg(locale.toString(counts.withoutMainSupervisor)));
    m_noSupervisorCard->setAccessibleName(
        tr("%n without main supervisor", nullptr, counts.withoutMainSupervisor));
    const BoardFilter& filter = m_model->filter();
    m_overdueCard->setChecked(filter.status == BoardFilter::Status::Overdue);
    m_dueSoonCard->setChecked(filter.status == BoardFilter::Status::DueSoon);
    m_noSupervisorCard->setChecked(filter.supervisorId == BoardFilter::kNoSupervisor);

    const QDate today = m_session.today();
    m_today->setText(tr("Today: %1, week %2")
                         .arg(locale.toString(today, QStringLiteral("dddd d. MMMM yyyy")))
                         .arg(today.weekNumber()));
    m_shown->setText(tr("Showing %1 of %n placement(s).", nullptr, m_model->totalCount())
                         .arg(locale.toString(m_model->rowCount())));
}

Id DeadlinesWorkspace::selectedPlacement() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DeadlineBoardModel::PlacementIdRole).toLongLong() : 0;
}

void DeadlinesWorkspace::selectPlacement(Id placementId)
{
    if (!placementId)
        return;
    const int row = m_model->rowOfPlacement(placementId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, DeadlineBoardModel::TraineeColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool DeadlinesWorkspace::openSelectedPlacement()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    openPlacement(current);
    return true;
}

void DeadlinesWorkspace::openPlacement(const QModelIndex& index)
{
    const DeadlineRow* row = m_model->rowAt(index.row());
    if (!row)
        return;
    const auto dialog = PlacementDialog::create(m_session, *row, this);
    if (!dialog) {
        m_session.report(dialog.error());
        return;
    }
    dialog.value()->setAttribute(Qt::WA_DeleteOnClose);
    dialog.value()->exec();
}

void DeadlinesWorkspace::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DeadlinesWorkspace::saveState()
{
    m_settings.setViewState(QStringLiteral("deadlines/table"),
                            m_table->horizontalHeader()->saveState());
}

} // namespace tavle::ui
