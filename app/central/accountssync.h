#pragma once

#include "app/central/staffcsv.h"
#include "models/clock.h"
#include "models/database.h"

namespace cooc::central {

struct SyncOptions
{
    int schoolYear = 0;  // ROC school year of the homeroom classes; 0 = the current one by the Clock
    bool dryRun = false; // plan only: nothing is written
};

// One line of the plan: what happens (or would happen) to one account, office or class.
struct SyncChange
{
    enum class Kind { Create, Update, Disable, Homeroom, Office };
    Kind kind = Kind::Update;
    QString login; // the role name, or empty for a class/office line
    QString text;  // in words, for the administrator (no national ID)
};

struct SyncReport
{
    QList<SyncChange> changes;
    int created = 0;   // new staff members (login role, staff row, account row)
    int updated = 0;   // existing staff with any change
    int disabled = 0;  // left or on leave: NOLOGIN
    int unchanged = 0;
    bool applied = false; // false for a dry run
    QString encoding;
};

// `cooc-desk-cli accounts sync`: makes the central database's staff, login roles, group
// memberships, homeroom assignments and staff account rows agree with the SIS export.
//  - account name = school English code + last 9 characters of the national ID, lower case
//    (AccountRules::staffLogin) = the PostgreSQL login role = staff.db_role;
//  - a new account gets the default password (last 6 of the ID) and must_change_password;
//  - groups by office, homeroom class and admin flag (GroupRole::forStaff); employed only;
//  - staff marked left or on leave, and staff of a listed school missing from the file, are
//    disabled (NOLOGIN, out of every group, accounts.disabled) — never deleted;
//  - when the file has a homeroom column, each listed school's classes of the school year get
//    exactly the homeroom teacher the file names (none when nobody names the class).
// Everything happens in one transaction on an owner connection; any problem (unknown school
// or class, a class named twice, an invalid login) changes nothing and is reported whole.
class AccountsSync final
{
public:
    AccountsSync(const Database &ownerDb, const Clock &clock) : m_db(ownerDb), m_clock(clock) {}

    Result<SyncReport> run(const StaffCsv &csv, const SyncOptions &options) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace cooc::central
