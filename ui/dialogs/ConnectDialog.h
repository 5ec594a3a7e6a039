#pragma once

#include "Result.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace tavle::ui {

/// File > Connect to server: the address of a shared database on a PostgreSQL server (host,
/// port, database, user), an optional password, and the server connections used before. OK
/// tries the connection through the connector; the dialog closes only when it succeeds and
/// otherwise shows why, so the user can correct and try again. The password is passed to the
/// connector for that one attempt and never kept.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens the database at `location` (a URL without password) with `password` (empty: libpq
    /// looks in ~/.pgpass and PGPASSWORD). On failure the database open before stays open.
    using Connector = std::function<Status(const QString& location, const QString& password)>;

    /// `recent`: server URLs without password, newest first; the newest is chosen.
    ConnectDialog(const QStringList& recent, Connector connector, QWidget* parent = nullptr);

    /// Asks for the password of the server database at `location` (a URL without password),
    /// with `problem` saying why, in a prompt whose field hides what is typed. Nothing when the
    /// user cancels. The answer is for one connection attempt; the caller must not keep it.
    static std::optional<QString> askPassword(QWidget* parent, const QString& location,
                                              const QString& problem);

    /// The URL the fields describe, without password; the error names the missing field.
    Result<QString> location() const;
    /// Fills host, port, database and user from a server URL, e.g. a recent connection.
    void setLocation(const QString& location);

    void accept() override;

private:
    /// The first of host, database and user left empty; nullptr when all are filled in.
    QLineEdit* missingField() const;
    /// Shows `message` and moves the focus to `field`.
    void showProblem(const QString& message, QWidget* field);

    Connector m_connector;
    QListWidget* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace tavle::ui
