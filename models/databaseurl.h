#pragma once

#include "models/result.h"

#include <QMap>
#include <QString>

namespace cooc {

enum class Dialect { Sqlite, Postgres };

// One URL names either deployment:
//   sqlite:///absolute/path/school.sqlite
//   postgresql://user:password@host:port/dbname?sslmode=verify-full&sslrootcert=/path/ca.pem
// (postgres:// is accepted too). The password part is optional: central mode takes it from
// the login dialog or the keychain, never from a file.
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path;          // SQLite
    QString host;          // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QMap<QString, QString> options; // libpq keywords: sslmode, sslrootcert, connect_timeout...

    static Result<DatabaseUrl> parse(const QString &text);

    // A PostgreSQL server on this computer: a Unix socket, localhost or the loopback address.
    bool isOnThisComputer() const;
    // The TLS mode the connection uses: the URL's sslmode, else verify-full for a server on
    // another computer (its certificate and name checked; docs/deploy.md) and libpq's own
    // default for one on this computer.
    QString sslMode() const;
    // Central mode reaches a server on another computer only with sslmode=verify-full: any
    // weaker mode is refused with a message saying why (nothing is sent to the server).
    Status checkTransport() const;
    // The URL's libpq options (known keywords only; the defaults: sslMode(), connect_timeout=5,
    // application_name=cooc-desk, and a dead network noticed in ~20 s: keepalives_idle=30,
    // keepalives_interval=10, keepalives_count=3, tcp_user_timeout=20000) as the Qt driver
    // passes them on: `key='value'` joined by ';',
    // each value quoted so that nothing in it can add a keyword of its own.
    QString libpqOptions() const;
    // An option value the driver cannot pass on intact (it splits the options at ';') is refused.
    Status checkOptions() const;
    static DatabaseUrl sqlite(const QString &absolutePath);

    // The URL with the password removed, safe for logs, status bars and error messages.
    QString redacted() const;
    QString toString() const; // includes the password: only for handing to child processes
};

} // namespace cooc
