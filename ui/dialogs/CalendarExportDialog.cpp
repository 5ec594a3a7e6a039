#include "CalendarExportDialog.h"

#include "Session.h"

namespace tavle::ui {

CalendarExportDialog::CalendarExportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{}

} // namespace tavle::ui
