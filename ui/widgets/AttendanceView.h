#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tavle::ui {

class AbsenceReportModel;
class AttendanceChart;
class PersonAttendanceModel;
class Session;
class Settings;

/// Attendance over time: per series (a chart), each person's attendance rate, and an
/// absence report for a period, exportable to CSV. A series of the department (or all its
/// meetings) and a period (the last 6 months by default) are chosen at the top; the chart, the
/// table of people and the absence report all show the held meetings of that choice. Loads
/// synchronously and only while on screen, like the other views.
class AttendanceView : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~AttendanceView() override;

    /// Reads the view again from the database; loaded() follows.
    void reload();
    void saveState();

    QComboBox* seriesCombo() { return m_series; }
    QDateEdit* fromEdit() { return m_from; }
    QDateEdit* toEdit() { return m_to; }
    AttendanceChart* chart() { return m_chart; }
    PersonAttendanceModel* personModel() { return m_people; }
    QTableView* personTable() { return m_personTable; }
    AbsenceReportModel* absenceModel() { return m_absences; }
    QTableView* absenceTable() { return m_absenceTable; }
    QPushButton* exportButton() { return m_export; }

    /// The series chosen; 0 for all meetings of the department.
    Id chosenSeries() const;
    /// Chooses a series (0: all meetings); false when it is not offered.
    bool chooseSeries(Id seriesId);
    /// Sets the period and shows it.
    void setPeriod(const QDate& from, const QDate& to);

    /// Asks where to save the absence report, and saves it.
    void exportAbsences();
    /// Writes the absence report as shown to `path` as CSV (RFC 4180, UTF-8 with a BOM so
    /// that Excel reads the Danish letters), replacing the file only once it is all written.
    Status writeAbsences(const QString& path) const;

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildPersonPane();
    QWidget* buildAbsencePane();
    void restoreState();
    void reloadWhenShown();
    /// Sets the period's fields without loading.
    void showPeriod(const QDate& from, const QDate& to);
    /// Fills the series chooser again, keeping the choice; an error when it cannot be read.
    Status loadSeries();
    void loadAttendance();

    Session& m_session;
    Settings& m_settings;
    PersonAttendanceModel* m_people;
    AbsenceReportModel* m_absences;
    QComboBox* m_series = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    AttendanceChart* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_tables = nullptr;
    QTableView* m_personTable = nullptr;
    QTableView* m_absenceTable = nullptr;
    QLabel* m_personSummary = nullptr;
    QLabel* m_absenceSummary = nullptr;
    QPushButton* m_export = nullptr;
    bool m_stale = true;
    bool m_loading = false;
};

} // namespace tavle::ui
