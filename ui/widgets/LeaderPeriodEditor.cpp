#include "LeaderPeriodEditor.h"

#include "rules/Recurrence.h"
#include "widgets/EditableTable.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {
constexpr int kPersonIdRole = Qt::UserRole + 1;
}

LeaderPeriodEditor::LeaderPeriodEditor(QWidget* parent)
    : QWidget(parent), m_model(new LeaderPeriodModel(this)), m_view(new EditableTableView(this)),
      m_delegate(new TableItemDelegate(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("leaderTable"));
    m_view->setAccessibleName(tr("Meeting leaders"));
    m_view->setAccessibleDescription(
        tr("Insert adds a period, Delete removes one; Tab moves between its fields"));
    m_view->setModel(m_model);
    m_delegate->setPersonColumn(LeaderPeriodModel::PersonColumn, QString());
    m_delegate->setDateColumn(LeaderPeriodModel::FromColumn, false);
    m_delegate->setDateColumn(LeaderPeriodModel::ToColumn, false);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(LeaderPeriodModel::PersonColumn, QHeaderView::Stretch);
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 40;
    header->resizeSection(LeaderPeriodModel::FromColumn, dateWidth);
    header->resizeSection(LeaderPeriodModel::ToColumn, dateWidth);
    layout->addWidget(m_view, 2);
    connect(m_view, &EditableTableView::insertRequested, this, &LeaderPeriodEditor::addPeriod);
    connect(m_view, &EditableTableView::removeRequested, this, &LeaderPeriodEditor::removePeriod);
    connect(m_model, &LeaderPeriodModel::periodsChanged, this, &LeaderPeriodEditor::periodsChanged);

    auto* hint = new QLabel(tr("Insert adds a period, Delete removes it."), this);
    layout->addWidget(hint);
    hint->setObjectName(QStringLiteral("tableHint"));
    connect(m_delegate, &TableItemDelegate::dateRefused, hint, [hint](const QString& message) {
        hint->setText(message);
        hint->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    });

    auto* rotation = new QGridLayout;
    auto* rotateLabel = new QLabel(tr("R&otate among:"), this);
    m_rotation = new QListWidget(this);
    m_rotation->setObjectName(QStringLiteral("rotationPeople"));
    m_rotation->setAccessibleName(tr("People who lead in turn"));
    m_rotation->setToolTip(tr("Space checks a person; they lead in the order of the list."));
    rotateLabel->setBuddy(m_rotation);
    rotation->addWidget(rotateLabel, 0, 0, Qt::AlignTop);
    rotation->addWidget(m_rotation, 0, 1, 2, 1);

    auto* every = new QHBoxLayout;
    auto* everyLabel = new QLabel(tr("e&very"), this);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("rotationMonths"));
    m_months->setRange(1, 24);
    m_months->setValue(2);
    m_months->setAccessibleName(tr("Months each person leads"));
    everyLabel->setBuddy(m_months);
    auto* monthsLabel = new QLabel(this);
    auto updateMonths = [this, monthsLabel] {
        monthsLabel->setText(tr("month(s)", nullptr, m_months->value()));
    };
    updateMonths();
    connect(m_months, &QSpinBox::valueChanged, this, updateMonths);
    every->addWidget(everyLabel);
    every->addWidget(m_months);
    every->addWidget(monthsLabel);
    every->addStretch(1);
    auto* fill = new QPushButton(tr("Fill lead&ers"), this);
    fill->setObjectName(QStringLiteral("fillLeaders"));
    fill->setAutoDefault(false);
    fill->setToolTip(tr("From the first meeting until the end of the series, or for a year"));
    every->addWidget(fill);
    rotation->addLayout(every, 2, 1);
    rotation->setColumnStretch(1, 1);
    layout->addLayout(rotation, 1);
    connect(fill, &QPushButton::clicked, this, &LeaderPeriodEditor::fillRotation);
}

void LeaderPeriodEditor::setPeople(const QList<Person>& people)
{
    m_delegate->setPeople(people);
    QHash<Id, QString> names;
    QSet<Id> checked;
    for (int i = 0; i < m_rotation->count(); ++i) {
        if (m_rotation->item(i)->checkState() == Qt::Checked)
            checked.insert(m_rotation->item(i)->data(kPersonIdRole).toLongLong());
    }
    m_rotation->clear();
    for (const Person& p : people) {
        names.insert(p.id, p.name);
        auto* item = new QListWidgetItem(p.name, m_rotation);
        item->setData(kPersonIdRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_rotation->count() > 0)
        m_rotation->setCurrentRow(0);
    m_model->setNames(std::move(names));
}

void LeaderPeriodEditor::setPeriods(QList<LeaderPeriod> periods)
{
    m_model->setPeriods(std::move(periods));
}

void LeaderPeriodEditor::commit()
{
    m_view->commitOpenEditor();
}

void LeaderPeriodEditor::setSeriesDates(const QDate& first, const QDate& until)
{
    m_first = first;
    m_until = until;
}

bool LeaderPeriodEditor::fillRotation()
{
    QList<Id> persons;
    for (int i = 0; i < m_rotation->count(); ++i) {
        if (m_rotation->item(i)->checkState() == Qt::Checked)
            persons << m_rotation->item(i)->data(kPersonIdRole).toLongLong();
    }
    if (persons.isEmpty() || !m_first.isValid() || !m_until.isValid())
        return false;
    m_view->commitOpenEditor();
    m_model->setPeriods(
        RecurrenceRules::rotateLeaders(persons, m_first, m_until, m_months->value()));
    return true;
}

void LeaderPeriodEditor::setRotating(Id personId, bool rotating)
{
    for (int i = 0; i < m_rotation->count(); ++i) {
        QListWidgetItem* item = m_rotation->item(i);
        if (item->data(kPersonIdRole).toLongLong() == personId)
            item->setCheckState(rotating ? Qt::Checked : Qt::Unchecked);
    }
}

int LeaderPeriodEditor::rotationMonths() const
{
    return m_months->value();
}

void LeaderPeriodEditor::setRotationMonths(int months)
{
    m_months->setValue(months);
}

void LeaderPeriodEditor::addPeriod()
{
    m_view->commitOpenEditor();
    // A new period follows the last one, for two months; the first starts with the series.
    const QList<LeaderPeriod>& periods = m_model->periods();
    const QDate from = periods.isEmpty() ? m_first : periods.last().to.addDays(1);
    const int row = m_model->appendPeriod(from, from.addMonths(2).addDays(-1));
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->editCell(row, LeaderPeriodModel::PersonColumn);
}

void LeaderPeriodEditor::removePeriod(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->commitOpenEditor();
    m_model->removePeriod(row);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                               LeaderPeriodModel::PersonColumn));
    }
}

} // namespace tavle::ui
