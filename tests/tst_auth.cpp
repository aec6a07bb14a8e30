// Login and session on both deployments. SQLite rows exercise the embedded login against
// the local accounts table; PostgreSQL rows log in as real login roles created here (central
// mode), with the same school, staff, classes and accounts.
#include "app/auth/accountrules.h"
#include "app/auth/authservice.h"
#include "app/auth/pgpassword.h"
#include "app/auth/passwordhasher.h"
#include "models/accountrepository.h"
#include "models/nationalid.h"
#include "models/staffrepository.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cooc;

namespace {

// 2026-11-28 10:00 in Taipei: school year 115, semester 1.
const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC);

struct Person
{
    qint64 staffId = 0;
    qint64 accountId = 0;
    QString login;
    QString password;
};

// Drops the PostgreSQL login roles a test created, after its database is gone (declare it
// before the TestDatabase so that it is destroyed after it).
struct RoleGuard
{
    QStringList roles;
    ~RoleGuard()
    {
        if (roles.isEmpty())
            return;
        auto server = DatabaseUrl::parse(test::TestDatabase::postgresServerUrl());
        if (!server)
            return;
        auto admin = Database::open(server.value());
        if (!admin)
            return;
        for (const QString &role : roles)
            (void)admin.value()->execDdl(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }
};

// A small school: a homeroom teacher (801 this year, 701 last year), an office clerk, the
// principal as school admin, a teacher who left, a teacher whose account is disabled, a
// teacher with a default password, a parent and a student.
struct School
{
    QString code;
    qint64 schoolId = 0;
    qint64 class801 = 0;
    Person teacher, clerk, admin, leaver, disabled, fresh, parent, student;
};

class Fixture
{
public:
    Fixture(Database &db, Dialect dialect, RoleGuard &guard)
        : m_db(db)
        , m_dialect(dialect)
        , m_guard(guard)
    { }

    // Builds the school; on PostgreSQL also a login role per staff member, with the grants a
    // staff role will have (the central deployment's RLS comes later; no superuser needed).
    bool build(School &s)
    {
        s.code = QStringLiteral("t%1").arg(QRandomGenerator::global()->bounded(0x100000, 0xffffff), 0, 16);
        s.schoolId = id(m_db.insert(QStringLiteral("INSERT INTO schools (code, name, is_demo) VALUES (?, ?, ?)"),
            { s.code, QStringLiteral("臺北市立測試國民中學"), true }));
        const qint64 office
            = id(m_db.insert(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, ?, ?)"),
                { s.schoolId, QStringLiteral("student_affairs"), QStringLiteral("學務處") }));
        if (m_dialect == Dialect::Postgres) {
            m_group = QStringLiteral("cooc_staff_") + s.code;
            m_guard.roles << m_group;
            ddl(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_group));
            ddl(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_group));
            ddl(QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(m_group));
            ddl(QStringLiteral("GRANT UPDATE (must_change_password) ON accounts TO %1").arg(m_group));
            ddl(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(m_group));
        }
        s.teacher = staff(s, 1, QStringLiteral("林怡君"), 0, false, QStringLiteral("employed"), false, false);
        s.clerk = staff(s, 2, QStringLiteral("王大明"), office, false, QStringLiteral("employed"), false, false);
        s.admin = staff(s, 3, QStringLiteral("陳校長"), 0, true, QStringLiteral("employed"), false, false);
        s.leaver = staff(s, 4, QStringLiteral("張志明"), 0, false, QStringLiteral("left"), false, false);
        s.disabled = staff(s, 5, QStringLiteral("李淑芬"), 0, false, QStringLiteral("employed"), true, false);
        s.fresh = staff(s, 6, QStringLiteral("黃𠀋華"), 0, false, QStringLiteral("employed"), false, true);
        s.class801 = id(m_db.insert(QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name, "
                                                   "homeroom_teacher_id) VALUES (?, 115, 8, 1, '801', ?)"),
            { s.schoolId, s.teacher.staffId }));
        id(m_db.insert(QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name, "
                                      "homeroom_teacher_id) VALUES (?, 114, 7, 1, '701', ?)"),
            { s.schoolId, s.teacher.staffId }));

        const QString parentId = NationalId::generate(9001);
        const qint64 parentRow = id(m_db.insert(
            QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4) "
                           "VALUES (?, ?, ?, ?, ?)"),
            { QStringLiteral("林媽媽"), QStringLiteral("mom@example.tw"), NationalId::hash(parentId),
                NationalId::mask(parentId), NationalId::lastChars(parentId, 4) }));
        s.parent = account(AccountRecord::Kind::Parent, AccountRules::parentLogin(QStringLiteral("Mom@Example.tw")),
            QStringLiteral("Parent-pass-1"), 0, 0, parentRow, false, false);
        if (m_dialect == Dialect::Postgres)
            grantCentralGroups(s);
        const QString studentId = NationalId::generate(9002);
        const qint64 studentRow = id(m_db.insert(
            QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES (?, ?, ?)"),
            { QStringLiteral("林小明"), NationalId::hash(studentId), NationalId::mask(studentId) }));
        s.student = account(AccountRecord::Kind::Student, AccountRules::studentLogin(s.code, QStringLiteral("115001")),
            QStringLiteral("Student-pass-1"), 0, studentRow, 0, false, false);
        return m_ok;
    }

    QString error;

private:
    qint64 id(const Result<qint64> &r)
    {
        if (!r) {
            m_ok = false;
            error += r.error().message + QLatin1Char(' ') + r.error().detail + QLatin1Char('\n');
            return 0;
        }
        return r.value();
    }
    void ddl(const QString &sql)
    {
        if (Status s = m_db.execDdl(sql); !s) {
            m_ok = false;
            error += s.error().detail + QLatin1Char('\n');
        }
    }

    // When the central security migration is present, its group roles carry the grants and
    // the row-level security policies: make each login role a member, as `accounts sync` does.
    void grantCentralGroups(const School &s)
    {
        auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'cooc_staff'"));
        if (!exists || exists.value().toInt() == 0)
            return;
        const QList<QPair<QString, QString>> memberships = {
            { s.teacher.login, QStringLiteral("cooc_staff, homeroom_teacher") },
            { s.clerk.login, QStringLiteral("cooc_staff, office_staff, office_student_affairs") },
            { s.admin.login, QStringLiteral("cooc_staff, school_admin") },
            { s.leaver.login, QStringLiteral("cooc_staff") },
            { s.disabled.login, QStringLiteral("cooc_staff") },
            { s.fresh.login, QStringLiteral("cooc_staff") },
        };
        for (const auto &[login, groups] : memberships)
            ddl(QStringLiteral("GRANT %1 TO \"%2\"").arg(groups, login));
    }

    Person staff(const School &s, quint64 seed, const QString &name, qint64 office, bool admin, const QString &status,
        bool disabled, bool mustChange)
    {
        const QString nationalId = NationalId::generate(seed * 7919 + 17);
        const QString login = AccountRules::staffLogin(s.code, nationalId);
        const QString password
            = mustChange ? AccountRules::defaultPassword(nationalId) : QStringLiteral("Pass-%1-word").arg(seed);
        const QVariant dbRole
            = m_dialect == Dialect::Postgres ? QVariant(login) : QVariant(QMetaType::fromType<QString>());
        const qint64 staffId = id(m_db.insert(
            QStringLiteral("INSERT INTO staff (school_id, office_id, name, national_id_hash, national_id_masked, "
                           "is_school_admin, employment_status, db_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { s.schoolId, office ? QVariant(office) : QVariant(QMetaType::fromType<qint64>()), name,
                NationalId::hash(nationalId), NationalId::mask(nationalId), admin, status, dbRole }));
        if (m_dialect == Dialect::Postgres) {
            m_guard.roles << login;
            // Test-generated names and passwords (letters, digits, '-'): no quoting issues.
            ddl(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE %3").arg(login, password, m_group));
        }
        Person p = account(AccountRecord::Kind::Staff, login, password, staffId, 0, 0, disabled, mustChange);
        p.staffId = staffId;
        return p;
    }

    Person account(AccountRecord::Kind kind, const QString &login, const QString &password, qint64 staffId,
        qint64 studentId, qint64 parentId, bool disabled, bool mustChange)
    {
        AccountRecord a;
        a.login = login;
        a.kind = kind;
        a.staffId = staffId;
        a.studentId = studentId;
        a.parentId = parentId;
        // Default passwords get the Bulk cost, as the demo generator stores them. Hashes are
        // reused between fixtures (same passwords every time) to keep the test quick.
        static QHash<QString, QString> cache;
        QString &hash = cache[password];
        if (hash.isEmpty())
            hash = PasswordHasher::hash(
                password, mustChange ? PasswordHasher::Cost::Bulk : PasswordHasher::Cost::Interactive);
        a.passwordHash = hash;
        a.mustChangePassword = mustChange;
        a.disabled = disabled;
        Person p;
        p.login = login;
        p.password = password;
        p.accountId = id(AccountRepository(m_db).create(a, kNow));
        return p;
    }

    Database &m_db;
    Dialect m_dialect;
    RoleGuard &m_guard;
    QString m_group;
    bool m_ok = true;
};

qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.scalar(sql, values);
    return v ? v.value().toLongLong() : -1;
}

qint64 auditCount(const Database &db, const QString &action)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), { action });
}

// No audit row may contain a password, whatever was typed.
bool auditMentions(const Database &db, const QString &text)
{
    auto q = db.exec(QStringLiteral("SELECT actor_login, detail FROM audit_log"));
    if (!q)
        return true;
    while (q.value().next()) {
        if (q.value().value(0).toString().contains(text) || q.value().value(1).toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

#define COOC_SCHOOL(tdb, school)                                                                                       \
    RoleGuard roleGuard;                                                                                               \
    auto tdb = test::TestDatabase::create(dialect);                                                                    \
    QVERIFY2(tdb && tdb->error().isEmpty(), qPrintable(tdb ? tdb->error() : QStringLiteral("no database")));           \
    School school;                                                                                                     \
    {                                                                                                                  \
        Fixture fixture(tdb->db(), dialect, roleGuard);                                                                \
        QVERIFY2(fixture.build(school), qPrintable(fixture.error));                                                    \
    }                                                                                                                  \
    FixedClock clock(kNow);                                                                                            \
    AuthService auth(clock)

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void rightPasswordOpensSession_data() { test::addDialectRows(); }
    void rightPasswordOpensSession();
    void rolesFollowStaffRows_data() { test::addDialectRows(); }
    void rolesFollowStaffRows();
    void wrongPasswordIsRefused_data() { test::addDialectRows(); }
    void wrongPasswordIsRefused();
    void staffWhoLeftOrDisabledAreRefused_data() { test::addDialectRows(); }
    void staffWhoLeftOrDisabledAreRefused();
    void mustChangePasswordFlow_data() { test::addDialectRows(); }
    void mustChangePasswordFlow();
    void repositoryLockCounters_data() { test::addDialectRows(); }
    void repositoryLockCounters();
    void demoAccountsOnlyForTheDemoSchool_data() { test::addDialectRows(); }
    void demoAccountsOnlyForTheDemoSchool();

    // Embedded only: the local accounts table decides.
    void lockoutAfterRepeatedFailuresAndUnlockLater();
    void unknownLoginLooksLikeWrongPassword();
    void parentAndStudentAccountsAreRefused();
    void weakStoredHashIsUpgradedAtLogin();
    void databaseNotSetUpIsRefused();
    void emptyInputIsRefused();

    // Central only: the server decides.
    void centralRoleWithoutStaffRowIsRefused();
    void centralNoLoginRoleIsRefused();
    void centralRefusalsInPlainWords();
    void centralPasswordWithQuotesAndChinese();
    void centralUnreachableServer();
};

void TestAuth::rightPasswordOpensSession()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    // The login may be typed in any case and with stray spaces.
    auto session = auth.login(tdb->url(), QLatin1Char(' ') + s.teacher.login.toUpper(), s.teacher.password);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message + session.error().detail));
    const Session &ses = *session.value();
    QCOMPARE(ses.mode, dialect == Dialect::Sqlite ? Session::Mode::Embedded : Session::Mode::Central);
    QCOMPARE(ses.login, s.teacher.login);
    QCOMPARE(ses.actor.login, s.teacher.login);
    QCOMPARE(ses.actor.staffId, s.teacher.staffId);
    QCOMPARE(ses.actor.displayName, QStringLiteral("林怡君"));
    QCOMPARE(ses.actor.schoolCode, s.code);
    QVERIFY(ses.isDemoSchool);
    QVERIFY(!ses.mustChangePassword);
    QCOMPARE(ses.term, (SchoolTerm { 115, 1 }));
    QCOMPARE(ses.loggedInAt, kNow);
    QVERIFY(ses.database && ses.db().isOpen());
    if (dialect == Dialect::Postgres)
        QCOMPARE(ses.db().serverUser(), s.teacher.login); // the user's own role, nothing shared
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login")), 1);
    QVERIFY(!auditMentions(tdb->db(), s.teacher.password));
    if (dialect == Dialect::Sqlite) {
        auto account = AccountRepository(tdb->db()).find(s.teacher.accountId);
        QVERIFY(account.ok() && account.value());
        QCOMPARE(account.value()->lastLoginAt, kNow);
        QCOMPARE(account.value()->failedAttempts, 0);
    }
    QVERIFY(ses.databaseSummary().contains(QStringLiteral("Demo school")));
}

void TestAuth::rolesFollowStaffRows()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    auto teacher = auth.login(tdb->url(), s.teacher.login, s.teacher.password);
    QVERIFY(teacher.ok());
    // Homeroom of 801 this school year; 701 was last year's class and gives nothing now.
    QCOMPARE(teacher.value()->actor.roles, QList<Actor::Role> { Actor::Role::HomeroomTeacher });
    QCOMPARE(teacher.value()->actor.homeroomClassIds, QList<qint64> { s.class801 });
    QCOMPARE(teacher.value()->actor.homeroomClassNames, QStringList { QStringLiteral("801") });
    QVERIFY(teacher.value()->actor.coversClass(s.schoolId, s.class801));
    QVERIFY(!teacher.value()->actor.coversClass(s.schoolId, s.class801 + 1));
    QCOMPARE(teacher.value()->roleSummary(), QStringLiteral("Homeroom teacher (801)"));

    auto clerk = auth.login(tdb->url(), s.clerk.login, s.clerk.password);
    QVERIFY(clerk.ok());
    QCOMPARE(clerk.value()->actor.roles, QList<Actor::Role> { Actor::Role::OfficeStaff });
    QCOMPARE(clerk.value()->actor.officeCode, QStringLiteral("student_affairs"));
    QVERIFY(clerk.value()->actor.coversClass(s.schoolId, s.class801));
    QVERIFY(!clerk.value()->actor.coversClass(s.schoolId + 1, s.class801));
    QCOMPARE(clerk.value()->roleSummary(), QStringLiteral("Office of Student Affairs"));

    auto admin = auth.login(tdb->url(), s.admin.login, s.admin.password);
    QVERIFY(admin.ok());
    QCOMPARE(admin.value()->actor.roles, QList<Actor::Role> { Actor::Role::SchoolAdmin });

    // A year later the same teacher is nobody's homeroom teacher any more.
    clock.set(QDateTime(QDate(2027, 9, 1), QTime(1, 0), Qt::UTC));
    auto nextYear = auth.login(tdb->url(), s.teacher.login, s.teacher.password);
    QVERIFY(nextYear.ok());
    QVERIFY(nextYear.value()->actor.roles.isEmpty());
    QCOMPARE(nextYear.value()->term, (SchoolTerm { 116, 1 }));
    QCOMPARE(nextYear.value()->roleSummary(), QStringLiteral("No role at this school"));
}

void TestAuth::wrongPasswordIsRefused()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    const QString typed = QStringLiteral("Wrong-guess-77");
    auto session = auth.login(tdb->url(), s.teacher.login, typed);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::AuthFailed);
    QVERIFY2(session.error().message.startsWith(QStringLiteral("The login name or password is wrong.")),
        qPrintable(session.error().message));
    QVERIFY(!auditMentions(tdb->db(), typed));
    if (dialect == Dialect::Sqlite) {
        QVERIFY(session.error().message.contains(QStringLiteral("4 more wrong attempt")));
        QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login_failed")), 1);
        auto account = AccountRepository(tdb->db()).find(s.teacher.accountId);
        QCOMPARE(account.value()->failedAttempts, 1);
        QVERIFY(!account.value()->lastLoginAt.isValid());
    }
    // Nothing logged in: no success row.
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login")), 0);
}

void TestAuth::staffWhoLeftOrDisabledAreRefused()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    auto left = auth.login(tdb->url(), s.leaver.login, s.leaver.password);
    QVERIFY(!left.ok());
    QCOMPARE(left.error().code, Error::Code::PermissionDenied);
    QVERIFY2(left.error().message.contains(QStringLiteral("left the school")), qPrintable(left.error().message));

    auto disabled = auth.login(tdb->url(), s.disabled.login, s.disabled.password);
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().code, Error::Code::PermissionDenied);
    QVERIFY(disabled.error().message.contains(QStringLiteral("disabled")));
    // Central: someone who left may no longer write to the audit log (row-level security),
    // so only the disabled account's refusal is recorded there; the server logs the rest.
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login_refused")), dialect == Dialect::Sqlite ? 2 : 1);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login")), 0);

    // A wrong password on a disabled account says only "wrong": it tells a stranger nothing.
    auto guessed = auth.login(tdb->url(), s.disabled.login, QStringLiteral("Not-it-at-all"));
    QVERIFY(!guessed.ok());
    QCOMPARE(guessed.error().code, Error::Code::AuthFailed);
}

void TestAuth::mustChangePasswordFlow()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    QCOMPARE(s.fresh.password.size(), 6); // the default password: last 6 of the national ID
    auto login = auth.login(tdb->url(), s.fresh.login, s.fresh.password);
    QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message + login.error().detail));
    Session &session = *login.value();
    QVERIFY(session.mustChangePassword);
    QCOMPARE(auth.mustChangePassword(session).value(), true);

    auto storedHash = [&] {
        return tdb->db()
            .scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), { s.fresh.accountId })
            .value()
            .toString();
    };
    const QString before = storedHash();

    // Bad new passwords: a clear message, nothing changed.
    Status tooShort = auth.changePassword(session, s.fresh.password, QStringLiteral("short1"));
    QCOMPARE(tooShort.error().code, Error::Code::InvalidInput);
    QVERIFY(tooShort.error().message.contains(QStringLiteral("at least 8")));
    Status sameAsLogin = auth.changePassword(session, s.fresh.password, s.fresh.login);
    QCOMPARE(sameAsLogin.error().code, Error::Code::InvalidInput);
    Status wrongCurrent = auth.changePassword(session, QStringLiteral("000000"), QStringLiteral("Brand-new-pass-9"));
    QVERIFY(!wrongCurrent.ok());
    QCOMPARE(wrongCurrent.error().code, Error::Code::AuthFailed);
    QVERIFY(wrongCurrent.error().message.contains(QStringLiteral("current password is wrong")));
    QVERIFY(session.mustChangePassword);
    QCOMPARE(storedHash(), before);
    QCOMPARE(auth.mustChangePassword(session).value(), true);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.password_changed")), 0);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.password_change_failed")), 1);

    const QString next = QStringLiteral("Brand-new-pass-9");
    Status changed = auth.changePassword(session, s.fresh.password, next);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message + changed.error().detail));
    QVERIFY(!session.mustChangePassword);
    QCOMPARE(auth.mustChangePassword(session).value(), false);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.password_changed")), 1);
    QVERIFY(!auditMentions(tdb->db(), next));
    if (dialect == Dialect::Sqlite) {
        QVERIFY(storedHash() != before);
        QVERIFY(!PasswordHasher::needsRehash(storedHash())); // the chosen password: Interactive cost
    } else {
        // The session keeps working and a sibling connection uses the new password.
        auto sibling = session.db().openSibling(Database::Access::ReadOnly);
        QVERIFY2(sibling.ok(), qPrintable(sibling.ok() ? QString() : sibling.error().detail));
    }

    auto old = auth.login(tdb->url(), s.fresh.login, s.fresh.password);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, Error::Code::AuthFailed);
    auto fresh = auth.login(tdb->url(), s.fresh.login, next);
    QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().message + fresh.error().detail));
    QVERIFY(!fresh.value()->mustChangePassword);
}

void TestAuth::repositoryLockCounters()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    const AccountRepository accounts(tdb->db());
    QCOMPARE(accounts.recordFailure(s.teacher.accountId).value(), 1);
    QCOMPARE(accounts.recordFailure(s.teacher.accountId).value(), 2);
    const QDateTime until = kNow.addSecs(900);
    QVERIFY(accounts.lock(s.teacher.accountId, until).ok());
    auto locked = accounts.find(s.teacher.accountId);
    QCOMPARE(locked.value()->lockedUntil, until);
    QCOMPARE(locked.value()->failedAttempts, 0);
    QVERIFY(locked.value()->isLockedAt(kNow.addSecs(899)));
    QVERIFY(!locked.value()->isLockedAt(until));
    // A success while the lock holds changes nothing; after it, it resets everything.
    QCOMPARE(accounts.recordSuccess(s.teacher.accountId, kNow.addSecs(60)).value(), false);
    QVERIFY(!accounts.find(s.teacher.accountId).value()->lastLoginAt.isValid());
    QCOMPARE(accounts.recordSuccess(s.teacher.accountId, until).value(), true);
    auto after = accounts.find(s.teacher.accountId);
    QVERIFY(!after.value()->lockedUntil.isValid());
    QCOMPARE(after.value()->lastLoginAt, until);
    QCOMPARE(accounts.recordFailure(0).error().code, Error::Code::NotFound);

    auto byStaff = accounts.findByStaff(s.clerk.staffId);
    QVERIFY(byStaff.ok() && byStaff.value());
    QCOMPARE(byStaff.value()->login, s.clerk.login);
    QVERIFY(!accounts.findByLogin(QStringLiteral("nobody")).value());

    AccountRecord bad;
    bad.login = QStringLiteral("x");
    bad.kind = AccountRecord::Kind::Parent;
    bad.staffId = s.teacher.staffId; // a parent account owned by a staff row
    bad.passwordHash = QStringLiteral("scrypt$…");
    QCOMPARE(accounts.create(bad, kNow).error().code, Error::Code::InvalidInput);

    auto staff = StaffRepository(tdb->db()).find(s.clerk.staffId);
    QVERIFY(staff.ok() && staff.value());
    QCOMPARE(staff.value()->officeCode, QStringLiteral("student_affairs"));
    QVERIFY(staff.value()->nationalIdMasked.contains(QStringLiteral("****")));
}

void TestAuth::demoAccountsOnlyForTheDemoSchool()
{
    QFETCH(Dialect, dialect);
    COOC_SCHOOL(tdb, s);
    Database &db = tdb->db();
    QCOMPARE(AuthService::demoAccounts(db).value().size(), 0); // nothing written yet
    const QJsonArray list { QJsonObject { { QStringLiteral("login"), s.teacher.login },
        { QStringLiteral("password"), s.teacher.password }, { QStringLiteral("name"), QStringLiteral("林怡君") },
        { QStringLiteral("role"), QStringLiteral("homeroom 801") } } };
    QVERIFY(db.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('demo_accounts', ?)"),
                  { QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) })
                .ok());
    auto demo = AuthService::demoAccounts(db);
    QVERIFY(demo.ok());
    QCOMPARE(demo.value().size(), 1);
    QCOMPARE(demo.value().first().login, s.teacher.login);
    QCOMPARE(demo.value().first().password, s.teacher.password);
    QCOMPARE(demo.value().first().role, QStringLiteral("homeroom 801"));
    if (dialect == Dialect::Sqlite) {
        auto byUrl = AuthService::demoAccounts(tdb->url());
        QVERIFY(byUrl.ok());
        QCOMPARE(byUrl.value().size(), 1);
    } else {
        QCOMPARE(AuthService::demoAccounts(tdb->url()).value().size(), 0); // needs a login first
    }

    // A real school in the same database: no passwords are shown.
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO schools (code, name, is_demo) VALUES ('real', '真的國中', ?)"), { false })
            .ok());
    QCOMPARE(AuthService::demoAccounts(db).value().size(), 0);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM schools WHERE code = 'real'")).ok());

    QVERIFY(db.exec(QStringLiteral("UPDATE app_settings SET value = ? WHERE key = 'demo_accounts'"),
                  { QStringLiteral("[{\"login\": 42}]") })
                .ok());
    auto corrupt = AuthService::demoAccounts(db);
    QVERIFY(!corrupt.ok());
    QCOMPARE(corrupt.error().code, Error::Code::Corrupt);
}

void TestAuth::lockoutAfterRepeatedFailuresAndUnlockLater()
{
    const Dialect dialect = Dialect::Sqlite;
    COOC_SCHOOL(tdb, s);
    for (int i = 1; i < 5; ++i) {
        auto wrong = auth.login(tdb->url(), s.teacher.login, QStringLiteral("Wrong-%1-guess").arg(i));
        QCOMPARE(wrong.error().code, Error::Code::AuthFailed);
    }
    auto fifth = auth.login(tdb->url(), s.teacher.login, QStringLiteral("Wrong-5-guess"));
    QCOMPARE(fifth.error().code, Error::Code::AccountLocked);
    // Locked until 10:15 Taipei time, and the message says so.
    QVERIFY2(fifth.error().message.contains(QStringLiteral("2026-11-28 10:15")), qPrintable(fifth.error().message));
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.locked")), 1);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login_failed")), 4);

    // Even the right password is refused while locked, and does not extend the lock.
    clock.advance(14 * 60);
    auto stillLocked = auth.login(tdb->url(), s.teacher.login, s.teacher.password);
    QCOMPARE(stillLocked.error().code, Error::Code::AccountLocked);
    QVERIFY(stillLocked.error().message.contains(QStringLiteral("10:15")));
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login_refused")), 1);

    // Another account is not affected.
    QVERIFY(auth.login(tdb->url(), s.clerk.login, s.clerk.password).ok());

    clock.advance(61);
    auto unlocked = auth.login(tdb->url(), s.teacher.login, s.teacher.password);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.ok() ? QString() : unlocked.error().message));
    auto account = AccountRepository(tdb->db()).find(s.teacher.accountId);
    QCOMPARE(account.value()->failedAttempts, 0);
    QVERIFY(!account.value()->lockedUntil.isValid());
    // After the lock, a fresh count of attempts.
    auto again = auth.login(tdb->url(), s.teacher.login, QStringLiteral("Wrong-6-guess"));
    QCOMPARE(again.error().code, Error::Code::AuthFailed);
    QVERIFY(again.error().message.contains(QStringLiteral("4 more wrong attempt")));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!auditMentions(tdb->db(), QStringLiteral("Wrong-%1-guess").arg(i)));
}

void TestAuth::unknownLoginLooksLikeWrongPassword()
{
    const Dialect dialect = Dialect::Sqlite;
    COOC_SCHOOL(tdb, s);
    auto unknown = auth.login(tdb->url(), QStringLiteral("nobody-here"), QStringLiteral("whatever-1"));
    auto wrong = auth.login(tdb->url(), s.teacher.login, QStringLiteral("whatever-1"));
    QCOMPARE(unknown.error().code, Error::Code::AuthFailed);
    QVERIFY(wrong.error().message.startsWith(unknown.error().message));
    QCOMPARE(count(tdb->db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' "
                                "AND actor_login = '(unknown)'")),
        1);
    QVERIFY(!auditMentions(tdb->db(), QStringLiteral("nobody-here"))); // may be a mistyped password
}

void TestAuth::parentAndStudentAccountsAreRefused()
{
    const Dialect dialect = Dialect::Sqlite;
    COOC_SCHOOL(tdb, s);
    for (const Person &p : { s.parent, s.student }) {
        auto session = auth.login(tdb->url(), p.login, p.password);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::PermissionDenied);
        QVERIFY2(session.error().message.contains(QStringLiteral("Parents and students")),
            qPrintable(session.error().message));
    }
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login_refused")), 2);
    QCOMPARE(auditCount(tdb->db(), QStringLiteral("auth.login")), 0);
}

void TestAuth::weakStoredHashIsUpgradedAtLogin()
{
    const Dialect dialect = Dialect::Sqlite;
    COOC_SCHOOL(tdb, s);
    QVERIFY(tdb->db()
                .exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                    { PasswordHasher::hash(s.clerk.password, PasswordHasher::Cost::Bulk), s.clerk.accountId })
                .ok());
    QVERIFY(auth.login(tdb->url(), s.clerk.login, s.clerk.password).ok());
    const QString stored = AccountRepository(tdb->db()).find(s.clerk.accountId).value()->passwordHash;
    QVERIFY(!PasswordHasher::needsRehash(stored));
    QVERIFY(PasswordHasher::verify(s.clerk.password, stored));
}

void TestAuth::databaseNotSetUpIsRefused()
{
    auto tdb = test::TestDatabase::create(Dialect::Sqlite, false);
    QVERIFY2(tdb && tdb->error().isEmpty(), qPrintable(tdb ? tdb->error() : QStringLiteral("no database")));
    FixedClock clock(kNow);
    auto session = AuthService(clock).login(tdb->url(), QStringLiteral("someone"), QStringLiteral("password1"));
    QVERIFY(!session.ok());
    QVERIFY2(session.error().message.contains(QStringLiteral("db init")), qPrintable(session.error().message));
}

void TestAuth::emptyInputIsRefused()
{
    const Dialect dialect = Dialect::Sqlite;
    COOC_SCHOOL(tdb, s);
    QCOMPARE(auth.login(tdb->url(), QStringLiteral("  "), QStringLiteral("x")).error().code, Error::Code::InvalidInput);
    QCOMPARE(auth.login(tdb->url(), s.teacher.login, QString()).error().code, Error::Code::InvalidInput);
    QCOMPARE(count(tdb->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QCOMPARE(AccountRepository(tdb->db()).find(s.teacher.accountId).value()->failedAttempts, 0);
}

void TestAuth::centralRoleWithoutStaffRowIsRefused()
{
    const Dialect dialect = Dialect::Postgres;
    COOC_SCHOOL(tdb, s);
    const QString stranger = s.code + QStringLiteral("_stranger");
    roleGuard.roles << stranger;
    QVERIFY(tdb->db()
                .execDdl(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Stranger-pass-1' IN ROLE cooc_staff_%2")
                             .arg(stranger, s.code))
                .ok());
    auto session = auth.login(tdb->url(), stranger, QStringLiteral("Stranger-pass-1"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::PermissionDenied);
    QVERIFY(session.error().message.contains(QStringLiteral("not linked to a staff member")));
    // And the superuser's URL never leaks into the session: a wrong password is just wrong.
    auto wrong = auth.login(tdb->url(), stranger, QStringLiteral("Nope-nope-1"));
    QCOMPARE(wrong.error().code, Error::Code::AuthFailed);
    QCOMPARE(wrong.error().message, QStringLiteral("The login name or password is wrong."));
}

void TestAuth::centralNoLoginRoleIsRefused()
{
    const Dialect dialect = Dialect::Postgres;
    COOC_SCHOOL(tdb, s);
    QVERIFY(tdb->db().execDdl(QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(s.clerk.login)).ok());
    auto session = auth.login(tdb->url(), s.clerk.login, s.clerk.password);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::PermissionDenied);
    QVERIFY2(session.error().message.contains(QStringLiteral("disabled")), qPrintable(session.error().message));
}

void TestAuth::centralRefusalsInPlainWords()
{
    // The server refuses the role the database (no CONNECT privilege), or the database is not
    // there: each is said as what it is, not as "cannot be reached".
    const Dialect dialect = Dialect::Postgres;
    COOC_SCHOOL(tdb, s);
    const QString database = tdb->url().databaseName;
    QVERIFY(tdb->db().execDdl(QStringLiteral("REVOKE CONNECT ON DATABASE \"%1\" FROM PUBLIC").arg(database)).ok());
    auto refused = auth.login(tdb->url(), s.clerk.login, s.clerk.password);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("may not use the database ") + database),
             qPrintable(refused.error().message));
    QVERIFY(tdb->db().execDdl(QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO PUBLIC").arg(database)).ok());
    QVERIFY(auth.login(tdb->url(), s.clerk.login, s.clerk.password).ok());

    DatabaseUrl elsewhere = tdb->url();
    elsewhere.databaseName = database + QStringLiteral("_none");
    auto missing = auth.login(elsewhere, s.clerk.login, s.clerk.password);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("There is no database ") + elsewhere.databaseName),
             qPrintable(missing.error().message));
}

void TestAuth::centralPasswordWithQuotesAndChinese()
{
    const Dialect dialect = Dialect::Postgres;
    COOC_SCHOOL(tdb, s);
    auto login = auth.login(tdb->url(), s.clerk.login, s.clerk.password);
    QVERIFY(login.ok());
    // Quotes and backslashes go through the literal quoting; Chinese through libpq's SASLprep:
    // either way a SCRAM verifier is sent, never the password (server log, pg_stat_activity).
    const QString verifier = PgPassword::alterRolePasswordValue(QStringLiteral("我的新密碼是台北𠀋"),
                                                                login.value()->db().connection());
    QVERIFY2(verifier.startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(verifier));
    QVERIFY(!verifier.contains(QStringLiteral("台北")));
    const QStringList passwords
        = { QStringLiteral("it's a \\ 'test'; DROP ROLE x; --"), QStringLiteral("我的新密碼是台北𠀋") };
    QString current = s.clerk.password;
    for (const QString &next : passwords) {
        Status changed = auth.changePassword(*login.value(), current, next);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message + changed.error().detail));
        auto again = auth.login(tdb->url(), s.clerk.login, next);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message + again.error().detail));
        QVERIFY(!auditMentions(tdb->db(), next));
        current = next;
    }
}

void TestAuth::centralUnreachableServer()
{
    FixedClock clock(kNow);
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://127.0.0.1:1/cooc?connect_timeout=2"));
    QVERIFY(url.ok());
    auto session = AuthService(clock).login(url.value(), QStringLiteral("someone"), QStringLiteral("password1"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::Unavailable);
    QVERIFY(session.error().message.contains(QStringLiteral("cannot be reached")));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
