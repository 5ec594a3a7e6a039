#pragma once

#include "models/AttendanceListModel.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTableView;

namespace tavle::ui {

/// Who came to a meeting, from the keyboard: the expected people in a list where the arrow
/// keys move, P, A and E mark present, absent and excused, Space goes to the next of these
/// and Delete takes a person off the list; below it a field to add another person by name.
class AttendanceChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceChecklist(QWidget* parent = nullptr);

    /// The people who can be added by name.
    void setCandidates(const QList<Person>& people);
    void setRows(QList<AttendanceListModel::Row> rows);
    QList<Attendee> attendees() const { return m_model->attendees(); }

    AttendanceListModel* model() { return m_model; }
    QTableView* view() { return m_view; }
    QLineEdit* addField() { return m_add; }
    /// Adds a candidate by name (as typed, any case); false when no candidate has it.
    bool addByName(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();
    void updateSummary();

    AttendanceListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_add;
    QCompleter* m_completer;
    QStringListModel* m_names;
    QLabel* m_summary;
    QList<Person> m_candidates;
};

} // namespace tavle::ui
