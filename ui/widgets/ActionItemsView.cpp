#include "ActionItemsView.h"

#include "Session.h"
#include "Settings.h"
#include "commands/ChangeCommand.h"
#include "dialogs/ActionItemDialog.h"
#include "models/ActionItemModel.h"
#include "storage/ActionItemRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace tavle::ui {

ActionItemsView::ActionItemsView(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_model(new ActionItemModel(this))
{
    setObjectName(QStringLiteral("actionItemsView"));
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("actionItemCounts"));
    QFont big = m_counts->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_counts->setFont(big);
    layout->addWidget(m_counts);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionItemList"));
    m_table->setAccessibleName(tr("Action items"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(ActionItemModel::DueColumn, Qt::AscendingOrder);

    buildFilters(layout);
    layout->addWidget(m_table, 1);
    buildActions(layout);

    setColumnWidths();
    restoreState();
    const QList<QWidget*> tabOrder{m_status,   m_owner,  m_search, m_table,
                                   m_markDone, m_reopen, m_edit,   m_delete};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(&m_session, &Session::dataChanged, this, &ActionItemsView::reloadWhenShown);
    connect(&m_session, &Session::databaseOpened, this, &ActionItemsView::reloadWhenShown);
    connect(&m_session, &Session::departmentChanged, this, &ActionItemsView::reloadWhenShown);
    connect(&m_session, &Session::todayChanged, this, &ActionItemsView::reloadWhenShown);
    updateActions();
    updateCounts();
}

ActionItemsView::~ActionItemsView() = default;

void ActionItemsView::buildFilters(QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatusFilter"));
    m_status->setAccessibleName(tr("Show action items"));
    m_status->addItem(tr("Open and overdue"), int(ActionItemFilter::Status::NotDone));
    m_status->addItem(tr("Overdue"), int(ActionItemFilter::Status::Overdue));
    m_status->addItem(tr("Done"), int(ActionItemFilter::Status::Done));
    m_status->addItem(tr("All"), int(ActionItemFilter::Status::Any));
    auto* statusLabel = new QLabel(tr("S&how:"), this);
    statusLabel->setBuddy(m_status);
    row->addWidget(statusLabel);
    row->addWidget(m_status);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("actionOwnerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    row->addSpacing(12);
    row->addWidget(ownerLabel);
    row->addWidget(m_owner);
    updateOwnerFilter();

    row->addStretch(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("actionItemSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search action item, owner or meeting"));
    m_search->setAccessibleName(tr("Search action items"));
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    row->addWidget(m_search, 2);
    layout->addLayout(row);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionItemsView::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActionItemsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ActionItemsView::applyFilter);
}

void ActionItemsView::buildActions(QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_markDone = new QPushButton(tr("Mark &done"), this);
    m_markDone->setObjectName(QStringLiteral("markActionItemDone"));
    m_markDone->setToolTip(tr("Close the action item with today's date (Ctrl+D)"));
    m_reopen = new QPushButton(tr("Re&open"), this);
    m_reopen->setObjectName(QStringLiteral("reopenActionItem"));
    m_reopen->setToolTip(tr("Make a done action item open again"));
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_edit->setObjectName(QStringLiteral("editActionItem"));
    m_edit->setToolTip(tr("Change the text, owner or due date (Enter or double-click)"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteActionItem"));
    m_delete->setToolTip(tr("Delete the action item (Delete); Undo brings it back"));
    for (QPushButton* button : {m_markDone, m_reopen, m_edit, m_delete})
        row->addWidget(button);
    row->addStretch(1);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("actionItemsShown"));
    row->addWidget(m_shown);
    layout->addLayout(row);

    connect(m_markDone, &QPushButton::clicked, this, [this] { markSelectedDone(); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopenSelected(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_table, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionItemsView::updateActions);
    auto* done = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    done->setContext(Qt::WidgetWithChildrenShortcut);
    connect(done, &QShortcut::activated, this, [this] { markSelectedDone(); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { deleteSelected(); });
}

void ActionItemsView::setColumnWidths()
{
    // Widths from sample texts in the current language, so the Danish words fit.
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView* header = m_table->horizontalHeader();
    const QString date = QStringLiteral("00-00-0000");
    const std::pair<int, QString> samples[] = {
        {ActionItemModel::TextColumn,
         QStringLiteral("Send påmindelse om Ventil tirsdag morgen til alle")},
        {ActionItemModel::OwnerColumn, QStringLiteral("Anne-Sofie Søndergaard")},
        {ActionItemModel::DueColumn, ActionItemModel::overdueText(QDate(2000, 10, 10), 300)},
        {ActionItemModel::StatusColumn, ActionItemModel::statusText(ActionStatus::Overdue)},
        {ActionItemModel::DoneColumn, date},
        {ActionItemModel::MeetingColumn, QStringLiteral("Uddannelsesteammøde ") + date},
        {ActionItemModel::DepartmentColumn, QStringLiteral("Ortopædkirurgisk afdeling")},
    };
    for (const auto& [column, text] : samples) {
        const int title =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
            28; // room for the sort arrow
        const int icon = column == ActionItemModel::StatusColumn ? 24 : 0;
        header->resizeSection(column, std::max(title, metrics.horizontalAdvance(text) + 18 + icon));
    }
}

void ActionItemsView::restoreState()
{
    const QByteArray state = m_settings.viewState(QStringLiteral("actions/table"));
    QHeaderView* header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void ActionItemsView::saveState()
{
    m_settings.setViewState(QStringLiteral("actions/table"),
                            m_table->horizontalHeader()->saveState());
}

void ActionItemsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActionItemsView::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ActionItemsView::reload()
{
    if (!m_session.isOpen()) {
        m_model->setRows({}, m_session.today());
        updateOwnerFilter();
        updateActions();
        updateCounts();
        emit loaded();
        return;
    }
    m_stale = false;
    const Id departmentId = m_session.departmentId();
    auto items = ActionItemRepository(m_session.database()).list(departmentId, false);
    if (!items) {
        m_session.report(items.error());
        emit loaded();
        return;
    }
    const Id selected = selectedItem();
    const int selectedRow = m_table->currentIndex().row();
    m_model->setRows(std::move(items).value(), m_session.today());
    updateOwnerFilter();
    m_table->setColumnHidden(ActionItemModel::DepartmentColumn, departmentId != 0);
    // An item marked done leaves the default list: the row that takes its place is current,
    // so the next one can be closed at once.
    if (!selectItem(selected) && selected && selectedRow >= 0 && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(std::min(selectedRow, m_model->rowCount() - 1), 0));
    }
    updateActions();
    updateCounts();
    emit loaded();
}

void ActionItemsView::updateOwnerFilter()
{
    const Id current = m_owner->currentData().toLongLong();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), ActionItemFilter::kAnyOwner);
    m_owner->addItem(tr("(nobody)"), ActionItemFilter::kNoOwner);
    for (const OwnerChoice& owner : m_model->owners())
        m_owner->addItem(owner.name, owner.id);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(std::max(0, index));
    if (index < 0 && current != ActionItemFilter::kAnyOwner)
        applyFilter(); // the owner chosen has no items any more
}

void ActionItemsView::applyFilter()
{
    const Id selected = selectedItem();
    ActionItemFilter filter;
    filter.status = ActionItemFilter::Status(m_status->currentData().toInt());
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    selectItem(selected);
    updateActions();
    updateCounts();
}

void ActionItemsView::updateActions()
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    const bool done = current && m_model->statusOf(current->item) == ActionStatus::Done;
    m_markDone->setEnabled(current && !done);
    m_reopen->setEnabled(current && done);
    m_edit->setEnabled(current != nullptr);
    m_delete->setEnabled(current != nullptr);
}

void ActionItemsView::updateCounts()
{
    const ActionItemCounts& counts = m_model->counts();
    const QLocale locale;
    m_counts->setText(tr("Open: %1, of which overdue: %2. Done: %3.")
                          .arg(locale.toString(counts.open), locale.toString(counts.overdue),
                               locale.toString(counts.done)));
    m_shown->setText(tr("Showing %1 of %n action item(s).", nullptr, m_model->totalCount())
                         .arg(locale.toString(m_model->rowCount())));
}

void ActionItemsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

Id ActionItemsView::selectedItem() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ActionItemModel::ItemIdRole).toLongLong() : 0;
}

bool ActionItemsView::selectItem(Id itemId)
{
    if (!itemId)
        return false;
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, ActionItemModel::TextColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool ActionItemsView::change(const QString& text, const std::optional<ActionItem>& after)
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    if (!current)
        return false;
    auto command = std::make_unique<ChangeCommand>(m_session, text);
    command->add(std::make_unique<ActionItemChange>(current->item, after));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed)
        m_session.report(pushed.error());
    return true;
}

bool ActionItemsView::markSelectedDone()
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    if (!current || m_model->statusOf(current->item) == ActionStatus::Done)
        return false;
    ActionItem after = current->item;
    after.doneOn = m_session.today();
    return change(tr("action item \"%1\" done").arg(ActionItemModel::shortText(after.text)), after);
}

bool ActionItemsView::reopenSelected()
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    if (!current || m_model->statusOf(current->item) != ActionStatus::Done)
        return false;
    ActionItem after = current->item;
    after.doneOn = QDate();
    return change(tr("reopening of action item \"%1\"").arg(ActionItemModel::shortText(after.text)),
                  after);
}

bool ActionItemsView::deleteSelected()
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    if (!current)
        return false;
    return change(
        tr("deletion of action item \"%1\"").arg(ActionItemModel::shortText(current->item.text)),
        std::nullopt);
}

bool ActionItemsView::editSelected()
{
    const ActionItemView* current = m_model->rowAt(m_table->currentIndex().row());
    if (!current)
        return false;
    auto created = ActionItemDialog::create(m_session, *current, this);
    if (!created) {
        m_session.report(created.error());
        return true;
    }
    const std::unique_ptr<ActionItemDialog> dialog(created.value());
    dialog->exec();
    return true;
}

} // namespace tavle::ui
