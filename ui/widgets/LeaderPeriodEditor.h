#pragma once

#include "models/LeaderPeriodModel.h"

#include <QWidget>

class QListWidget;
class QSpinBox;

namespace tavle::ui {

class EditableTableView;
class TableItemDelegate;

/// The rotating meeting leader of a series: a table of leader periods (person, from, to),
/// edited in place (Insert adds, Delete removes), and a helper that fills it with people in
/// turn, each for some months (RecurrenceRules::rotateLeaders).
class LeaderPeriodEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderPeriodEditor(QWidget* parent = nullptr);

    /// The people who can lead, by name; also the people offered for the rotation.
    void setPeople(const QList<Person>& people);
    void setPeriods(QList<LeaderPeriod> periods);
    /// Stores what an open cell editor holds: call before reading the periods to save them.
    void commit();
    /// The periods as edited (without an open cell: see commit()).
    const QList<LeaderPeriod>& periods() const { return m_model->periods(); }

    /// Where a new period starts when none is before it, and where a rotation starts and ends.
    void setSeriesDates(const QDate& first, const QDate& until);
    /// Replaces the periods with the checked people in turn, every rotationMonths() months
    /// from the series' first date until its end; false when nobody is checked.
    bool fillRotation();
    /// Checks a person for the rotation (tests, and callers that know who rotates).
    void setRotating(Id personId, bool rotating);
    int rotationMonths() const;
    void setRotationMonths(int months);

    LeaderPeriodModel* model() { return m_model; }
    EditableTableView* view() { return m_view; }
    QListWidget* rotationList() { return m_rotation; }

signals:
    void periodsChanged();

private:
    void addPeriod();
    void removePeriod(int row);

    LeaderPeriodModel* m_model;
    EditableTableView* m_view;
    TableItemDelegate* m_delegate;
    QListWidget* m_rotation;
    QSpinBox* m_months;
    QDate m_first;
    QDate m_until;
};

} // namespace tavle::ui
