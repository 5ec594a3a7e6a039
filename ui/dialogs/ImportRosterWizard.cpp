#include "ImportRosterWizard.h"

#include "Session.h"

namespace tavle::ui {

ImportRosterWizard::ImportRosterWizard(Session& session, QWidget* parent)
    : QWizard(parent), m_session(session)
{}

void ImportRosterWizard::setFile(const QString&) {}

} // namespace tavle::ui
