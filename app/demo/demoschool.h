#pragma once

#include "models/clock.h"
#include "models/database.h"

#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace cooc {

// A staff account the demo generator created (AuthService::demoAccounts reads the demo
// school's list back from app_settings for the login dialog). The password is the real default rule
// (last 6 characters of the staff member's national ID) and must be changed at first login.
struct GeneratedAccount
{
    QString login;    // school English code + last 9 characters of the national ID
    QString password; // default password (only ever stored in clear for the demo school)
    QString name;     // staff member's name
    QString role;     // "homeroom_teacher", "office_staff" or "school_admin"
    QString office;   // office code for office staff / admins ("student_affairs", ...), else empty
    QString homeroomClass; // homeroom teachers: their class ("801"), else empty
    qint64 staffId = 0;
    qint64 schoolId = 0;
    QString schoolCode;
    bool demoSchool = false; // true for the first school (the one the login dialog lists)
};

struct DemoOptions
{
    // Total number of students. Up to 720 they all belong to the demo school (plus a second
    // small demo school for the transfer cases); beyond that the rest is a city of generated
    // schools (elementary, junior high, senior high) with their own codes.
    int students = 720;
    quint64 seed = 20261128;
    // "Now" for the demo (absences recorded today, pending requests, the one-day lag).
    // nullptr: the system clock. The same seed and the same now give byte-identical data.
    const Clock *clock = nullptr;
    // Called inside the generating transaction once for every staff account of every
    // generated school, right after the account rows are written (e.g. to create a
    // PostgreSQL login role per staff member). An error aborts and rolls back everything.
    std::function<Status(const Database &db, const GeneratedAccount &account)> onStaffAccount;
};

struct DemoSummary
{
    qint64 schools = 0;
    qint64 students = 0;
    qint64 staff = 0;
    qint64 parents = 0;
    qint64 bindingRequests = 0;
    qint64 rows = 0;          // all rows written, every table
    qint64 elapsedMs = 0;
    QList<GeneratedAccount> demoAccounts; // the demo school's staff accounts (also in app_settings)
};

// done/total are in students; step says what is being written, in words for a progress dialog.
using DemoProgress = std::function<void(qint64 done, qint64 total, const QString &step)>;

// The deterministic demo world: the embedded default (臺北市立酷課示範國民中學, marked DEMO)
// and, at larger sizes, a whole city. See docs/schema.md for what each table holds.
class DemoSchool final
{
public:
    static constexpr int kMinStudents = 100;
    static constexpr int kMaxStudents = 1'000'000;

    // Migrates `db` if needed and fills it, in one transaction: it succeeds whole or leaves
    // the database as it was (Error::Code::Cancelled when *cancel became true). Refuses a
    // database that already holds schools (Error::Code::InvalidInput). Runs on the thread
    // that opened `db`; call it off the GUI thread with a connection of that thread.
    static Result<DemoSummary> generate(const Database &db, const DemoOptions &options,
                                        const DemoProgress &progress = {},
                                        const std::atomic_bool *cancel = nullptr);

    // SHA-256 (hex) over every table's content in a dialect-neutral form, for determinism
    // checks. Left out, as they are meant to differ between runs: salted password hashes
    // (accounts.password_hash, binding_requests.initial_password_hash) and the signature
    // bytes (RSA keys are generated per run and certificate serials are random), i.e.
    // binding_requests.signature, signer_certificate and verification_report; and
    // audit_log.id, which the database assigns (rows are still compared in id order).
    // `perTable` (optional) receives each table's own digest.
    static Result<QString> contentDigest(const Database &db, QMap<QString, QString> *perTable = nullptr);

    static QString demoSchoolCode();  // "cooc"
    static QString demoSchoolName();  // 臺北市立酷課示範國民中學
};

} // namespace cooc
