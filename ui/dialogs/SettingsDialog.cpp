#include "SettingsDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tavle::ui {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (Danish on a Danish system)"),
                        int(Settings::Language::System));
    // Each language is named in itself, so that a user can find their own.
    m_language->addItem(QStringLiteral("Dansk"), int(Settings::Language::Danish));
    m_language->addItem(QStringLiteral("English"), int(Settings::Language::English));
    m_language->setCurrentIndex(m_language->findData(int(m_settings.language())));
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    layout->addLayout(form);
    auto* note = new QLabel(tr("A new language takes effect when Tavle starts again."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(Settings::Language(m_language->currentData().toInt()));
    QDialog::accept();
}

} // namespace tavle::ui
