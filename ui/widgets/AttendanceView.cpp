#include "AttendanceView.h"

#include "Session.h"

namespace tavle::ui {

AttendanceView::AttendanceView(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{}

void AttendanceView::reload() {}

void AttendanceView::saveState() {}

} // namespace tavle::ui
