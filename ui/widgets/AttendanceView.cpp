#include "AttendanceView.h"

#include "Session.h"
#include "Settings.h"
#include "dialogs/DialogParts.h"
#include "models/AttendanceData.h"
#include "storage/MeetingSeriesRepository.h"
#include "widgets/AttendanceChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QTableView* makeTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* paneTitle(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

/// Sizes the columns of a table to fit sample texts and its header, in the current language.
void fitColumns(QTableView* table, const QList<std::pair<int, QString>>& samples)
{
    const QFontMetrics metrics = table->fontMetrics();
    for (const auto& [column, text] : samples) {
        const int title = metrics.horizontalAdvance(
                              table->model()->headerData(column, Qt::Horizontal).toString()) +
                          28; // room for the sort arrow
        table->horizontalHeader()->resizeSection(
            column, std::max(title, metrics.horizontalAdvance(text) + 18));
    }
}

} // namespace

AttendanceView::AttendanceView(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_people(new PersonAttendanceModel(this)), m_absences(new AbsenceReportModel(this))
{
    setObjectName(QStringLiteral("attendanceView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    m_chart = new AttendanceChart(this);
    m_tables = new QSplitter(Qt::Horizontal, this);
    m_tables->setObjectName(QStringLiteral("attendanceTables"));
    m_tables->setChildrenCollapsible(false);
    m_tables->addWidget(buildPersonPane());
    m_tables->addWidget(buildAbsencePane());
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("attendanceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_tables);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    restoreState();
    showPeriod(m_session.today().addMonths(-6), m_session.today());

    connect(&m_session, &Session::dataChanged, this, &AttendanceView::reloadWhenShown);
    connect(&m_session, &Session::databaseOpened, this, &AttendanceView::reloadWhenShown);
    connect(&m_session, &Session::departmentChanged, this, &AttendanceView::reloadWhenShown);
    connect(&m_session, &Session::todayChanged, this, [this] {
        showPeriod(m_session.today().addMonths(-6), m_session.today());
        reloadWhenShown();
    });
}

AttendanceView::~AttendanceView() = default;

QWidget* AttendanceView::buildControls()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_series = new QComboBox(box);
    m_series->setObjectName(QStringLiteral("attendanceSeries"));
    m_series->setAccessibleName(tr("Series"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* seriesLabel = new QLabel(tr("&Series:"), box);
    seriesLabel->setBuddy(m_series);
    row->addWidget(seriesLabel);
    row->addWidget(m_series);

    m_from = DialogParts::dateEdit(QStringLiteral("attendanceFrom"), box);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to = DialogParts::dateEdit(QStringLiteral("attendanceTo"), box);
    m_to->setAccessibleName(tr("Last day of the period"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000")) +
                              48);
    auto* fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), box);
    toLabel->setBuddy(m_to);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    auto* lastMonths = new QPushButton(tr("Last &6 months"), box);
    lastMonths->setObjectName(QStringLiteral("attendanceLastSixMonths"));
    lastMonths->setToolTip(tr("The period from 6 months ago up to today"));
    row->addWidget(lastMonths);
    row->addStretch(1);

    connect(m_series, &QComboBox::currentIndexChanged, this, &AttendanceView::loadAttendance);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& from) {
        m_to->setMinimumDate(from); // the end moves along when the start passes it
        loadAttendance();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &AttendanceView::loadAttendance);
    connect(lastMonths, &QPushButton::clicked, this,
            [this] { setPeriod(m_session.today().addMonths(-6), m_session.today()); });
    return box;
}

QWidget* AttendanceView::buildPersonPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 6, 0);
    m_personTable =
        makeTable(QStringLiteral("attendancePersonTable"), tr("Attendance per person"), pane);
    m_personTable->setModel(m_people);
    m_personTable->sortByColumn(PersonAttendanceModel::RateColumn, Qt::AscendingOrder);
    fitColumns(m_personTable,
               {{PersonAttendanceModel::NameColumn, QStringLiteral("Anne-Sofie Søndergaard")},
                {PersonAttendanceModel::ExpectedColumn, QStringLiteral("000")},
                {PersonAttendanceModel::PresentColumn, QStringLiteral("000")},
                {PersonAttendanceModel::AbsentColumn, QStringLiteral("000")},
                {PersonAttendanceModel::ExcusedColumn, QStringLiteral("000")},
                {PersonAttendanceModel::RateColumn, QStringLiteral("100 %")}});
    layout->addWidget(paneTitle(tr("Attendance per &person"), m_personTable, pane));
    layout->addWidget(m_personTable, 1);
    m_personSummary = new QLabel(pane);
    m_personSummary->setObjectName(QStringLiteral("attendancePersonSummary"));
    m_personSummary->setWordWrap(true);
    layout->addWidget(m_personSummary);
    return pane;
}

QWidget* AttendanceView::buildAbsencePane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 0);
    m_absenceTable = makeTable(QStringLiteral("absenceReportTable"), tr("Absence report"), pane);
    m_absenceTable->setModel(m_absences);
    m_absenceTable->sortByColumn(AbsenceReportModel::NameColumn, Qt::AscendingOrder);
    fitColumns(
        m_absenceTable,
        {{AbsenceReportModel::NameColumn, QStringLiteral("Anne-Sofie Søndergaard")},
         {AbsenceReportModel::DateColumn, QStringLiteral("00-00-0000")},
         {AbsenceReportModel::MeetingColumn, QStringLiteral("Uddannelsesteammøde")},
         {AbsenceReportModel::AbsenceColumn, AbsenceReportModel::absenceText(Attendance::Excused)},
         {AbsenceReportModel::DepartmentColumn, QStringLiteral("Neurologisk afdeling")}});
    layout->addWidget(paneTitle(tr("A&bsence report"), m_absenceTable, pane));
    layout->addWidget(m_absenceTable, 1);
    auto* row = new QHBoxLayout;
    m_absenceSummary = new QLabel(pane);
    m_absenceSummary->setObjectName(QStringLiteral("absenceReportSummary"));
    m_absenceSummary->setWordWrap(true);
    row->addWidget(m_absenceSummary, 1);
    m_export = new QPushButton(tr("E&xport CSV..."), pane);
    m_export->setObjectName(QStringLiteral("exportAbsences"));
    m_export->setToolTip(tr("Save the absence report as shown, for Excel or for the region"));
    row->addWidget(m_export);
    layout->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, &AttendanceView::exportAbsences);
    return pane;
}

void AttendanceView::restoreState()
{
    const std::pair<QString, QTableView*> tables[] = {
        {QStringLiteral("attendance/people"), m_personTable},
        {QStringLiteral("attendance/absences"), m_absenceTable},
    };
    for (const auto& [name, table] : tables) {
        const QByteArray state = m_settings.viewState(name);
        QHeaderView* header = table->horizontalHeader();
        if (!state.isEmpty() && header->restoreState(state))
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    const std::pair<QString, QSplitter*> splitters[] = {
        {QStringLiteral("attendance/splitter"), m_splitter},
        {QStringLiteral("attendance/tables"), m_tables},
    };
    for (const auto& [name, splitter] : splitters) {
        const QByteArray state = m_settings.viewState(name);
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

void AttendanceView::saveState()
{
    m_settings.setViewState(QStringLiteral("attendance/people"),
                            m_personTable->horizontalHeader()->saveState());
    m_settings.setViewState(QStringLiteral("attendance/absences"),
                            m_absenceTable->horizontalHeader()->saveState());
    m_settings.setViewState(QStringLiteral("attendance/splitter"), m_splitter->saveState());
    m_settings.setViewState(QStringLiteral("attendance/tables"), m_tables->saveState());
}

void AttendanceView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AttendanceView::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void AttendanceView::showPeriod(const QDate& from, const QDate& to)
{
    m_loading = true;
    m_to->setMinimumDate(QDate(1900, 1, 1));
    m_from->setDate(from);
    m_to->setMinimumDate(from);
    m_to->setDate(to);
    m_loading = false;
}

void AttendanceView::setPeriod(const QDate& from, const QDate& to)
{
    showPeriod(from, to);
    loadAttendance();
}

Id AttendanceView::chosenSeries() const
{
    return m_series->currentData().toLongLong();
}

bool AttendanceView::chooseSeries(Id seriesId)
{
    const int index = m_series->findData(seriesId);
    if (index < 0)
        return false;
    m_series->setCurrentIndex(index);
    return true;
}

void AttendanceView::reload()
{
    m_stale = false;
    if (!m_session.isOpen()) {
        m_series->clear();
        emit loaded();
        return;
    }
    if (const auto loadedSeries = loadSeries(); !loadedSeries) {
        m_session.report(loadedSeries.error());
        emit loaded();
        return;
    }
    loadAttendance();
    emit loaded();
}

Status AttendanceView::loadSeries()
{
    const Id departmentId = m_session.departmentId();
    const auto series = MeetingSeriesRepository(m_session.database()).all(departmentId);
    if (!series)
        return series.error();
    QHash<Id, QString> departmentNames;
    if (!departmentId) {
        const auto departments = m_session.departments();
        if (!departments)
            return departments.error();
        for (const Department& d : departments.value())
            departmentNames.insert(d.id, d.name);
    }
    const bool chosenBefore = m_series->count() > 0;
    const Id current = chosenSeries();
    m_loading = true;
    m_series->clear();
    for (const MeetingSeries& s : series.value()) {
        m_series->addItem(departmentId
                              ? s.title
                              : tr("%1 (%2)").arg(s.title, departmentNames.value(s.departmentId)),
                          s.id);
    }
    m_series->addItem(departmentId ? tr("All meetings of the department")
                                   : tr("All meetings of every department"),
                      Id(0));
    const int index = chosenBefore ? m_series->findData(current) : 0;
    m_series->setCurrentIndex(std::max(0, index));
    m_loading = false;
    return {};
}

void AttendanceView::loadAttendance()
{
    if (m_loading || m_stale || !m_session.isOpen() || m_series->count() == 0)
        return;
    const Id departmentId = m_session.departmentId();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto loadedData =
        AttendanceData::load(m_session.database(), from, to, departmentId, chosenSeries());
    if (!loadedData) {
        m_session.report(loadedData.error());
        return;
    }
    const AttendanceData& d = loadedData.value();
    const QString period =
        tr("from %1 to %2").arg(DialogParts::dateText(from), DialogParts::dateText(to));
    m_chart->setMeetings(d.meetings, tr("%1: attendance %2").arg(m_series->currentText(), period),
                         tr("%1: no meeting was held %2.").arg(m_series->currentText(), period));

    m_people->setRows(d.people);
    m_personSummary->setText(
        d.meetings.isEmpty()
            ? tr("No held meetings in the period.")
            : tr("%n held meeting(s); present at %1 of %2 expected places (%3).", nullptr,
                 int(d.meetings.size()))
                  .arg(QLocale().toString(d.total.present), QLocale().toString(d.total.expected()),
                       PersonAttendanceModel::rateText(d.total.rate())));

    m_absences->setRows(d.absences);
    m_absenceTable->setColumnHidden(AbsenceReportModel::DepartmentColumn, departmentId != 0);
    m_absenceSummary->setText(
        tr("%1 absent, %2 excused, %n person(s).", nullptr, m_absences->personCount())
            .arg(QLocale().toString(m_absences->absentCount()),
                 QLocale().toString(m_absences->excusedCount())));
}

void AttendanceView::exportAbsences()
{
    QFileDialog dialog(this, tr("Export absence report"));
    dialog.setObjectName(QStringLiteral("exportAbsencesDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(
        tr("absence-report-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    if (const auto written = writeAbsences(dialog.selectedFiles().constFirst()); !written)
        m_session.report(written.error());
}

Status AttendanceView::writeAbsences(const QString& path) const
{
    QSaveFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("Could not write the absence report to %1: %2. Choose another folder.")
                         .arg(where, file.errorString())};
    }
    QByteArray bytes("\xEF\xBB\xBF"); // a BOM: Excel then reads the file as UTF-8
    bytes += m_absences->toCsv().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{tr("Could not write the absence report to %1: %2. Choose another folder.")
                         .arg(where, file.errorString())};
    }
    return {};
}

} // namespace tavle::ui
