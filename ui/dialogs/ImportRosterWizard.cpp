#include "ImportRosterWizard.h"

#include "RosterFilePage.h"
#include "RosterPreviewPage.h"
#include "RosterResultPage.h"
#include "Session.h"

#include <QTableView>

namespace tavle::ui {

ImportRosterWizard::ImportRosterWizard(Session& session, QWidget* parent)
    : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Import roster"));
    setObjectName(QStringLiteral("importRosterWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new RosterFilePage(m_import, this);
    m_previewPage = new RosterPreviewPage(m_session, m_import, this);
    m_resultPage = new RosterResultPage(m_import, this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    // QWizard focuses a page's first focusable child; on the preview that is the table, which
    // the keyboard user reads first (Enter still presses Import or Finish).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPageId)
            m_previewPage->table()->setFocus();
    });
    // Room for the preview's columns; the window can be made larger.
    resize(900, 600);
}

void ImportRosterWizard::setFile(const QString& path)
{
    if (currentId() != FilePageId && currentId() != -1)
        restart();
    m_filePage->setPath(path);
}

} // namespace tavle::ui
