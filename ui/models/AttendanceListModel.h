#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace tavle::ui {

/// The attendance checklist of a meeting being logged: one row per expected person, with
/// whether they came (present, absent, excused). The rows keep the order they were given in.
class AttendanceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        AttendanceColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1, ///< Id of the row's person
        AttendanceRole                   ///< int(Attendance)
    };

    /// A person on the list.
    struct Row
    {
        Id personId = 0;
        QString name;
        Attendance status = Attendance::Present;
    };

    explicit AttendanceListModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    QList<Attendee> attendees() const;
    /// The row of a person, or -1.
    int rowOf(Id personId) const;

    /// Adds a person at the end, present; false when they are on the list already.
    bool addPerson(Id personId, const QString& name);
    void removeRow(int row);
    void setStatus(int row, Attendance status);
    /// Present, then absent, then excused, then present again.
    void cycleStatus(int row);
    int count(Attendance status) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(Attendance status);

    /// The key that marks a person with a status in the checklist: P, A, E in English; the

    /// translation chooses its own letters (Danish T, F, A), upper case.

    static QChar statusKey(Attendance status);

    /// "P: present, A: absent, E: excused, Space: the next of these", with the keys in use.

    static QString keyHint();
    static QIcon statusIcon(Attendance status);

signals:
    /// The statuses or the people changed.
    void attendanceChanged();

private:
    QList<Row> m_rows;
};

} // namespace tavle::ui
