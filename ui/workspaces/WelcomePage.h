#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tavle::ui {

/// The first page of an empty database: three ways to begin, each one keystroke away.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setDatabaseLocation(const QString& location);
    /// Without an open database only "open another database" makes sense.
    void setDatabaseOpen(bool open);

signals:
    void importRequested();
    void addDepartmentRequested();
    void demoRequested();
    void openRequested();

private:
    QLabel* m_intro;
    QLabel* m_location;
    QList<QWidget*> m_needDatabase;
};

} // namespace tavle::ui
