#include "MeetingsWorkspace.h"

#include "Session.h"

namespace tavle::ui {

MeetingsWorkspace::MeetingsWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{}

void MeetingsWorkspace::reload()
{
    emit loaded();
}

void MeetingsWorkspace::focusSearch() {}

void MeetingsWorkspace::saveState() {}

void MeetingsWorkspace::logMeeting() {}

} // namespace tavle::ui
