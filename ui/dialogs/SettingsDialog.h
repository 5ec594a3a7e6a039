#pragma once

#include <QDialog>

class QComboBox;

namespace tavle::ui {

class Settings;

/// The few things a user sets: for now the language of the window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language;
};

} // namespace tavle::ui
