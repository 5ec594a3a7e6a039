#pragma once

#include <QWizard>

namespace tavle::ui {

class Session;

/// Import roster: pick a file, see a preview with every problem marked on its line, then
/// import all or nothing, or only the valid rows. The same rules as `tavle-cli import roster`
/// (the core's RosterImporter); nothing is written before the last step.
class ImportRosterWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ImportRosterWizard(Session& session, QWidget* parent = nullptr);
    /// Starts with a file chosen (tests, a file given on the command line).
    void setFile(const QString& path);

private:
    Session& m_session;
};

} // namespace tavle::ui
