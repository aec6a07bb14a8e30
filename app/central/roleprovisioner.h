#pragma once

#include "models/database.h"

#include <QStringList>

#include <optional>

namespace cooc {
struct GeneratedAccount;
}

namespace cooc::central {

// The group roles of the central deployment (migration 0002). Role names belong to the
// PostgreSQL cluster, not to one database.
namespace GroupRole {
QString staff();            // cooc_staff: every employed staff member
QString homeroomTeacher();  // homeroom_teacher
QString officeStaff();      // office_staff (each office_<code> is a member)
QString schoolAdmin();      // school_admin
QString parentViewReader(); // parent_view_reader: read only
// office_student_affairs, …; empty for a code that is not an office.
QString forOffice(const QString &officeCode);
// Every group that accounts sync and the demo grant or revoke; other memberships are left alone.
QStringList managed();
// The groups of a staff member: cooc_staff and parent_view_reader always, plus
// homeroom_teacher, office_<code> and school_admin as they apply. Sorted.
QStringList forStaff(bool homeroomTeacher, const QString &officeCode, bool schoolAdmin);
} // namespace GroupRole

// A login role name we create: 1–63 characters of a–z, 0–9 and _, starting with a letter —
// the account names of the SSO rule (school code + last 9 of the national ID) lower-cased.
// Only such names are ever spliced into role DDL (identifiers cannot be bound).
bool isValidRoleName(const QString &name);

struct LoginRole
{
    QString name;
    bool canLogin = false;
    QStringList groups; // its memberships among GroupRole::managed(), sorted
};

// Creates, updates and disables staff login roles. Runs on a connection of the database
// owner (a role with CREATEROLE, migration 0002); every statement joins the caller's
// transaction — PostgreSQL role DDL is transactional. Passwords travel as SCRAM-SHA-256
// verifiers computed here (PgPassword), so a password never reaches the server's logs.
class RoleProvisioner final
{
public:
    explicit RoleProvisioner(const Database &db) : m_db(db) {}

    Result<std::optional<LoginRole>> find(const QString &name) const;

    // Makes `name` a login role whose managed memberships are exactly `groups`. A new role
    // gets `initialPassword`; an existing one keeps its password unless resetPassword.
    Status ensureLogin(const QString &name, const QString &initialPassword, const QStringList &groups,
                       bool resetPassword = false) const;
    // NOLOGIN and out of every managed group. Never dropped: the audit log names it.
    Status disable(const QString &name) const;

    // For DemoOptions::onStaffAccount: a login role per demo staff account with its default
    // password and the groups of its role and office; staff.db_role is set to it.
    Status provisionDemoAccount(const GeneratedAccount &account) const;

private:
    Status setMemberships(const QString &name, const QStringList &current, const QStringList &wanted) const;

    const Database &m_db;
};

// DemoOptions::onStaffAccount on PostgreSQL (cooc-desk-cli demo): provisionDemoAccount.
Status provisionDemoRole(const Database &db, const GeneratedAccount &account);

} // namespace cooc::central
