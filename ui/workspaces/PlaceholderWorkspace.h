#pragma once

#include <QWidget>

namespace tavle::ui {

/// A workspace that a later version fills (meetings, goals): says what will be here, so the
/// user is never left with an empty page.
class PlaceholderWorkspace : public QWidget
{
    Q_OBJECT

public:
    PlaceholderWorkspace(const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace tavle::ui
