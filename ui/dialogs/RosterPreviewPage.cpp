#include "RosterPreviewPage.h"

#include "RosterImport.h"
#include "Session.h"
#include "models/RosterPreviewModel.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tavle::ui {

RosterPreviewPage::RosterPreviewPage(Session& session, RosterImport& import, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_import(import),
      m_model(new RosterPreviewModel(this))
{
    setTitle(tr("Check what the import does"));
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_onlyProblems = new QCheckBox(tr("Show only rows with &problems"), this);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    layout->addWidget(m_onlyProblems);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Roster preview"));
    m_table->setAccessibleDescription(
        tr("Every row of the file with what the import does on it; rows with a problem are "
           "marked and not imported."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Several changes or problems on one line show one under the other.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_choiceBox = new QWidget(this);
    auto* choiceLayout = new QVBoxLayout(m_choiceBox);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceText = new QLabel(m_choiceBox);
    m_choiceText->setObjectName(QStringLiteral("choiceText"));
    m_choiceText->setWordWrap(true);
    choiceLayout->addWidget(m_choiceText);
    m_importNothing = new QRadioButton(
        tr("Import &nothing; correct the file first (then choose Back and pick the corrected "
           "file)"),
        m_choiceBox);
    m_importNothing->setObjectName(QStringLiteral("importNothing"));
    choiceLayout->addWidget(m_importNothing);
    m_importValid = new QRadioButton(m_choiceBox);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    choiceLayout->addWidget(m_importValid);
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_importNothing);
    choices->addButton(m_importValid);
    layout->addWidget(m_choiceBox);

    m_undoNote =
        new QLabel(tr("An import cannot be undone with Ctrl+Z; you saw every change above."), this);
    m_undoNote->setObjectName(QStringLiteral("undoNote"));
    m_undoNote->setWordWrap(true);
    layout->addWidget(m_undoNote);

    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &RosterPreviewModel::setOnlyProblems);
    connect(m_importValid, &QRadioButton::toggled, this, &RosterPreviewPage::updateChoice);
}

RosterPreviewPage::Choice RosterPreviewPage::choice() const
{
    if (m_model->problemCount() == 0)
        return Choice::ImportAll;
    return m_validRows > 0 && m_importValid->isChecked() ? Choice::ImportValidOnly
                                                         : Choice::ImportNothing;
}

void RosterPreviewPage::setChoice(Choice choice)
{
    if (choice == Choice::ImportValidOnly)
        m_importValid->setChecked(true);
    else if (choice == Choice::ImportNothing)
        m_importNothing->setChecked(true);
}

void RosterPreviewPage::initializePage()
{
    const QFileInfo file(m_import.path);
    const ParsedRoster& roster = m_import.roster;
    setSubTitle(tr("%1: read as %2, with %3 between the columns. Nothing has been written yet.")
                    .arg(file.fileName(), roster.encoding,
                         roster.separator == QLatin1Char(',') ? tr("commas") : tr("semicolons")));
    m_message->hide();
    m_onlyProblems->setChecked(false);
    m_importNothing->setChecked(true); // all or nothing unless the user chooses otherwise

    // A dry run of the valid rows: the importer applies them in a transaction and rolls it
    // back, so the preview shows exactly what an import does, against the data as it is now.
    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = true;
    const auto preview = m_session.isOpen()
                             ? RosterImporter::importRoster(m_session.database(), roster, options)
                             : Result<ImportReport>(Error{tr("No database is open.")});
    m_previewed = preview.ok();
    if (!preview) {
        m_message->showError(tr("The preview could not be made, so nothing can be imported: %1")
                                 .arg(preview.errorMessage()));
    }
    showPreview(m_previewed ? preview.value() : ImportReport{});
}

void RosterPreviewPage::showPreview(const ImportReport& preview)
{
    m_model->setLines(m_previewed ? RosterPreviewModel::linesOf(m_import.roster, preview)
                                  : QList<PreviewLine>());
    const int total = m_model->totalCount();
    const int bad = m_model->problemCount();
    m_validRows = total - bad;

    QString summary =
        tr("%1: %2").arg(tr("%n row(s)", nullptr, total), ImportCounts::placements(preview));
    if (bad > 0)
        summary = tr("%1; %2").arg(summary, tr("%n row(s) with problems", nullptr, bad));
    const QString others = ImportCounts::personsAndDepartments(preview);
    if (!others.isEmpty())
        summary += QLatin1Char('\n') + tr("Besides the placements: %1.").arg(others);
    if (bad == 0 && preview.changes.isEmpty())
        summary += QLatin1Char('\n') + tr("Tavle already holds everything in the file.");
    m_summary->setText(summary);
    m_summary->setVisible(m_previewed);

    m_onlyProblems->setVisible(bad > 0);
    m_table->setColumnHidden(RosterPreviewModel::ProblemColumn, bad == 0);
    fitColumns();

    m_choiceBox->setVisible(m_previewed && bad > 0);
    if (m_validRows > 0) {
        m_choiceText->setText(tr("The import is all or nothing: as %n row(s) have problems, "
                                 "nothing is imported unless you choose to leave them out.",
                                 nullptr, bad));
    } else {
        m_choiceText->setText(tr("None of the rows can be imported. Correct the file, then "
                                 "choose Back and pick it again."));
    }
    m_importNothing->setVisible(m_validRows > 0);
    m_importValid->setVisible(m_validRows > 0);
    m_importValid->setText(tr("Import &only the %n valid row(s), and leave out the rows with "
                              "problems",
                              nullptr, m_validRows));
    updateChoice();
}

void RosterPreviewPage::fitColumns()
{
    // Wide enough for the usual names and dates; long texts wrap instead of pushing the other
    // columns out of sight.
    QHeaderView* header = m_table->horizontalHeader();
    const int em = fontMetrics().averageCharWidth();
    for (int column = 0; column < RosterPreviewModel::ColumnCount; ++column) {
        int cap = 24 * em;
        if (column == RosterPreviewModel::ProblemColumn)
            cap = 36 * em;
        else if (column == RosterPreviewModel::ChangeColumn)
            cap = 44 * em;
        m_table->resizeColumnToContents(column);
        if (header->sectionSize(column) > cap)
            header->resizeSection(column, cap);
    }
}

void RosterPreviewPage::updateChoice()
{
    const Choice chosen = choice();
    m_undoNote->setVisible(m_previewed && chosen != Choice::ImportNothing);
    // A commit page: after the import, Back cannot undo it. Setting it also makes the wizard
    // ask nextId() again, so the button reads Import or Finish as the choice says.
    setCommitPage(m_previewed && chosen != Choice::ImportNothing);
}

int RosterPreviewPage::nextId() const
{
    // Without a preview there is nothing to import: Finish closes, Back picks another file.
    if (!m_previewed || choice() == Choice::ImportNothing)
        return -1;
    return QWizardPage::nextId();
}

bool RosterPreviewPage::validatePage()
{
    if (nextId() == -1)
        return true; // Finish: nothing is imported
    ImportOptions options;
    options.skipInvalid = choice() == Choice::ImportValidOnly;
    const auto report =
        RosterImporter::importRoster(m_session.database(), m_import.roster, options);
    if (!report) {
        // The importer's transaction was rolled back: the database is as it was.
        m_message->showError(tr("The import failed; the database was left as it was. %1")
                                 .arg(report.errorMessage()));
        return false;
    }
    m_message->hide();
    m_import.result = report.value();
    m_import.skippedInvalid = options.skipInvalid;
    m_session.notifyChanged();
    return true;
}

} // namespace tavle::ui
