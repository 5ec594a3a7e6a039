#include "MeetingsWorkspace.h"

#include "Session.h"
#include "Settings.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/MeetingDrafts.h"
#include "dialogs/SeriesDialog.h"
#include "widgets/ActionItemsView.h"
#include "widgets/AttendanceView.h"
#include "widgets/PeriodSelector.h"
#include "workspaces/MeetingActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace tavle::ui {

namespace {

const QString kHeaderState = QStringLiteral("meetings/table");

QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

MeetingsWorkspace::MeetingsWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_model(new MeetingListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildMeetingsTab(), tr("Meetin&gs"));
    m_actionItems = new ActionItemsView(session, settings, m_tabs);
    m_tabs->addTab(m_actionItems, tr("Action &items"));
    m_attendance = new AttendanceView(session, settings, m_tabs);
    m_tabs->addTab(m_attendance, tr("&Attendance"));
    layout->addWidget(m_tabs);

    // The two other tabs follow the session themselves; the list reloads here.
    connect(&m_session, &Session::dataChanged, this, &MeetingsWorkspace::requestLoad);
    connect(&m_session, &Session::databaseOpened, this, &MeetingsWorkspace::requestLoad);
    connect(&m_session, &Session::departmentChanged, this, &MeetingsWorkspace::requestLoad);
    connect(&m_session, &Session::todayChanged, this, [this](const QDate& today) {
        m_period->setToday(today); // emits periodChanged when the usual period moves
        requestLoad();
    });
    connect(m_period, &PeriodSelector::periodChanged, this, &MeetingsWorkspace::requestLoad);
}

MeetingsWorkspace::~MeetingsWorkspace() = default;

QWidget* MeetingsWorkspace::buildMeetingsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buildFilters(page));
    layout->addLayout(buildActions(page));

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("meetingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Meetings"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setColumnWidths();
    m_table->sortByColumn(MeetingListModel::DateColumn, Qt::AscendingOrder);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_shown = new QLabel(page);
    m_shown->setObjectName(QStringLiteral("meetingsShown"));
    layout->addWidget(m_shown);

    connect(m_table, &QAbstractItemView::activated, this, &MeetingsWorkspace::openEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsWorkspace::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingsWorkspace::updateActions);
    updateActions();
    return page;
}

QLayout* MeetingsWorkspace::buildFilters(QWidget* page)
{
    auto* row = new QHBoxLayout;
    m_period = new PeriodSelector(kWeeksBack, kWeeksAhead, page);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setToday(m_session.today(), true);
    row->addWidget(m_period);
    row->addSpacing(12);

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search series, type or meeting leader (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the meetings"));
    row->addWidget(m_search, 2);

    auto* typeLabel = new QLabel(tr("T&ype:"), page);
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Type of meeting"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->addItem(tr("All types"), Id(0));
    typeLabel->setBuddy(m_type);
    row->addWidget(typeLabel);
    row->addWidget(m_type, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MeetingsWorkspace::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &MeetingsWorkspace::applyFilter);
    return row;
}

QLayout* MeetingsWorkspace::buildActions(QWidget* page)
{
    auto* row = new QHBoxLayout;
    m_log = actionButton(tr("&Log meeting..."), QStringLiteral("logMeeting"), page);
    m_log->setToolTip(tr("Ctrl+L"));
    m_open = actionButton(tr("Ope&n..."), QStringLiteral("openMeeting"), page);
    m_open->setToolTip(tr("Enter: log the planned meeting, or open the logged one"));
    m_cancel = actionButton(tr("&Cancel meeting..."), QStringLiteral("cancelMeeting"), page);
    m_delete = actionButton(tr("&Delete..."), QStringLiteral("deleteMeeting"), page);
    m_delete->setToolTip(tr("Delete"));
    m_newSeries = actionButton(tr("New &series..."), QStringLiteral("newSeries"), page);
    m_editSeries = actionButton(tr("Edit se&ries..."), QStringLiteral("editSeries"), page);
    for (QPushButton* button : {m_log, m_open, m_cancel, m_delete})
        row->addWidget(button);
    row->addStretch(1);
    row->addWidget(m_newSeries);
    row->addWidget(m_editSeries);

    connect(m_log, &QPushButton::clicked, this, &MeetingsWorkspace::logMeeting);
    connect(m_open, &QPushButton::clicked, this, &MeetingsWorkspace::openSelected);
    connect(m_cancel, &QPushButton::clicked, this, &MeetingsWorkspace::cancelSelected);
    connect(m_delete, &QPushButton::clicked, this, &MeetingsWorkspace::deleteSelected);
    connect(m_newSeries, &QPushButton::clicked, this, &MeetingsWorkspace::newSeries);
    connect(m_editSeries, &QPushButton::clicked, this, &MeetingsWorkspace::editSelectedSeries);
    return row;
}

void MeetingsWorkspace::setColumnWidths()
{
    // Widths from sample texts in the current language, so that the Danish words fit.
    const QString date = QStringLiteral("00-00-0000");
    const QFontMetrics metrics = m_table->fontMetrics();
    const std::pair<int, QStringList> samples[] = {
        {MeetingListModel::DateColumn, {MeetingListModel::dateText(QDate(2027, 9, 29))}},
        {MeetingListModel::TimeColumn, {QStringLiteral("00:00–00:00")}},
        {MeetingListModel::TypeColumn, {QStringLiteral("Uddannelsesteammøde")}},
        {MeetingListModel::SeriesColumn, {QStringLiteral("Uddannelsesteammøde (UKYL)")}},
        {MeetingListModel::LeaderColumn, {QStringLiteral("Anne-Sofie Mikkelsen")}},
        {MeetingListModel::StateColumn,
         {MeetingListModel::stateText(MeetingState::Planned),
          MeetingListModel::stateText(MeetingState::Cancelled)}},
        {MeetingListModel::AttendanceColumn, {tr("%1 of %2").arg(88).arg(88)}},
        {MeetingListModel::DepartmentColumn, {QStringLiteral("Ortopædkirurgisk afdeling")}},
    };
    for (const auto& [column, texts] : samples) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + 18);
        if (column == MeetingListModel::StateColumn)
            width += 24; // the icon
        m_table->horizontalHeader()->resizeSection(column, width);
    }
}

void MeetingsWorkspace::reload()
{
    requestLoad();
    m_actionItems->reload();
    m_attendance->reload();
}

void MeetingsWorkspace::requestLoad()
{
    // Requests in one turn of the event loop (database opened, department restored, data
    // changed) become one load.
    if (m_loadRequested)
        return;
    m_loadRequested = true;
    QTimer::singleShot(0, this, &MeetingsWorkspace::load);
}

void MeetingsWorkspace::waitForLoad()
{
    load();
}

void MeetingsWorkspace::load()
{
    if (!m_loadRequested)
        return;
    m_loadRequested = false;
    if (!m_session.isOpen())
        return;
    const MeetingEntry* current = selectedEntry();
    const MeetingKey selected = current ? MeetingKey::of(*current) : MeetingKey{};
    auto entries = MeetingLog::entries(m_session.database(), m_period->from(), m_period->to(),
                                       m_session.departmentId(), 0);
    if (!entries) {
        m_session.report(entries.error());
        emit loaded();
        return;
    }
    updateTypeFilter();
    m_model->setEntries(std::move(entries).value());
    if (!m_restoredHeader) {
        m_restoredHeader = true;
        const QByteArray state = m_settings.viewState(kHeaderState);
        if (!state.isEmpty())
            m_table->horizontalHeader()->restoreState(state);
    }
    // After the saved state, which may come from a session with another department choice.
    m_table->setColumnHidden(MeetingListModel::DepartmentColumn, m_session.departmentId() != 0);
    selectMeeting(selected);
    updateActions();
    updateShown();
    emit loaded();
}

void MeetingsWorkspace::updateTypeFilter()
{
    const auto types = MeetingDrafts::departmentTypes(m_session.database());
    if (!types) {
        m_session.report(types.error());
        return;
    }
    const Id current = m_type->currentData().toLongLong();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), Id(0));
    for (const MeetingType& t : types.value())
        m_type->addItem(t.name, t.id);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

void MeetingsWorkspace::applyFilter()
{
    const MeetingEntry* current = selectedEntry();
    const MeetingKey selected = current ? MeetingKey::of(*current) : MeetingKey{};
    m_model->setFilter(MeetingListFilter{m_type->currentData().toLongLong(), m_search->text()});
    selectMeeting(selected);
    updateActions();
    updateShown();
}

void MeetingsWorkspace::updateShown()
{
    const QLocale locale;
    m_shown->setText(
        tr("Showing %1 of %n meeting(s) from %2 to %3.", nullptr, m_model->totalCount())
            .arg(locale.toString(m_model->rowCount()),
                 m_period->from().toString(QStringLiteral("dd-MM-yyyy")),
                 m_period->to().toString(QStringLiteral("dd-MM-yyyy"))));
}

void MeetingsWorkspace::updateActions()
{
    const MeetingEntry* entry = selectedEntry();
    m_open->setEnabled(entry != nullptr);
    m_open->setText(entry && !entry->meeting.id ? tr("Log occurre&nce...") : tr("Ope&n..."));
    m_cancel->setEnabled(entry && MeetingActions::canCancel(*entry));
    m_delete->setEnabled(entry && MeetingActions::canDelete(*entry));
    m_editSeries->setEnabled(entry && entry->meeting.seriesId);
}

const MeetingEntry* MeetingsWorkspace::selectedEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : nullptr;
}

bool MeetingsWorkspace::selectMeeting(const MeetingKey& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, MeetingListModel::DateColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool MeetingsWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingsWorkspace::runLogDialog(Result<LogMeetingDialog*> dialog)
{
    if (!dialog) {
        m_session.report(dialog.error());
        return;
    }
    // Owned here rather than deleted on close: what it saved is read after exec().
    const std::unique_ptr<LogMeetingDialog> d(dialog.value());
    if (d->exec() != QDialog::Accepted)
        return;
    // The save asked for a reload on the next turn of the event loop; run it now and select
    // what was saved.
    waitForLoad();
    selectMeeting(d->savedKey());
}

void MeetingsWorkspace::logMeeting()
{
    if (!m_session.isOpen())
        return;
    m_tabs->setCurrentIndex(0);
    const MeetingEntry* entry = selectedEntry();
    runLogDialog(LogMeetingDialog::createForNew(m_session,
                                                entry ? entry->meeting.meetingTypeId : Id(0),
                                                entry ? entry->meeting.departmentId : Id(0), this));
}

bool MeetingsWorkspace::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    openEntry(current);
    return true;
}

void MeetingsWorkspace::openEntry(const QModelIndex& index)
{
    const MeetingEntry* entry = m_model->entryAt(index.row());
    if (!entry)
        return;
    const Meeting& m = entry->meeting;
    if (m.id)
        runLogDialog(LogMeetingDialog::createForMeeting(m_session, m.id, this));
    else
        runLogDialog(
            LogMeetingDialog::createForOccurrence(m_session, m.seriesId, m.occurrenceOn, this));
}

bool MeetingsWorkspace::cancelSelected()
{
    const MeetingEntry* entry = selectedEntry();
    if (!entry || !MeetingActions::canCancel(*entry))
        return false;
    const MeetingEntry copy = *entry; // the list reloads under it
    const auto done = MeetingActions::cancel(m_session, copy, this);
    if (!done)
        m_session.report(done.error());
    return true;
}

bool MeetingsWorkspace::deleteSelected()
{
    const MeetingEntry* entry = selectedEntry();
    if (!entry || !MeetingActions::canDelete(*entry))
        return false;
    const MeetingEntry copy = *entry;
    const auto done = MeetingActions::remove(m_session, copy, this);
    if (!done)
        m_session.report(done.error());
    return true;
}

void MeetingsWorkspace::newSeries()
{
    if (!m_session.isOpen())
        return;
    const MeetingEntry* entry = selectedEntry();
    auto dialog = SeriesDialog::createForNew(m_session, entry ? entry->meeting.departmentId : Id(0),
                                             Id(0), this);
    if (!dialog) {
        m_session.report(dialog.error());
        return;
    }
    dialog.value()->setAttribute(Qt::WA_DeleteOnClose);
    dialog.value()->exec();
}

bool MeetingsWorkspace::editSelectedSeries()
{
    const MeetingEntry* entry = selectedEntry();
    if (!entry || !entry->meeting.seriesId)
        return false;
    auto dialog = SeriesDialog::createForEdit(m_session, entry->meeting.seriesId, this);
    if (!dialog) {
        m_session.report(dialog.error());
        return true;
    }
    dialog.value()->setAttribute(Qt::WA_DeleteOnClose);
    dialog.value()->exec();
    return true;
}

void MeetingsWorkspace::focusSearch()
{
    if (m_tabs->currentWidget() == m_actionItems) {
        m_actionItems->focusSearch();
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MeetingsWorkspace::saveState()
{
    m_settings.setViewState(kHeaderState, m_table->horizontalHeader()->saveState());
    m_actionItems->saveState();
    m_attendance->saveState();
}

} // namespace tavle::ui
