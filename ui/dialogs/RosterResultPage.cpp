#include "RosterResultPage.h"

#include "RosterImport.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace tavle::ui {

RosterResultPage::RosterResultPage(RosterImport& import, QWidget* parent)
    : QWizardPage(parent), m_import(import)
{
    setTitle(tr("Roster imported"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("result"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void RosterResultPage::initializePage()
{
    if (!m_import.result)
        return;
    const ImportReport& report = *m_import.result;
    setSubTitle(tr("%1 was imported into Tavle.").arg(QFileInfo(m_import.path).fileName()));
    QStringList paragraphs;
    paragraphs << tr("Imported %1 of %n row(s) from %2.", nullptr, report.rowsRead)
                      .arg(report.rowsImported)
                      .arg(QDir::toNativeSeparators(m_import.path));
    if (report.written) {
        paragraphs << ImportCounts::placements(report) + QLatin1Char('.');
        const QString others = ImportCounts::personsAndDepartments(report);
        if (!others.isEmpty())
            paragraphs << tr("Besides the placements: %1.").arg(others);
    } else {
        paragraphs << tr("Nothing changed: Tavle already held everything in the file.");
    }
    const int skipped = report.rowsRead - report.rowsImported;
    if (skipped > 0) {
        paragraphs << tr("%n row(s) with problems were left out. Correct them in the file and "
                         "import it again: the rows imported now are recognised, not duplicated.",
                         nullptr, skipped);
    }
    if (report.written)
        paragraphs << tr("The deadline board and the lists show the new data now.");
    m_text->setText(paragraphs.join(QStringLiteral("\n\n")));
}

} // namespace tavle::ui
