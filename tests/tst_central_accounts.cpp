// Staff login roles from the SIS export: parsing (UTF-8, Big5, Chinese headers, bad rows),
// the sync itself on a real PostgreSQL (roles, memberships, default password, disabling,
// dry run, one transaction), the CLI, and the demo generator's per-account hook.
#include "tst_central_fixture.h"

#include "app/auth/accountrules.h"
#include "app/auth/authservice.h"
#include "app/central/accountssync.h"
#include "app/central/roleprovisioner.h"
#include "app/central/staffcsv.h"
#include "app/demo/demoschool.h"
#include "models/auditlog.h"
#include "models/nationalid.h"
#include "support/clirunner.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using cooc::test::CliRun;
using cooc::test::runCli;
using namespace cooc::central;
using namespace cooc::test::central;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC); // school year 115

QString id(int n)
{
    return NationalId::generate(quint64(900000 + n));
}

} // namespace

class TestCentralAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parsesUtf8WithChineseHeaders();
    void parsesBig5();
    void reportsEveryProblemWithoutIds();
    void syncCreatesRolesThatCanLogIn();
    void dryRunChangesNothing();
    void resyncUpdatesDisablesAndIsIdempotent();
    void invalidFileChangesNothing();
    void cliSyncAndDryRun();
    void demoHookCreatesLoginRoles();
    void syncedAccountLogsInThroughTheClient();

private:
    // Two schools with classes 801/802 (school year 115) and no staff yet.
    void makeSchools();
    QString csv(const QStringList &rows) const;
    Result<SyncReport> sync(const QStringList &rows, bool dryRun = false);
    QString login(const QString &school, int n) const { return AccountRules::staffLogin(school, id(n)); }
    void adoptLogins(const SyncReport &report);

    std::unique_ptr<Fixture> m_f;
    QString m_x, m_y; // school codes
    FixedClock m_clock{kNow};
};

void TestCentralAccounts::init()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    makeSchools();
}

void TestCentralAccounts::cleanup()
{
    m_f.reset();
}

void TestCentralAccounts::makeSchools()
{
    m_x = m_f->prefix() + QStringLiteral("x");
    m_y = m_f->prefix() + QStringLiteral("y");
    const Database &db = m_f->owner();
    for (const QString &code : {m_x, m_y}) {
        auto school = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"), {code, code});
        QVERIFY(school.ok());
        for (int n : {1, 2})
            QVERIFY(db.insert(QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name) VALUES (?, 115, 8, ?, ?)"),
                              {school.value(), n, QStringLiteral("80%1").arg(n)}).ok());
    }
    QVERIFY(db.insert(QStringLiteral("INSERT INTO offices (school_id, code, name) SELECT id, 'student_affairs', '學務處' FROM schools WHERE code = ?"),
                      {m_x}).ok());
}

QString TestCentralAccounts::csv(const QStringList &rows) const
{
    return QStringLiteral("school_code,national_id,name,email,office,homeroom_class,is_school_admin,employment_status\n")
        + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<SyncReport> TestCentralAccounts::sync(const QStringList &rows, bool dryRun)
{
    auto parsed = parseStaffCsv(csv(rows).toUtf8());
    if (!parsed)
        return parsed.error();
    SyncOptions options;
    options.dryRun = dryRun;
    auto report = AccountsSync(m_f->owner(), m_clock).run(parsed.value(), options);
    if (report)
        adoptLogins(report.value());
    return report;
}

void TestCentralAccounts::adoptLogins(const SyncReport &report)
{
    for (const SyncChange &c : report.changes) {
        if (!c.login.isEmpty())
            m_f->adoptRole(c.login);
    }
}

void TestCentralAccounts::parsesUtf8WithChineseHeaders()
{
    const QString text = QStringLiteral("\uFEFF學校代碼,身分證字號,姓名,電子郵件,處室,導師班級,在職狀態\r\n"
                                        "tpjh,%1,\"王, 大明\",w@example.tw,學務處,801;802,在職\r\n"
                                        "tpjh,%2,\"李\"\"小\"\"華\n(代理)\",,,,離職\r\n")
                             .arg(id(1), id(2).toLower());
    auto parsed = parseStaffCsv(text.toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->encoding, QStringLiteral("UTF-8"));
    QVERIFY(parsed->hasHomeroomColumn);
    QCOMPARE(parsed->records.size(), 2);
    const StaffRecord &a = parsed->records.at(0);
    QCOMPARE(a.schoolCode, QStringLiteral("tpjh"));
    QCOMPARE(a.name, QStringLiteral("王, 大明"));
    QCOMPARE(a.officeCode, QStringLiteral("student_affairs"));
    QCOMPARE(a.homeroomClasses, (QStringList{QStringLiteral("801"), QStringLiteral("802")}));
    QCOMPARE(a.employmentStatus, QStringLiteral("employed"));
    const StaffRecord &b = parsed->records.at(1);
    QCOMPARE(b.nationalId, id(2)); // normalised to upper case
    QCOMPARE(b.name, QStringLiteral("李\"小\"華\n(代理)"));
    QCOMPARE(b.employmentStatus, QStringLiteral("left"));
    QCOMPARE(b.line, 3);
}

void TestCentralAccounts::parsesBig5()
{
    // Older SIS exports are Big5: detected when the bytes are not UTF-8.
    const QString text = QStringLiteral("學校代碼,身分證字號,姓名,處室\ntpjh,%1,陳美玲,教務處\n").arg(id(3));
    QStringEncoder big5("Big5");
    QVERIFY(big5.isValid());
    const QByteArray bytes = big5.encode(text);
    QVERIFY(bytes != text.toUtf8());
    auto parsed = parseStaffCsv(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->encoding, QStringLiteral("Big5"));
    QCOMPARE(parsed->records.first().name, QStringLiteral("陳美玲"));
    QCOMPARE(parsed->records.first().officeCode, QStringLiteral("academic_affairs"));
    // Named explicitly, too; and a wrong name is refused.
    QVERIFY(parseStaffCsv(bytes, QStringLiteral("Big5")).ok());
    QCOMPARE(parseStaffCsv(bytes, QStringLiteral("klingon")).error().code, Error::Code::InvalidInput);
    QVERIFY(!parseStaffCsv(bytes, QStringLiteral("UTF-8")).ok());
}

void TestCentralAccounts::reportsEveryProblemWithoutIds()
{
    const QString bad = QStringLiteral("A123456788"); // checksum wrong
    const QString text = QStringLiteral("school_code,national_id,name,office,employment_status,shoe_size\n"
                                        "tpjh,%1,王大明,student_affairs,employed,42\n"
                                        "tpjh,%2,,cafeteria,retired,41\n"
                                        "TP JH!,%1,李小華,,,40\n"
                                        "tpjh,%1,重複,,,39\n")
                             .arg(id(4), bad);
    auto parsed = parseStaffCsv(text.toUtf8());
    QVERIFY(!parsed.ok());
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QStringLiteral("unknown column \"shoe_size\"")), qPrintable(message));
    // The header problem stops the rows from being read: fix it and see the row problems.
    const QString rows = QString(text).replace(QStringLiteral(",shoe_size"), QString())
                             .replace(QStringLiteral(",42\n"), QStringLiteral("\n"))
                             .replace(QStringLiteral(",41\n"), QStringLiteral("\n"))
                             .replace(QStringLiteral(",40\n"), QStringLiteral("\n"))
                             .replace(QStringLiteral(",39\n"), QStringLiteral("\n"));
    parsed = parseStaffCsv(rows.toUtf8());
    QVERIFY(!parsed.ok());
    const QString m = parsed.error().message;
    for (const QString &expected : {QStringLiteral("line 3: the national ID is not valid"), QStringLiteral("line 3: the name is empty"),
                                    QStringLiteral("line 3: unknown office \"cafeteria\""),
                                    QStringLiteral("line 3: unknown employment status \"retired\""),
                                    QStringLiteral("line 4: the school code \"tp jh!\""),
                                    QStringLiteral("line 5: the same person appears twice")})
        QVERIFY2(m.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + m));
    QVERIFY2(!m.contains(id(4)) && !m.contains(bad), "a national ID was echoed");
    QCOMPARE(parseStaffCsv(QByteArray()).error().code, Error::Code::InvalidInput);
    QCOMPARE(parseStaffCsv(QByteArray("\xff\xfe\x00\x01\x80\x81", 6)).error().code, Error::Code::InvalidInput);
}

void TestCentralAccounts::syncCreatesRolesThatCanLogIn()
{
    auto report = sync({QStringLiteral("%1,%2,王老師,w@example.tw,,801,no,employed").arg(m_x, id(10)),
                        QStringLiteral("%1,%2,林組長,l@example.tw,student_affairs,,no,employed").arg(m_x, id(11)),
                        QStringLiteral("%1,%2,陳校長,c@example.tw,principal,,yes,employed").arg(m_x, id(12)),
                        QStringLiteral("%1,%2,張老師,z@example.tw,,801,no,employed").arg(m_y, id(13)),
                        QStringLiteral("%1,%2,趙老師,,,,no,left").arg(m_x, id(14))});
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->created, 5);
    QVERIFY(report->applied);

    const RoleProvisioner roles(m_f->owner());
    const QString teacher = login(m_x, 10);
    auto t = roles.find(teacher);
    QVERIFY(t.ok() && t.value());
    QVERIFY(t.value()->canLogin);
    QCOMPARE(t.value()->groups, GroupRole::forStaff(true, {}, false));
    QCOMPARE(roles.find(login(m_x, 11)).value()->groups, GroupRole::forStaff(false, QStringLiteral("student_affairs"), false));
    QCOMPARE(roles.find(login(m_x, 12)).value()->groups, GroupRole::forStaff(false, QStringLiteral("principal"), true));
    QVERIFY(!roles.find(login(m_x, 14)).value()->canLogin); // left: created disabled, in no group
    QVERIFY(roles.find(login(m_x, 14)).value()->groups.isEmpty());
    // The principal's office did not exist: created.
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM offices o JOIN schools s ON s.id = o.school_id"
                                              " WHERE s.code = ? AND o.code = 'principal'"),
                 {m_x}),
             QList<qint64>{1});

    // The account name follows the real rule, and the default password is the last 6 of the ID.
    QCOMPARE(teacher, (m_x + NationalId::lastChars(id(10), 9)).toLower());
    DatabaseUrl url = m_f->urlFor(teacher);
    url.password = NationalId::lastChars(id(10), 6);
    auto db = Database::open(url);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    // The client finds the must-change flag on its own accounts row...
    QCOMPARE(ids(*db.value(), QStringLiteral("SELECT a.must_change_password::int FROM accounts a JOIN staff s ON s.id = a.staff_id"
                                             " WHERE s.db_role = current_user")),
             QList<qint64>{1});
    // ...sees the class it is homeroom teacher of, and nothing of the other school.
    QCOMPARE(ids(*db.value(), QStringLiteral("SELECT count(*) FROM staff WHERE school_id <> (SELECT school_id FROM staff"
                                             " WHERE db_role = current_user)")),
             QList<qint64>{0});
    QCOMPARE(ids(*db.value(), QStringLiteral("SELECT count(*) FROM classes c JOIN staff s ON s.id = c.homeroom_teacher_id"
                                             " WHERE s.db_role = current_user AND c.name = '801'")),
             QList<qint64>{1});
    // Who left cannot log in at all.
    DatabaseUrl leftUrl = m_f->urlFor(login(m_x, 14));
    leftUrl.password = NationalId::lastChars(id(14), 6);
    auto refused = Database::open(leftUrl);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    // No column anywhere holds a whole national ID.
    for (int n : {10, 11, 12, 13, 14})
        QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM staff WHERE national_id_hash = ? OR national_id_masked = ?"
                                                      " OR name = ? OR email = ? OR db_role = ?"),
                     {id(n), id(n), id(n), id(n), id(n)}),
                 QList<qint64>{0});
}

void TestCentralAccounts::dryRunChangesNothing()
{
    auto report = sync({QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(20)),
                        QStringLiteral("%1,%2,林組長,,academic_affairs,,,").arg(m_x, id(21))},
                       true);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(!report->applied);
    QCOMPARE(report->created, 2);
    // It says what would happen: two accounts, one office, one homeroom teacher.
    QStringList lines;
    for (const SyncChange &c : report->changes)
        lines << c.login + QLatin1Char(' ') + c.text;
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(login(m_x, 20)) && all.contains(QStringLiteral("default password")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("office academic_affairs created")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("class 801")), qPrintable(all));
    // And did none of it.
    QVERIFY(!RoleProvisioner(m_f->owner()).find(login(m_x, 20)).value());
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM staff")), QList<qint64>{0});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM offices WHERE code = 'academic_affairs'")), QList<qint64>{0});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM classes WHERE homeroom_teacher_id IS NOT NULL")),
             QList<qint64>{0});
}

void TestCentralAccounts::resyncUpdatesDisablesAndIsIdempotent()
{
    QVERIFY(sync({QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(30)),
                  QStringLiteral("%1,%2,林老師,,,802,,").arg(m_x, id(31)),
                  QStringLiteral("%1,%2,陳老師,,,,,").arg(m_x, id(32))})
                .ok());
    const RoleProvisioner roles(m_f->owner());
    // A second run with the same file changes nothing.
    auto again = sync({QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(30)),
                       QStringLiteral("%1,%2,林老師,,,802,,").arg(m_x, id(31)),
                       QStringLiteral("%1,%2,陳老師,,,,,").arg(m_x, id(32))});
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 3);
    QVERIFY2(again->changes.isEmpty(), qPrintable(again->changes.isEmpty() ? QString() : again->changes.first().text));

    // Next term: 王 moves to the office and gives 801 to 陳; 林 is on leave; nobody lists 802.
    auto next = sync({QStringLiteral("%1,%2,王老師,,student_affairs,,,").arg(m_x, id(30)),
                      QStringLiteral("%1,%2,林老師,,,,,on_leave").arg(m_x, id(31)),
                      QStringLiteral("%1,%2,陳老師,,,801,,").arg(m_x, id(32))});
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
    QCOMPARE(roles.find(login(m_x, 30)).value()->groups, GroupRole::forStaff(false, QStringLiteral("student_affairs"), false));
    QCOMPARE(roles.find(login(m_x, 32)).value()->groups, GroupRole::forStaff(true, {}, false));
    QVERIFY(!roles.find(login(m_x, 31)).value()->canLogin);
    QVERIFY(roles.find(login(m_x, 31)).value()->groups.isEmpty());
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM classes c JOIN staff s ON s.id = c.homeroom_teacher_id"
                                              " WHERE c.name = '801' AND s.db_role = ?"),
                 {login(m_x, 32)}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM classes c JOIN schools sc ON sc.id = c.school_id"
                                              " WHERE sc.code = ? AND c.name = '802' AND c.homeroom_teacher_id IS NULL"),
                 {m_x}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT disabled::int FROM accounts WHERE login = ?"), {login(m_x, 31)}),
             QList<qint64>{1});

    // 陳 is missing from the next export: left, disabled, never deleted.
    auto gone = sync({QStringLiteral("%1,%2,王老師,,student_affairs,,,").arg(m_x, id(30)),
                      QStringLiteral("%1,%2,林老師,,,,,on_leave").arg(m_x, id(31))});
    QVERIFY2(gone.ok(), qPrintable(gone.ok() ? QString() : gone.error().message));
    QCOMPARE(gone->disabled, 1);
    QVERIFY(!roles.find(login(m_x, 32)).value()->canLogin);
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM staff WHERE db_role = ? AND employment_status = 'left'"),
                 {login(m_x, 32)}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM classes WHERE homeroom_teacher_id IS NOT NULL")),
             QList<qint64>{0});
    // Staff of the school that was not in the file are untouched.
    QCOMPARE(gone->changes.size(), 2); // 陳 left, class 801 lost its teacher
}

void TestCentralAccounts::invalidFileChangesNothing()
{
    const QStringList problems[] = {
        {QStringLiteral("zzzunknown,%1,王老師,,,,,").arg(id(40))},                                  // unknown school
        {QStringLiteral("%1,%2,王老師,,,809,,").arg(m_x, id(41))},                                  // unknown class
        {QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(42)), QStringLiteral("%1,%2,林老師,,,801,,").arg(m_x, id(43))}, // twice
    };
    for (const QStringList &rows : problems) {
        auto report = sync(rows);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::InvalidInput);
        QVERIFY(report.error().message.startsWith(QStringLiteral("Nothing was changed")));
    }
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM staff")), QList<qint64>{0});
    QVERIFY(!RoleProvisioner(m_f->owner()).find(login(m_x, 42)).value());
    // Not the owner: a staff member cannot create roles (the server refuses; nothing changes).
    QVERIFY(sync({QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(44))}).ok());
    DatabaseUrl url = m_f->urlFor(login(m_x, 44));
    url.password = NationalId::lastChars(id(44), 6);
    auto teacherDb = Database::open(url);
    QVERIFY(teacherDb.ok());
    auto parsed = parseStaffCsv(csv({QStringLiteral("%1,%2,林老師,,,,,").arg(m_x, id(45))}).toUtf8());
    QVERIFY(parsed.ok());
    auto refused = AccountsSync(*teacherDb.value(), m_clock).run(parsed.value(), {});
    QVERIFY(!refused.ok());
    QVERIFY(!RoleProvisioner(m_f->owner()).find(login(m_x, 45)).value());
}

void TestCentralAccounts::cliSyncAndDryRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("staff.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QStringEncoder big5("Big5");
    file.write(big5.encode(csv({QStringLiteral("%1,%2,王老師,,,801,,").arg(m_x, id(50))})));
    file.close();
    m_f->adoptRole(login(m_x, 50));
    const QString url = m_f->urlFor(m_f->ownerRole()).toString();

    CliRun dry = runCli({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("--db"), url, QStringLiteral("--from"), path,
                         QStringLiteral("--dry-run"), QStringLiteral("--school-year"), QStringLiteral("115")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("Dry run")) && dry.out.contains(QStringLiteral("Big5"))
                 && dry.out.contains(QStringLiteral("+ ") + login(m_x, 50)),
             qPrintable(dry.out));
    QVERIFY(!dry.out.contains(Fixture::password(m_f->ownerRole())));
    QVERIFY(!RoleProvisioner(m_f->owner()).find(login(m_x, 50)).value());

    CliRun real = runCli({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("--db"), url, QStringLiteral("--from"), path,
                          QStringLiteral("--school-year"), QStringLiteral("115")});
    QVERIFY2(real.exitCode == 0, qPrintable(real.out + real.err));
    QVERIFY2(real.out.contains(QStringLiteral("1 created")), qPrintable(real.out));
    QVERIFY(RoleProvisioner(m_f->owner()).find(login(m_x, 50)).value());

    QCOMPARE(runCli({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("--db"), url}).exitCode, 3);
    QCOMPARE(runCli({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("--db"), QStringLiteral("sqlite:///tmp/x.sqlite"),
                  QStringLiteral("--from"), path}).exitCode,
             3);
    const CliRun missing = runCli({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("--db"), url,
                                   QStringLiteral("--from"), dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, 1);
}

void TestCentralAccounts::demoHookCreatesLoginRoles()
{
    // DemoOptions::onStaffAccount on PostgreSQL: one login role per demo staff account.
    auto school = ids(m_f->owner(), QStringLiteral("SELECT id FROM schools WHERE code = ?"), {m_x});
    auto staff = m_f->owner().insert(QStringLiteral("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked)"
                                                    " VALUES (?, '示範老師', 'h-demo', 'A12****789')"),
                                     {school.first()});
    QVERIFY(staff.ok());
    GeneratedAccount account;
    account.login = (m_x + QStringLiteral("123456789")).toUpper(); // any case: roles are lower case
    account.password = QStringLiteral("456789");
    account.role = QStringLiteral("homeroom_teacher");
    account.staffId = staff.value();
    account.schoolId = school.first();
    const QString role = account.login.toLower();
    m_f->adoptRole(role);
    auto tx = Transaction::begin(m_f->owner());
    QVERIFY(tx.ok());
    const Status provisioned = RoleProvisioner(m_f->owner()).provisionDemoAccount(account);
    QVERIFY2(provisioned.ok(), qPrintable(provisioned.ok() ? QString() : provisioned.error().detail));
    QVERIFY(tx.value()->commit().ok());
    DatabaseUrl url = m_f->urlFor(role);
    url.password = account.password;
    auto db = Database::open(url);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QCOMPARE(ids(*db.value(), QStringLiteral("SELECT id FROM staff WHERE db_role = current_user")), QList<qint64>{staff.value()});
    // An invalid name is refused before any SQL is built from it.
    account.login = QStringLiteral("x\"; DROP TABLE staff; --");
    QCOMPARE(RoleProvisioner(m_f->owner()).provisionDemoAccount(account).error().code, Error::Code::InvalidInput);
}

void TestCentralAccounts::syncedAccountLogsInThroughTheClient()
{
    // The client's own central login (AuthService) under row-level security: the synced
    // account logs in with its default password, is made to change it, and logs in again.
    QVERIFY(sync({QStringLiteral("%1,%2,王老師,,student_affairs,801,,").arg(m_x, id(60))}).ok());
    const QString name = login(m_x, 60);
    const QString initial = NationalId::lastChars(id(60), 6);
    DatabaseUrl url = m_f->urlFor(name);
    url.password.clear();
    const SystemClock clock;
    const AuthService auth(clock);
    auto session = auth.login(url, name.toUpper(), initial);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message + session.error().detail));
    QVERIFY(session.value()->isCentral());
    QVERIFY(session.value()->mustChangePassword);
    QVERIFY(session.value()->actor.isSchoolWide());
    QCOMPARE(session.value()->actor.homeroomClassIds.size(), 1);
    const QString next = QStringLiteral("New-pass-2026!");
    const Status changed = auth.changePassword(*session.value(), initial, next);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message + changed.error().detail));
    session.value().reset();
    QCOMPARE(auth.login(url, name, initial).error().code, Error::Code::AuthFailed);
    auto again = auth.login(url, name, next);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(!again.value()->mustChangePassword);
    // Both logins are in the audit log, in the user's own name, chained by the database.
    QCOMPARE(ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_login = ? AND action = 'auth.login'"), {name}),
             QList<qint64>{2});
    auto chain = AuditLog(m_f->owner()).verifyChain();
    QVERIFY(chain.ok() && chain->firstBrokenId == 0);
}

QTEST_GUILESS_MAIN(TestCentralAccounts)
#include "tst_central_accounts.moc"
