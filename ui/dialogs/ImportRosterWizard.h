#pragma once

#include "RosterImport.h"

#include <QWizard>

namespace tavle::ui {

class RosterFilePage;
class RosterPreviewPage;
class RosterResultPage;
class Session;

/// Import roster: pick a file, see a preview with every problem marked on its line, then
/// import all or nothing, or only the valid rows. The same rules as `tavle-cli import roster`
/// (the core's RosterImporter); nothing is written before the last step. The import is not
/// an undo step: the preview showed every change before it was made.
class ImportRosterWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        ResultPageId
    };

    explicit ImportRosterWizard(Session& session, QWidget* parent = nullptr);
    /// Starts with a file chosen (tests, a file given on the command line); next() reads it
    /// and shows the preview.
    void setFile(const QString& path);

    RosterFilePage* filePage() { return m_filePage; }
    RosterPreviewPage* previewPage() { return m_previewPage; }
    RosterResultPage* resultPage() { return m_resultPage; }
    /// The outcome of the import; empty until the import was done.
    const std::optional<ImportReport>& importResult() const { return m_import.result; }

private:
    Session& m_session;
    RosterImport m_import;
    RosterFilePage* m_filePage = nullptr;
    RosterPreviewPage* m_previewPage = nullptr;
    RosterResultPage* m_resultPage = nullptr;
};

} // namespace tavle::ui
