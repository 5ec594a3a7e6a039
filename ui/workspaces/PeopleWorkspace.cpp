#include "PeopleWorkspace.h"

#include "Session.h"

namespace tavle::ui {

PeopleWorkspace::PeopleWorkspace(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{}

void PeopleWorkspace::reload()
{
    emit loaded();
}

void PeopleWorkspace::focusSearch() {}

void PeopleWorkspace::saveState() {}

void PeopleWorkspace::addTrainee() {}

} // namespace tavle::ui
