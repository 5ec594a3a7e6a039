#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tavle::ui {

class MessageBar;
struct RosterImport;

/// The first page of the import: which file, and what a roster is. Next reads and checks the
/// file; a file that cannot be read, or is no roster at all, is answered here with the reason
/// and goes no further (nothing is written).
class RosterFilePage : public QWizardPage
{
    Q_OBJECT

public:
    RosterFilePage(RosterImport& import, QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const;

    QLineEdit* pathEdit() { return m_path; }
    QPushButton* browseButton() { return m_browse; }
    /// Shows why the file was refused; hidden while there is nothing to say.
    MessageBar* messageBar() { return m_message; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    RosterImport& m_import;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace tavle::ui
