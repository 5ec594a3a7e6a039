#include "CalendarExportDialog.h"

#include "Session.h"
#include "dialogs/DialogParts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // the quieter colour of a hint
    return label;
}

} // namespace

CalendarExportDialog::CalendarExportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export calendar"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Writes the open expectation-meeting deadlines, the meetings from %1 on and the series "
           "with their meeting leaders to an iCalendar file (.ics) for Outlook or Thunderbird. "
           "Export again to bring that calendar up to date: the events keep their identity, so "
           "they are updated, not added twice.")
            .arg(DialogParts::dateText(m_session.today())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString& label, QWidget* buddy, QLayout* fieldLayout) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        if (fieldLayout)
            form->addRow(text, fieldLayout);
        else
            form->addRow(text, buddy);
    };

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(defaultPath(), this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setAutoDefault(false);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    addRow(tr("&File:"), m_path, fileRow);

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setAccessibleName(tr("Department"));
    m_department->addItem(tr("All departments"), Id(0));
    m_error = DialogParts::errorLabel(this);
    if (m_session.isOpen()) {
        const auto departments = m_session.departments();
        if (departments) {
            for (const Department& d : departments.value())
                m_department->addItem(d.name, d.id);
        } else {
            DialogParts::showError(m_error, departments.errorMessage());
        }
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(m_session.departmentId())));
    addRow(tr("&Department:"), m_department, nullptr);

    const CalendarOptions defaults;
    m_deadlineReminder = new QSpinBox(this);
    m_deadlineReminder->setObjectName(QStringLiteral("deadlineReminder"));
    m_deadlineReminder->setAccessibleName(tr("Reminder before a deadline, in days"));
    m_deadlineReminder->setRange(0, kMaxDeadlineReminderDays);
    m_deadlineReminder->setSpecialValueText(tr("No reminder"));
    m_deadlineReminder->setValue(defaults.deadlineReminderDays);
    addRow(tr("Reminder before a dead&line (days):"), m_deadlineReminder, nullptr);

    m_meetingReminder = new QSpinBox(this);
    m_meetingReminder->setObjectName(QStringLiteral("meetingReminder"));
    m_meetingReminder->setAccessibleName(tr("Reminder before a meeting, in minutes"));
    m_meetingReminder->setRange(0, kMaxMeetingReminderMinutes);
    m_meetingReminder->setSingleStep(5);
    m_meetingReminder->setSpecialValueText(tr("No reminder"));
    m_meetingReminder->setValue(defaults.meetingReminderMinutes);
    addRow(tr("Reminder before a &meeting (minutes):"), m_meetingReminder, nullptr);
    for (QSpinBox* spin : {m_deadlineReminder, m_meetingReminder}) {
        spin->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No reminder")) + 48);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    layout->addLayout(form);

    m_includeNotes = new QCheckBox(tr("Include meeting &notes and decisions"), this);
    m_includeNotes->setObjectName(QStringLiteral("includeNotes"));
    m_includeNotes->setChecked(defaults.includeNotes);
    layout->addWidget(m_includeNotes);
    layout->addWidget(hint(tr("Notes and decisions are personal data about the people in the "
                              "meetings. Leave them out of a calendar that others can see or "
                              "that is kept in a cloud service."),
                           this));

    layout->addWidget(m_error);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("close"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &CalendarExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CalendarExportDialog::exportCalendar);
    connect(m_close, &QPushButton::clicked, this, &CalendarExportDialog::reject);
    // A changed choice makes the last result stale.
    auto stale = [this] {
        m_result->hide();
    };
    connect(m_path, &QLineEdit::textEdited, this, stale);
    connect(m_department, &QComboBox::currentIndexChanged, this, stale);
    connect(m_includeNotes, &QCheckBox::toggled, this, stale);
    m_path->setFocus(Qt::OtherFocusReason);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

QString CalendarExportDialog::defaultPath()
{
    return QDir::toNativeSeparators(QDir(documentsFolder()).filePath(QStringLiteral("tavle.ics")));
}

CalendarOptions CalendarExportDialog::options() const
{
    CalendarOptions options;
    options.today = m_session.today();
    options.departmentId = m_department->currentData().toLongLong();
    options.deadlineReminderDays = m_deadlineReminder->value();
    options.meetingReminderMinutes = m_meetingReminder->value();
    options.includeNotes = m_includeNotes->isChecked();
    return options;
}

QString CalendarExportDialog::chosenPath() const
{
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QDir(documentsFolder()).absoluteFilePath(text));
}

void CalendarExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export calendar"), chosenPath().isEmpty() ? defaultPath() : chosenPath(),
        tr("iCalendar files (*.ics)"));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    m_path->setText(QDir::toNativeSeparators(path));
    m_result->hide();
}

void CalendarExportDialog::fitHeight()
{
    // Grow to show a result or an error whole, instead of squeezing the fields.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

bool CalendarExportDialog::exportCalendar()
{
    m_error->hide();
    m_result->hide();
    const QString path = chosenPath();
    if (path.isEmpty()) {
        DialogParts::showError(m_error, tr("Choose the file to write the calendar to."), m_path);
        fitHeight();
        return false;
    }
    if (!m_session.isOpen()) {
        DialogParts::showError(m_error, tr("Open a database first."));
        return false;
    }
    CalendarCounts counts;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = CalendarExport::write(m_session.database(), options(), path, &counts);
    QApplication::restoreOverrideCursor();
    if (!written) {
        DialogParts::showError(m_error, written.errorMessage(),
                               written.error().kind == Error::Kind::Failure ? m_path : nullptr);
        fitHeight();
        return false;
    }
    m_result->setText(tr("Wrote the calendar to %1.\nEvents: %2 (deadlines: %3, meetings: %4, "
                         "series: %5). Import the file in Outlook or Thunderbird.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(counts.total())
                          .arg(counts.deadlines)
                          .arg(counts.meetings)
                          .arg(counts.series));
    m_result->show();
    fitHeight();
    m_close->setText(tr("&Close"));
    m_close->setDefault(true);
    m_close->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace tavle::ui
