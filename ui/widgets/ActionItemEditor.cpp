#include "ActionItemEditor.h"

#include "widgets/EditableTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tavle::ui {

ActionItemEditor::ActionItemEditor(QWidget* parent)
    : QWidget(parent), m_model(new ActionItemTableModel(this)), m_view(new EditableTableView(this)),
      m_delegate(new TableItemDelegate(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("actionItemTable"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setAccessibleDescription(
        tr("Insert adds an action item, Delete removes one; Tab moves between its fields"));
    m_view->setModel(m_model);
    m_delegate->setPersonColumn(ActionItemTableModel::OwnerColumn, tr("(nobody yet)"));
    m_delegate->setDateColumn(ActionItemTableModel::DueColumn, true);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ActionItemTableModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(ActionItemTableModel::OwnerColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("Anne-Sofie Mikkelsen")));
    header->resizeSection(ActionItemTableModel::DueColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 40);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("Insert adds an item, Delete removes it, Tab moves between fields."), this);
    hint->setWordWrap(true);
    row->addWidget(hint, 1);
    hint->setObjectName(QStringLiteral("tableHint"));
    connect(m_delegate, &TableItemDelegate::dateRefused, hint, [hint](const QString& message) {
        hint->setText(message);
        hint->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    });
    auto* add = new QPushButton(tr("Add item"), this);
    add->setObjectName(QStringLiteral("addActionItem"));
    add->setAutoDefault(false);
    add->setFocusPolicy(Qt::ClickFocus); // the keyboard has Insert
    auto* remove = new QPushButton(tr("Remove item"), this);
    remove->setObjectName(QStringLiteral("removeActionItem"));
    remove->setAutoDefault(false);
    remove->setFocusPolicy(Qt::ClickFocus);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);

    connect(m_view, &EditableTableView::insertRequested, this, &ActionItemEditor::addItem);
    connect(m_view, &EditableTableView::removeRequested, this, &ActionItemEditor::removeItem);
    connect(add, &QPushButton::clicked, this, &ActionItemEditor::addItem);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeItem(m_view->currentIndex().row()); });
}

void ActionItemEditor::setPeople(const QList<Person>& people)
{
    m_delegate->setPeople(people);
    QHash<Id, QString> names;
    for (const Person& p : people)
        names.insert(p.id, p.name);
    m_model->setNames(std::move(names));
}

void ActionItemEditor::setItems(QList<ActionItem> items)
{
    m_model->setItems(std::move(items));
}

void ActionItemEditor::commit()
{
    m_view->commitOpenEditor();
}

QList<ActionItem> ActionItemEditor::items() const
{
    QList<ActionItem> items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isBlank(row))
            items << m_model->items().at(row);
    }
    return items;
}

int ActionItemEditor::firstWithoutText() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isBlank(row) && m_model->items().at(row).text.trimmed().isEmpty())
            return row;
    }
    return -1;
}

void ActionItemEditor::editText(int row)
{
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->editCell(row, ActionItemTableModel::TextColumn);
}

void ActionItemEditor::addItem()
{
    m_view->commitOpenEditor();
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->insertItem(current.isValid() ? current.row() + 1 : -1);
    editText(row);
}

void ActionItemEditor::removeItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->commitOpenEditor();
    m_model->removeItem(row);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                               ActionItemTableModel::TextColumn));
    }
}

} // namespace tavle::ui
