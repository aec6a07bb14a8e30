// The demo world (app/demo) and the CLI commands that build it (`demo`) or only the schema
// (`db init`): what the product needs is there, on SQLite and PostgreSQL alike; the same seed
// gives the same data; a cancelled or refused run changes nothing; no national ID is stored whole.
#include "app/auth/authservice.h"
#include "app/auth/passwordhasher.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoschool.h"
#include "models/auditlog.h"
#include "models/migrator.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using test::CliRun;
using test::runCli;

namespace {

// Saturday 28 November 2026, 11:30 in Taipei: Friday's absences are partly recorded "today".
QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(3, 30), Qt::UTC);
}

qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.scalar(sql, values);
    if (!v) {
        qWarning() << sql << v.error().detail;
        return -1;
    }
    return v.value().toLongLong();
}

QStringList column(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QStringList out;
    auto q = db.exec(sql, values);
    if (!q)
        return out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void smallDemoHasWhatTheProductNeeds_data() { test::addDialectRows(); }
    void smallDemoHasWhatTheProductNeeds();
    void sameSeedSameData_data() { test::addDialectRows(); }
    void sameSeedSameData();
    void sameDataOnBothDialects();
    void cancelLeavesNothing_data() { test::addDialectRows(); }
    void cancelLeavesNothing();
    void refusesDatabaseThatHoldsSchools_data() { test::addDialectRows(); }
    void refusesDatabaseThatHoldsSchools();
    void refusesBadSize();
    void timestampTextIsTheDatabasesFormat();

    void cliDbInitIsIdempotent_data() { test::addDialectRows(); }
    void cliDbInitIsIdempotent();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliDemoOnUnreachableDatabase();
    void cliDemoBuildsTheSchool();
    void cliDemoInterruptedWritesNothing();

private:
    FixedClock m_clock{demoNow()};
};

void TestDemo::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("COOC_CLI").isEmpty(), "COOC_CLI must name the cooc-desk-cli executable");
}

void TestDemo::smallDemoHasWhatTheProductNeeds()
{
    COOC_TEST_DATABASE(t);
    const Database &db = t->db();
    DemoOptions options;
    options.students = 300;
    options.clock = &m_clock;
    QStringList steps;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    auto result = DemoSchool::generate(db, options, [&](qint64 done, qint64 total, const QString &step) {
        steps << step;
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + QLatin1Char(' ') + result.error().detail));
    QCOMPARE(result->students, qint64(300));
    QCOMPARE(result->schools, qint64(2));
    QVERIFY(!steps.isEmpty());
    QCOMPARE(lastTotal, qint64(300));
    QCOMPARE(lastDone, qint64(300));
    qInfo() << "300 students generated in" << result->elapsedMs << "ms," << result->rows << "rows";

    // Schools: the demo school first, marked DEMO.
    QCOMPARE(column(db, QStringLiteral("SELECT name FROM schools ORDER BY id")).first(), DemoSchool::demoSchoolName());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM schools WHERE is_demo = ? AND code = ?"),
                   {true, DemoSchool::demoSchoolCode()}),
             1);
    const qint64 demoId = count(db, QStringLiteral("SELECT id FROM schools WHERE code = ?"), {DemoSchool::demoSchoolCode()});
    // 3 grades (7–9), homeroom teachers, the three offices.
    QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT grade FROM classes WHERE school_id = ? ORDER BY grade"), {demoId}),
             QStringList({QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM classes WHERE homeroom_teacher_id IS NULL")), 0);
    for (const char *office : {"student_affairs", "academic_affairs", "counseling"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM staff s JOIN offices o ON o.id = s.office_id "
                                          "WHERE o.code = ? AND s.school_id = ?"),
                       {QLatin1String(office), demoId}) > 0,
                 office);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE kind = 'staff'")),
             count(db, QStringLiteral("SELECT COUNT(*) FROM staff")));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN parents p ON p.id = a.parent_id WHERE "
                                     "a.kind = 'parent' AND a.login = lower(p.email)")) > 100);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE is_school_admin = ? AND school_id = ?"),
                   {true, demoId}),
             1);

    // Counts per table within the expected ranges.
    struct Range
    {
        const char *table;
        qint64 min;
        qint64 max;
    };
    const Range ranges[] = {
        {"students", 300, 300},          {"enrollments", 302, 302},     {"student_guardians", 400, 700},
        {"parents", 180, 450},           {"household_registry", 650, 1000}, {"accounts", 200, 700},
        {"parent_bindings", 180, 500},   {"binding_requests", 40, 200}, {"binding_request_events", 100, 1000},
        {"leave_types", 5, 5},           {"leave_requests", 60, 600},   {"leave_request_periods", 100, 3000},
        {"leave_attachments", 5, 300},   {"attendance", 300, 5000},     {"grades", 3000, 30000},
        {"merits", 50, 1000},            {"gate_swipes", 5000, 20000},  {"notices", 8, 12},
        {"notice_recipients", 300, 3000}, {"notice_replies", 100, 2000}, {"surveys", 2, 4},
        {"survey_questions", 4, 10},     {"survey_answers", 100, 2000}, {"messages", 20, 200},
        {"push_outbox", 20, 200},        {"contact_book_entries", 50, 400}, {"contact_book_acks", 500, 6000},
        {"activities", 4, 8},            {"activity_registrations", 20, 400}, {"payments", 5, 300},
        {"esign_trust", 8, 8},           {"audit_log", 50, 3000},
    };
    for (const Range &r : ranges) {
        const qint64 n = count(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(r.table));
        QVERIFY2(n >= r.min && n <= r.max,
                 qPrintable(QStringLiteral("%1: %2 rows, expected %3..%4").arg(QLatin1String(r.table)).arg(n).arg(r.min).arg(r.max)));
    }

    // Binding requests in every state, every verdict, the household check's answers.
    for (const char *status : {"pending", "info_requested", "approved", "rejected", "withdrawn"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE status = ? AND school_id = ?"),
                       {QLatin1String(status), demoId}) > 0,
                 status);
    for (const char *verdict : {"TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE", "NOT_VERIFIED", "NO_SIGNATURE"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE verification_verdict = ?"),
                       {QLatin1String(verdict)}) > 0,
                 verdict);
    for (const char *sub : {"SIGNER_MISMATCH", "CONTENT_MISMATCH", "NO_CERTIFICATE_CHAIN_FOUND"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE verification_subindication = ?"),
                       {QLatin1String(sub)}) > 0,
                 sub);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE verification_subindication IN "
                                     "('EXPIRED', 'OUT_OF_BOUNDS_NO_POE')")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE verification_subindication IN "
                                     "('SIG_CRYPTO_FAILURE', 'HASH_FAILURE')")) > 0);
    // Valid signatures pass, and every verified request keeps its report.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE status = 'approved' AND "
                                     "verification_verdict = 'TOTAL_PASSED'")) > 10);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE verification_verdict <> "
                                      "'NOT_VERIFIED' AND verification_report IS NULL")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE signature_format = 'none' AND "
                                      "signature IS NOT NULL")),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE signature_format = 'pkcs1' AND "
                                     "signer_certificate IS NOT NULL")) > 0);
    for (const char *household : {"MATCH", "NOT_CHECKED"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE household_result = ?"),
                       {QLatin1String(household)}) > 0,
                 household);
    // Approved requests made the bindings; decisions are in the audit log, whose chain holds.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_requests r WHERE r.status = 'approved' AND NOT "
                                      "EXISTS (SELECT 1 FROM parent_bindings b WHERE b.request_id = r.id)")),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'binding.approve'")) > 0);
    auto chain = AuditLog(db).verifyChain();
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBrokenId, 0);

    // Families: a parent with several children, guardians, a delegated caregiver.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT parent_id FROM parent_bindings WHERE status = "
                                     "'active' GROUP BY parent_id HAVING COUNT(*) > 1) x")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM parent_bindings WHERE relationship IN ('grandparent', "
                                     "'guardian')")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM student_guardians WHERE relationship IN ('grandparent', "
                                     "'guardian')")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM parent_bindings b JOIN binding_requests r ON r.id = "
                                     "b.request_id WHERE b.relationship = 'delegate' AND b.status = 'active' AND "
                                     "r.delegation_document IS NOT NULL")) == 1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM household_registry WHERE city <> ?"),
                  {QStringLiteral("臺北市")}) > 0);

    // Transfers: out of the demo school into the second school (unplaced), and the reverse.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM enrollments a JOIN enrollments b ON b.student_id = "
                                      "a.student_id WHERE a.school_id = ? AND a.status = 'transferred_out' AND "
                                      "b.school_id <> ? AND b.status = 'enrolled' AND b.class_id IS NULL"),
                   {demoId, demoId}),
             1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE school_id = ? AND status = 'enrolled' "
                                      "AND class_id IS NULL"),
                   {demoId}),
             1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM parent_bindings WHERE status = 'suspended'")) > 0);

    // Absences recorded today (the parents' one-day lag), leave requests in every state.
    const QDateTime todayStart(QDate(2026, 11, 28), QTime(0, 0), QTimeZone(8 * 3600));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE recorded_at >= ? AND school_id = ?"),
                  {db.timestamp(todayStart), demoId}) > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE recorded_at > ?"), {db.timestamp(demoNow())}),
             0);
    for (const char *status : {"pending", "approved", "rejected", "cancelled"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM leave_requests WHERE status = ?"), {QLatin1String(status)}) > 0,
                 status);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM leave_requests r WHERE NOT EXISTS (SELECT 1 FROM "
                                      "leave_request_periods p WHERE p.leave_request_id = r.id)")),
             0);
    for (const char *channel : {"app", "paper", "phone"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM notice_replies WHERE channel = ?"), {QLatin1String(channel)}) > 0,
                 channel);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM notice_replies WHERE channel <> 'app' AND recorded_by IS NULL")), 0);
    for (const char *status : {"paid", "unpaid"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = ?"), {QLatin1String(status)}) > 0, status);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust WHERE is_demo = ? AND kind = 'anchor'"), {true}), 2);

    // Demo accounts: the real login rule, the default password, must change; the login dialog's list.
    const QString json = column(db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
                                {QStringLiteral("demo_accounts")})
                             .value(0);
    const QJsonArray accounts = QJsonDocument::fromJson(json.toUtf8()).array();
    QVERIFY(accounts.size() >= 15);
    QSet<QString> roles;
    const QRegularExpression loginRule(QStringLiteral("^cooc[0-9]{9}$"));
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        const QString login = a.value(QStringLiteral("login")).toString();
        const QString password = a.value(QStringLiteral("password")).toString();
        roles << a.value(QStringLiteral("role")).toString();
        QVERIFY2(loginRule.match(login).hasMatch(), qPrintable(login));
        QCOMPARE(password.size(), 6);
        QCOMPARE(login.right(6), password); // last 6 of the ID = last 6 of the login's last 9
        QVERIFY(!a.value(QStringLiteral("name")).toString().isEmpty());
    }
    QCOMPARE(roles, (QSet<QString>{QStringLiteral("homeroom_teacher"), QStringLiteral("office_staff"),
                                   QStringLiteral("school_admin")}));
    auto listed = AuthService::demoAccounts(db);
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
    QCOMPARE(listed->size(), accounts.size());
    for (int i = 0; i < 3; ++i) {
        const QJsonObject a = accounts.at(i).toObject();
        auto row = db.exec(QStringLiteral("SELECT password_hash, must_change_password, disabled FROM accounts WHERE login = ?"),
                           {a.value(QStringLiteral("login")).toString()});
        QVERIFY(row.ok() && row.value().next());
        QVERIFY(PasswordHasher::verify(a.value(QStringLiteral("password")).toString(), row.value().value(0).toString()));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("wrong1"), row.value().value(0).toString()));
        QVERIFY(row.value().value(1).toBool());
        QVERIFY(!row.value().value(2).toBool());
    }
    if (dialect == Dialect::Sqlite) {
        // The embedded login accepts a demo account and demands a new password.
        const QJsonObject a = accounts.at(accounts.size() - 1).toObject();
        AuthService auth(m_clock);
        auto session = auth.login(t->url(), a.value(QStringLiteral("login")).toString(),
                                  a.value(QStringLiteral("password")).toString());
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QVERIFY(session.value()->mustChangePassword);
        QVERIFY(session.value()->isDemoSchool);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN staff s ON s.id = a.staff_id WHERE "
                                          "s.employment_status = 'left' AND a.disabled = ?"),
                       {false}),
                 0);
    }

    // Names beyond the Basic Multilingual Plane round-trip.
    for (const QString &rare : {QStringLiteral("𡘙"), QStringLiteral("𠀋")}) {
        const QStringList names = column(db, QStringLiteral("SELECT name FROM students WHERE name LIKE ?"),
                                         {QString(QStringLiteral("%") + rare + QStringLiteral("%"))});
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.first().size(), 4); // surname + surrogate pair + one character
        QVERIFY(names.first().at(1).isHighSurrogate());
    }
    QCOMPARE(column(db, QStringLiteral("SELECT name FROM staff WHERE name LIKE ?"), {QStringLiteral("%𥚃%")}).size(), 1);
    QVERIFY(column(db, QStringLiteral("SELECT name FROM student_guardians WHERE name LIKE ?"), {QStringLiteral("%𪚥%")}).size() >= 1);
    QVERIFY(column(db, QStringLiteral("SELECT applicant_name FROM binding_requests WHERE applicant_name LIKE ? AND "
                                      "verification_subindication = 'SIGNER_MISMATCH'"),
                   {QStringLiteral("%𪚥%")})
                .size()
            == 1);

    // No national ID is stored whole: scan every text and blob column.
    const QRegularExpression idPattern(QStringLiteral("[A-Z][12][0-9]{8}"));
    QStringList tables = db.connection().tables();
    qint64 scanned = 0;
    for (const QString &table : tables) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const QSqlRecord record = db.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        auto q = db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table);
        QVERIFY(q.ok());
        while (q.value().next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant v = q.value().value(c);
                if (v.isNull())
                    continue;
                const QString text = v.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray())
                                                                               : v.toString();
                ++scanned;
                const auto m = idPattern.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(table + QLatin1Char('.') + columns.at(c) + QStringLiteral(" holds ") + m.captured()));
            }
        }
    }
    QVERIFY(scanned > 50000);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM parents WHERE LENGTH(id_last4) <> 4")), 0);

    if (dialect == Dialect::Sqlite) {
        auto fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk.ok());
        QVERIFY2(!fk.value().next(), "foreign keys hold");
        // The file is back in WAL mode after the bulk load.
        QCOMPARE(column(db, QStringLiteral("PRAGMA journal_mode")).value(0), QStringLiteral("wal"));
    } else {
        // Identity sequences continue after the explicit ids.
        auto school = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                                {QStringLiteral("after"), QStringLiteral("之後")});
        QVERIFY2(school.ok(), qPrintable(school.ok() ? QString() : school.error().detail));
        QCOMPARE(school.value(), 3);
    }
}

void TestDemo::sameSeedSameData()
{
    QFETCH(Dialect, dialect);
    QStringList digests;
    for (quint64 seed : {quint64(7), quint64(7), quint64(8)}) {
        auto t = test::TestDatabase::create(dialect);
        QVERIFY2(t && t->error().isEmpty(), qPrintable(t ? t->error() : QString()));
        DemoOptions options;
        options.students = 100;
        options.seed = seed;
        options.clock = &m_clock;
        auto result = DemoSchool::generate(t->db(), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + QLatin1Char(' ') + result.error().detail));
        auto digest = DemoSchool::contentDigest(t->db());
        QVERIFY(digest.ok());
        digests << digest.value();
    }
    QCOMPARE(digests.at(0), digests.at(1));
    QVERIFY(digests.at(0) != digests.at(2));
}

void TestDemo::sameDataOnBothDialects()
{
    QStringList digests;
    QList<QMap<QString, QString>> tables;
    for (Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        auto t = test::TestDatabase::create(dialect);
        QVERIFY2(t && t->error().isEmpty(), qPrintable(t ? t->error() : QString()));
        DemoOptions options;
        options.students = 120;
        options.clock = &m_clock;
        auto result = DemoSchool::generate(t->db(), options);
        QVERIFY(result.ok());
        QMap<QString, QString> perTable;
        digests << DemoSchool::contentDigest(t->db(), &perTable).value();
        tables << perTable;
    }
    // Dialect-specific migrations add tables of their own (e.g. PostgreSQL's security tables):
    // compare every table both have — which includes every table the generator writes.
    int common = 0;
    for (auto it = tables.at(0).cbegin(); it != tables.at(0).cend(); ++it) {
        if (!tables.at(1).contains(it.key()))
            continue;
        ++common;
        QVERIFY2(tables.at(1).value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
    }
    QVERIFY(common >= 35);
    for (const char *table : {"students", "binding_requests", "attendance", "notice_replies", "esign_trust", "audit_log"})
        QVERIFY2(tables.at(0).contains(QLatin1String(table)) && tables.at(1).contains(QLatin1String(table)), table);
}

void TestDemo::cancelLeavesNothing()
{
    COOC_TEST_DATABASE(t);
    std::atomic_bool cancel{false};
    int calls = 0;
    DemoOptions options;
    options.students = 900; // two schools' worth: the first is already flushed when we cancel
    options.clock = &m_clock;
    auto result = DemoSchool::generate(
        t->db(), options,
        [&](qint64 done, qint64, const QString &) {
            if (done > 0 && ++calls == 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QVERIFY(!result.error().message.isEmpty());
    for (const char *table : {"schools", "staff", "students", "accounts", "binding_requests", "attendance",
                              "leave_types", "esign_trust", "audit_log", "app_settings"})
        QVERIFY2(count(t->db(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) == 0, table);
    // And the database still works: a full run afterwards succeeds.
    options.students = 100;
    QVERIFY(DemoSchool::generate(t->db(), options).ok());
}

void TestDemo::refusesDatabaseThatHoldsSchools()
{
    COOC_TEST_DATABASE(t);
    DemoOptions options;
    options.students = 100;
    options.clock = &m_clock;
    QVERIFY(DemoSchool::generate(t->db(), options).ok());
    const QString before = DemoSchool::contentDigest(t->db()).value();
    auto again = DemoSchool::generate(t->db(), options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY(again.error().message.contains(QLatin1String("already holds schools")));
    QCOMPARE(DemoSchool::contentDigest(t->db()).value(), before);
}

void TestDemo::refusesBadSize()
{
    auto t = test::TestDatabase::create(Dialect::Sqlite);
    for (int n : {0, 99, DemoSchool::kMaxStudents + 1}) {
        DemoOptions options;
        options.students = n;
        auto result = DemoSchool::generate(t->db(), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
    }
    QCOMPARE(count(t->db(), QStringLiteral("SELECT COUNT(*) FROM schools")), 0);
}

void TestDemo::timestampTextIsTheDatabasesFormat()
{
    // The generator's fast formatter writes exactly what Database::timestamp() writes on SQLite.
    auto t = test::TestDatabase::create(Dialect::Sqlite);
    for (const QDateTime &at : {demoNow(), QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC),
                                QDateTime(QDate(2026, 8, 6), QTime(7, 52, 22, 5), Qt::UTC),
                                QDateTime(QDate(2099, 12, 31), QTime(12, 1, 2, 30), Qt::UTC)})
        QCOMPARE(demo::Generator::isoUtc(at.toMSecsSinceEpoch()), t->db().timestamp(at).toString());
}

void TestDemo::cliDbInitIsIdempotent()
{
    QFETCH(Dialect, dialect);
    auto t = test::TestDatabase::create(dialect, false); // an empty database, no schema yet
    QVERIFY2(t && t->error().isEmpty(), qPrintable(t ? t->error() : QString()));
    const QString url = t->urlString();
    CliRun version = runCli({QStringLiteral("db"), QStringLiteral("version"), QStringLiteral("--db"), url});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral("database schema version: 0")), qPrintable(version.out));

    CliRun first = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("Created the CooC Desk schema")), qPrintable(first.out + first.err));
    QVERIFY(!first.out.contains(t->url().password.isEmpty() ? QStringLiteral("\x01") : t->url().password));
    CliRun second = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("nothing to do")), qPrintable(second.out));

    auto db = t->openAnother();
    QVERIFY(db);
    QCOMPARE(Migrator(*db).databaseVersion().value(), Migrator::clientVersion());
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM schools")), 0); // no demo data
    version = runCli({QStringLiteral("db"), QStringLiteral("version"), QStringLiteral("--db"), url});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral("client schema version:   %1").arg(Migrator::clientVersion())));
    QVERIFY(version.out.contains(QLatin1String("Up to date.")));
}

void TestDemo::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("sqlite:///tmp/cooc-never-created/x.sqlite");
    QTest::newRow("demo without --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db URL is required");
    QTest::newRow("demo bad students") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--students"), QStringLiteral("many")}
                                       << QStringLiteral("--students must be a whole number");
    QTest::newRow("demo too few students") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                                          QStringLiteral("--students"), QStringLiteral("5")}
                                           << QStringLiteral("--students must be a whole number");
    QTest::newRow("demo bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                                  QStringLiteral("--seed"), QStringLiteral("-1")}
                                   << QStringLiteral("--seed must be");
    QTest::newRow("demo bad now") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--now"), QStringLiteral("tomorrow")}
                                  << QStringLiteral("--now must be");
    QTest::newRow("demo unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                                        QStringLiteral("--colour")}
                                         << QStringLiteral("Unknown option");
    QTest::newRow("demo bad url") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                 QStringLiteral("mysql://u@h/x")}
                                  << QStringLiteral("usage: cooc-desk-cli demo");
    QTest::newRow("db without sub-command") << QStringList{QStringLiteral("db")} << QStringLiteral("init, migrate or version");
    QTest::newRow("db unknown sub-command") << QStringList{QStringLiteral("db"), QStringLiteral("drop"),
                                                           QStringLiteral("--db"), db}
                                            << QStringLiteral("unknown sub-command");
    QTest::newRow("db init without --db") << QStringList{QStringLiteral("db"), QStringLiteral("init")}
                                          << QStringLiteral("--db URL is required");
}

void TestDemo::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/cooc-never-created/x.sqlite")));
    // --help is not an error and goes to stdout.
    const CliRun help = runCli({args.first(), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("usage: cooc-desk-cli ") + args.first()));
}

void TestDemo::cliDemoOnUnreachableDatabase()
{
    // Nothing listens on port 1 of loopback.
    const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--db"),
                             QStringLiteral("postgresql://cooc:secret-pw@127.0.0.1:1/cooc"), QStringLiteral("--students"),
                             QStringLiteral("100")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot be reached")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("secret-pw")));
}

void TestDemo::cliDemoBuildsTheSchool()
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList args = {QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--students"),
                              QStringLiteral("100"), QStringLiteral("--now"), QStringLiteral("2026-11-28T03:30:00Z")};
    const CliRun r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Demo data written")), qPrintable(r.out));
    QVERIFY(r.out.contains(DemoSchool::demoSchoolName()));
    QVERIFY(r.err.contains(QLatin1String("students")));
    // The same command on a database that holds schools is refused and changes nothing.
    const CliRun again = runCli(args);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already holds schools")), qPrintable(again.err));
    auto db = Database::open(DatabaseUrl::parse(url).value());
    QVERIFY(db.ok());
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM students")), 100);
}

void TestDemo::cliDemoInterruptedWritesNothing()
{
    // Ctrl-C (SIGINT) and SIGTERM cancel the one transaction: the database keeps no demo data.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interrupted.sqlite"));
    QProcess p;
    p.start(qEnvironmentVariable("COOC_CLI"), {QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("sqlite://") + path,
                                               QStringLiteral("--students"), QStringLiteral("20000")});
    QVERIFY(p.waitForStarted());
    // Wait until it is writing (a progress line names a school), then interrupt.
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError())).contains(QStringLiteral("students ·")),
                             120000);
    p.terminate();
    QVERIFY(p.waitForFinished(120000));
    err += QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("cancelled")), qPrintable(err));
    auto db = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(db.ok());
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schools")), 0);
    QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM students")), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
