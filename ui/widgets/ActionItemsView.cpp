#include "ActionItemsView.h"

#include "Session.h"

namespace tavle::ui {

ActionItemsView::ActionItemsView(Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{}

void ActionItemsView::reload() {}

void ActionItemsView::saveState() {}

} // namespace tavle::ui
