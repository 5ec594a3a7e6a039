#include "AttendanceChecklist.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tavle::ui {

AttendanceChecklist::AttendanceChecklist(QWidget* parent)
    : QWidget(parent), m_model(new AttendanceListModel(this)), m_names(new QStringListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attendanceList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Attendance"));
    m_view->setAccessibleDescription(tr("Arrow keys move; %1").arg(AttendanceListModel::keyHint()));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(AttendanceListModel::PersonColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AttendanceListModel::AttendanceColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { m_model->cycleStatus(index.row()); });

    auto* addRow = new QHBoxLayout;
    auto* addLabel = new QLabel(tr("A&dd person:"), this);
    m_add = new QLineEdit(this);
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_add->setPlaceholderText(tr("Name of someone else who came, then Enter"));
    m_add->setAccessibleName(tr("Add a person by name"));
    addLabel->setBuddy(m_add);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_add->setCompleter(m_completer);
    // Choosing a name from the list adds the person at once.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& name) {
                if (addByName(name))
                    m_add->clear();
            });
    addRow->addWidget(addLabel);
    addRow->addWidget(m_add, 1);
    layout->addLayout(addRow);
    m_add->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    layout->addWidget(m_summary);

    connect(m_model, &AttendanceListModel::attendanceChanged, this,
            &AttendanceChecklist::updateSummary);
    updateSummary();
}

void AttendanceChecklist::setCandidates(const QList<Person>& people)
{
    m_candidates = people;
    QStringList names;
    for (const Person& p : people)
        names << p.name;
    m_names->setStringList(names);
}

void AttendanceChecklist::setRows(QList<AttendanceListModel::Row> rows)
{
    m_model->setRows(std::move(rows));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, AttendanceListModel::PersonColumn));
}

bool AttendanceChecklist::addByName(const QString& name)
{
    const QString wanted = name.simplified();
    for (const Person& p : std::as_const(m_candidates)) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        m_model->addPerson(p.id, p.name);
        const int row = m_model->rowOf(p.id);
        m_view->setCurrentIndex(m_model->index(row, AttendanceListModel::PersonColumn));
        return true;
    }
    return false;
}

void AttendanceChecklist::addTyped()
{
    const QString text = m_add->text().simplified();
    if (text.isEmpty())
        return;
    // A unique partial match is enough: "ågaa" adds Søren Ågaard.
    QString name = text;
    if (!addByName(name)) {
        QStringList matches;
        for (const Person& p : std::as_const(m_candidates)) {
            if (p.name.contains(text, Qt::CaseInsensitive))
                matches << p.name;
        }
        if (matches.size() != 1) {
            m_summary->setText(
                matches.isEmpty()
                    ? tr("Nobody of the department is called %1.").arg(text)
                    : tr("%n people match %1: type more of the name.", nullptr, int(matches.size()))
                          .arg(text));
            return;
        }
        addByName(matches.first());
    }
    m_add->clear();
}

bool AttendanceChecklist::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_add) {
        // Enter adds the person; it never reaches the dialog's buttons.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            addTyped();
            return true;
        }
        return false;
    }
    if (watched != m_view || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return false;
    // The status keys are the translation's letters (P/A/E in English, T/F/A in Danish).
    const QString typed = key->text().toUpper();
    for (const Attendance status : {Attendance::Present, Attendance::Absent, Attendance::Excused}) {
        if (typed.size() == 1 && typed.at(0) == AttendanceListModel::statusKey(status)) {
            m_model->setStatus(row, status);
            return true;
        }
    }
    switch (key->key()) {
    case Qt::Key_Space:
        m_model->cycleStatus(row);
        return true;
    case Qt::Key_Delete:
        m_model->removeRow(row);
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                                   AttendanceListModel::PersonColumn));
        }
        return true;
    default:
        return false;
    }
}

void AttendanceChecklist::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Nobody on the list: add people by name."));
        return;
    }
    m_summary->setText(tr("%1 present, %2 absent, %3 excused")
                           .arg(m_model->count(Attendance::Present))
                           .arg(m_model->count(Attendance::Absent))
                           .arg(m_model->count(Attendance::Excused)));
}

} // namespace tavle::ui
