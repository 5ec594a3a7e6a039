#pragma once

#include <QObject>
#include <QString>

namespace tavle::ui {

class MainWindow;
class Session;

/// Shows each page of the real window in turn and saves a picture of it, then quits the
/// application: `tavle --screenshots DIR`, run by scripts/screenshots.sh for the README. The
/// pictures are of the program itself, so they go stale only when the program changes.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow& window, Session& session, QString folder, QObject* parent);
    void run();

private:
    bool save(QWidget* widget, const QString& name);

    MainWindow& m_window;
    Session& m_session;
    QString m_folder;
    int m_failures = 0;
};

} // namespace tavle::ui
