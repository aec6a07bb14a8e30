#pragma once

#include "models/actor.h"
#include "models/database.h"
#include "models/schoolyear.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace cooc {

// One logged-in staff member and their open database. Built only by AuthService::login();
// the composition root owns it and hands `db()` and `actor` to the services it builds.
// The Database belongs to the thread that logged in (QSqlDatabase rule).
struct Session
{
    enum class Mode {
        Embedded, // SQLite file: the client checks the local accounts table
        Central, // PostgreSQL: connected as the staff member's own login role
    };

    std::unique_ptr<Database> database;
    Mode mode = Mode::Embedded;
    Actor actor; // roles computed at login from the staff rows (see StaffRepository)
    QString login; // the account name as typed and stored (never a national ID)
    qint64 accountId = 0; // accounts.id (embedded; central: the row if one exists, else 0)
    bool isDemoSchool = false; // schools.is_demo of the actor's school
    bool mustChangePassword = false; // the password is a default one: force the change dialog
    SchoolTerm term; // the school term at login, by the injected Clock
    QDateTime loggedInAt; // UTC, by the injected Clock

    Database &db() const { return *database; }
    bool isCentral() const { return mode == Mode::Central; }

    // For the status bar: "Homeroom teacher (801) · Student affairs office" — translated.
    QString roleSummary() const;
    // For the status bar: "Demo school (embedded)" / "db.tp.edu.tw/cooc (central)".
    QString databaseSummary() const;
};

// A role's name for the UI, translated ("Homeroom teacher", "Office staff", ...).
QString roleName(Actor::Role role);
// An office code's name for the UI, translated ("student_affairs" → "Student affairs office").
QString officeName(const QString &officeCode);

} // namespace cooc
