#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace tavle::ui {

/// A strip at the top of the window for what the user must know: an error from the core (a
/// save that was refused, a file that could not be opened) stays until closed; a confirmation
/// fades after a few seconds. Never a crash, never silence, never a modal box to click away.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showInfo(const QString& text);
    /// An error with a Reload button: someone else changed the data the user worked on.
    void showConflict(const QString& text);
    QString text() const;
    bool isError() const { return m_error; }
    /// The Reload button (shown with a conflict only).
    QPushButton* reloadButton() const { return m_reload; }

signals:
    /// The user asked to reload after a conflict.
    void reloadRequested();

private:
    void present(const QString& text, bool error);

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_reload;
    QTimer* m_hideTimer;
    bool m_error = false;
};

} // namespace tavle::ui
