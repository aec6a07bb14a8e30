// Pure auth rules: password hashes, the Taipei account rules, the new-password policy, the
// ROC school calendar and the PostgreSQL password literal/verifier.
#include "app/auth/accountrules.h"
#include "app/auth/passwordhasher.h"
#include "app/auth/pgpassword.h"
#include "models/nationalid.h"
#include "models/schoolyear.h"

#include <QTest>

#include <ctime>

using namespace cooc;

class TestAuthRules : public QObject
{
    Q_OBJECT

private slots:
    void hashRoundTrip_data();
    void hashRoundTrip();
    void hashIsSaltedAndSelfDescribing();
    void tamperedOrUnknownHashNeverVerifies_data();
    void tamperedOrUnknownHashNeverVerifies();
    void needsRehash();
    void hashTimings();

    void accountRules_data();
    void accountRules();
    void parentLogin_data();
    void parentLogin();
    void passwordPolicy_data();
    void passwordPolicy();

    void schoolTerm_data();
    void schoolTerm();
    void schoolTermNavigation();
    void className_data();
    void className();

    void pgLiteral_data();
    void pgLiteral();
    void scramVerifierMatchesRfc7677();
};

void TestAuthRules::hashRoundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("cost");
    QTest::newRow("ascii interactive") << QStringLiteral("Correct horse 9") << int(PasswordHasher::Cost::Interactive);
    QTest::newRow("default bulk") << QStringLiteral("456789") << int(PasswordHasher::Cost::Bulk);
    QTest::newRow("chinese + astral") << QStringLiteral("我的密碼𠀋是秘密") << int(PasswordHasher::Cost::Interactive);
}

void TestAuthRules::hashRoundTrip()
{
    QFETCH(QString, password);
    QFETCH(int, cost);
    const QString stored = PasswordHasher::hash(password, PasswordHasher::Cost(cost));
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(password));
    QVERIFY(PasswordHasher::verify(password, stored));
    QVERIFY(!PasswordHasher::verify(password + QLatin1Char('x'), stored));
    QVERIFY(!PasswordHasher::verify(password.left(password.size() - 1), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
}

void TestAuthRules::hashIsSaltedAndSelfDescribing()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password"));
    const QString b = PasswordHasher::hash(QStringLiteral("same password"));
    QVERIFY(a != b); // a fresh salt each time
    const QStringList parts = a.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.at(0), QStringLiteral("scrypt"));
    QCOMPARE(parts.at(1), QStringLiteral("32768"));
    QCOMPARE(parts.at(2), QStringLiteral("8"));
    QCOMPARE(parts.at(3), QStringLiteral("1"));
    QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(5).toLatin1()).size(), 32);
    // Composed and decomposed forms of the same text are the same password (NFC).
    const QString composed = QStringLiteral("caf\u00e9-password");
    const QString decomposed = QStringLiteral("cafe\u0301-password");
    QVERIFY(PasswordHasher::verify(decomposed, PasswordHasher::hash(composed, PasswordHasher::Cost::Bulk)));
}

void TestAuthRules::tamperedOrUnknownHashNeverVerifies_data()
{
    const QString good = PasswordHasher::hash(QStringLiteral("s3cret-pass"), PasswordHasher::Cost::Bulk);
    QStringList parts = good.split(QLatin1Char('$'));
    QTest::addColumn<QString>("stored");

    auto with = [&](int index, const QString &value) {
        QStringList p = parts;
        p[index] = value;
        return p.join(QLatin1Char('$'));
    };
    QByteArray hashBytes = QByteArray::fromBase64(parts.at(5).toLatin1());
    hashBytes[0] = char(hashBytes.at(0) ^ 1);
    QByteArray saltBytes = QByteArray::fromBase64(parts.at(4).toLatin1());
    saltBytes[3] = char(saltBytes.at(3) ^ 0x40);

    QTest::newRow("hash bit flipped") << with(5, QString::fromLatin1(hashBytes.toBase64()));
    QTest::newRow("salt changed") << with(4, QString::fromLatin1(saltBytes.toBase64()));
    QTest::newRow("cost changed") << with(1, QStringLiteral("16"));
    QTest::newRow("r changed") << with(2, QStringLiteral("4"));
    QTest::newRow("N not a power of two") << with(1, QStringLiteral("1000"));
    QTest::newRow("N absurd") << with(1, QStringLiteral("1073741824"));
    QTest::newRow("p absurd") << with(3, QStringLiteral("100000"));
    QTest::newRow("hash truncated") << with(5, parts.at(5).left(10));
    QTest::newRow("bad base64") << with(4, QStringLiteral("!!!notbase64!!!"));
    QTest::newRow("missing field") << parts.mid(0, 5).join(QLatin1Char('$'));
    QTest::newRow("unknown scheme") << with(0, QStringLiteral("bcrypt"));
    QTest::newRow("plaintext") << QStringLiteral("s3cret-pass");
    QTest::newRow("pbkdf2 style") << QStringLiteral("pbkdf2_sha256$260000$abc$def");
    QTest::newRow("empty") << QString();
}

void TestAuthRules::tamperedOrUnknownHashNeverVerifies()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), stored));
}

void TestAuthRules::needsRehash()
{
    QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x-password"))));
    QVERIFY(
        PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x-password"), PasswordHasher::Cost::Bulk)));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("garbage")));
    QVERIFY(PasswordHasher::needsRehash(QString()));
}

void TestAuthRules::hashTimings()
{
    // Not a benchmark, a guard: Interactive must stay affordable for one login and Bulk must
    // stay cheap enough for a 300,000-student demo. The numbers go to the log.
    // Process CPU time, not wall time: other tests share the cores under ctest -j.
    auto measure = [](PasswordHasher::Cost cost, int rounds) {
        const std::clock_t start = std::clock();
        for (int i = 0; i < rounds; ++i)
            (void)PasswordHasher::hash(QStringLiteral("123456"), cost);
        return double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC / rounds;
    };
    const double interactive = measure(PasswordHasher::Cost::Interactive, 5);
    const double bulk = measure(PasswordHasher::Cost::Bulk, 200);
    qInfo("scrypt CPU ms/hash: interactive %.2f, bulk %.3f", interactive, bulk);
    QVERIFY2(interactive < 1000, "an interactive hash must take well under a second");
    QVERIFY2(bulk * 20 < interactive, "bulk must be far cheaper than interactive");
}

void TestAuthRules::accountRules_data()
{
    QTest::addColumn<QString>("school");
    QTest::addColumn<QString>("nationalId");
    QTest::addColumn<QString>("staffLogin");
    QTest::addColumn<QString>("defaultPassword");
    QTest::newRow("teacher") << "tpjh"
                             << "A123456789"
                             << "tpjh123456789"
                             << "456789";
    QTest::newRow("upper-case code, lower-case id") << "TPJH"
                                                    << "a123456789"
                                                    << "tpjh123456789"
                                                    << "456789";
    QTest::newRow("padded") << " tpjh "
                            << " A123456789 "
                            << "tpjh123456789"
                            << "456789";
    QTest::newRow("bad checksum") << "tpjh"
                                  << "A123456788"
                                  << ""
                                  << "";
    QTest::newRow("no school") << ""
                               << "A123456789"
                               << ""
                               << "456789";
    QTest::newRow("garbage id") << "tpjh"
                                << "hello"
                                << ""
                                << "";
}

void TestAuthRules::accountRules()
{
    QFETCH(QString, school);
    QFETCH(QString, nationalId);
    QFETCH(QString, staffLogin);
    QFETCH(QString, defaultPassword);
    QCOMPARE(AccountRules::staffLogin(school, nationalId), staffLogin);
    QCOMPARE(AccountRules::defaultPassword(nationalId), defaultPassword);
    if (!staffLogin.isEmpty()) {
        QCOMPARE(staffLogin.size(), school.trimmed().size() + 9);
        QVERIFY(staffLogin.endsWith(defaultPassword)); // the real rule's weakness: must change
    }
    QCOMPARE(
        AccountRules::studentLogin(QStringLiteral("TPJH"), QStringLiteral(" 113001 ")), QStringLiteral("tpjh113001"));
    QCOMPARE(AccountRules::studentLogin(QStringLiteral("tpjh"), QString()), QString());
    QCOMPARE(AccountRules::normalizeLogin(QStringLiteral("  TpJh123 ")), QStringLiteral("tpjh123"));
}

void TestAuthRules::parentLogin_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("login");
    QTest::newRow("plain") << "mei@example.tw"
                           << "mei@example.tw";
    QTest::newRow("case and spaces") << "  Mei.Lin@Example.TW "
                                     << "mei.lin@example.tw";
    QTest::newRow("no at") << "mei.example.tw"
                           << "";
    QTest::newRow("two ats") << "a@b@c.tw"
                             << "";
    QTest::newRow("nothing before") << "@example.tw"
                                    << "";
    QTest::newRow("nothing after") << "mei@"
                                   << "";
    QTest::newRow("inner space") << "mei lin@example.tw"
                                 << "";
}

void TestAuthRules::parentLogin()
{
    QFETCH(QString, email);
    QFETCH(QString, login);
    QCOMPARE(AccountRules::parentLogin(email), login);
}

void TestAuthRules::passwordPolicy_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("good") << "Blue-sky-42" << true << "";
    QTest::newRow("chinese") << QStringLiteral("我愛台北的早晨12") << true << "";
    QTest::newRow("empty") << "" << false << "Enter a new password";
    QTest::newRow("too short") << "Ab3-xyz" << false << "at least 8";
    QTest::newRow("default password") << "456789" << false << "at least 8";
    QTest::newRow("same as current") << "Current-pass-1" << false << "different from the current";
    QTest::newRow("the login") << "tpjh123456789" << false << "login name";
    QTest::newRow("contains login") << "TPJH123456789!" << false << "login name";
    QTest::newRow("one character") << "aaaaaaaaaa" << false << "single character";
    QTest::newRow("leading space") << " Blue-sky-42" << false << "space";
    QTest::newRow("control char") << QStringLiteral("Blue-sky\u000142") << false << "control characters";
    QTest::newRow("too long") << QString(129, QLatin1Char('x')) + QLatin1Char('y') << false << "at most 128";
}

void TestAuthRules::passwordPolicy()
{
    QFETCH(QString, next);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    const Status status
        = AccountRules::checkNewPassword(QStringLiteral("tpjh123456789"), QStringLiteral("Current-pass-1"), next);
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code, Error::Code::InvalidInput);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    }
}

void TestAuthRules::schoolTerm_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("semester");
    QTest::addColumn<QString>("label");
    QTest::newRow("today") << QDate(2026, 11, 28) << 115 << 1 << "School year 115, semester 1";
    QTest::newRow("first day") << QDate(2024, 8, 1) << 113 << 1 << "School year 113, semester 1";
    QTest::newRow("last day of July") << QDate(2024, 7, 31) << 112 << 2 << "School year 112, semester 2";
    QTest::newRow("January is semester 1") << QDate(2025, 1, 31) << 113 << 1 << "School year 113, semester 1";
    QTest::newRow("February is semester 2") << QDate(2025, 2, 1) << 113 << 2 << "School year 113, semester 2";
    QTest::newRow("new year's day") << QDate(2027, 1, 1) << 115 << 1 << "School year 115, semester 1";
}

void TestAuthRules::schoolTerm()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QFETCH(int, semester);
    QFETCH(QString, label);
    const SchoolTerm term = SchoolTerm::fromDate(date);
    QCOMPARE(term.year, year);
    QCOMPARE(term.semester, semester);
    QCOMPARE(term.label(), label);
    QVERIFY(term.contains(date));
    QVERIFY(!term.contains(term.firstDay().addDays(-1)));
    QVERIFY(!term.contains(term.lastDay().addDays(1)));
    QCOMPARE(SchoolYear::fromDate(date), year);
    QVERIFY(SchoolYear::firstDay(year) <= date && date <= SchoolYear::lastDay(year));
}

void TestAuthRules::schoolTermNavigation()
{
    const SchoolTerm t { 115, 1 };
    QCOMPARE(t.next(), (SchoolTerm { 115, 2 }));
    QCOMPARE(t.next().next(), (SchoolTerm { 116, 1 }));
    QCOMPARE(t.previous(), (SchoolTerm { 114, 2 }));
    QCOMPARE(t.firstDay(), QDate(2026, 8, 1));
    QCOMPARE(t.lastDay(), QDate(2027, 1, 31));
    QCOMPARE(t.next().lastDay(), QDate(2027, 7, 31));
    QCOMPARE(SchoolYear::rocYear(QDate(2026, 11, 28)), 115);
    QCOMPARE(SchoolYear::gregorianYear(113), 2024);
    QCOMPARE(SchoolYear::label(113), QStringLiteral("School year 113"));
    QVERIFY(!SchoolTerm::fromDate(QDate()).isValid());
}

void TestAuthRules::className_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("number");
    QTest::newRow("801") << "801" << true << 8 << 1;
    QTest::newRow("912") << "912" << true << 9 << 12;
    QTest::newRow("1012") << "1012" << true << 10 << 12;
    QTest::newRow("class 00") << "800" << false << 0 << 0;
    QTest::newRow("grade 0") << "012" << false << 0 << 0;
    QTest::newRow("grade 13") << "1301" << false << 0 << 0;
    QTest::newRow("letters") << "8A1" << false << 0 << 0;
    QTest::newRow("full-width digits") << QStringLiteral("８０１") << false << 0 << 0;
    QTest::newRow("too short") << "81" << false << 0 << 0;
}

void TestAuthRules::className()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, grade);
    QFETCH(int, number);
    int g = -1, n = -1;
    QCOMPARE(SchoolYear::parseClassName(name, &g, &n), valid);
    if (valid) {
        QCOMPARE(g, grade);
        QCOMPARE(n, number);
        QCOMPARE(SchoolYear::className(grade, number), name);
    } else {
        QCOMPARE(g, -1); // untouched on failure
    }
}

void TestAuthRules::pgLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << "abc"
                           << "'abc'";
    QTest::newRow("quote") << "it's"
                           << "'it''s'";
    QTest::newRow("injection") << "x'; DROP TABLE staff; --"
                               << "'x''; DROP TABLE staff; --'";
    QTest::newRow("backslash") << "a\\b'"
                               << " E'a\\\\b'''";
    QTest::newRow("chinese") << "密碼"
                             << "'密碼'";
}

void TestAuthRules::pgLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QCOMPARE(PgPassword::escapeLiteral(text), literal);
}

void TestAuthRules::scramVerifierMatchesRfc7677()
{
    // RFC 7677 example: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
    // StoredKey/ServerKey derived from its SaltedPassword (as PostgreSQL stores them).
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QString verifier = PgPassword::scramSha256Verifier("pencil", salt, 4096);
    QCOMPARE(verifier,
        QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                       "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                       "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    QVERIFY(!PgPassword::needsServerSideHash(QStringLiteral("Blue-sky 42!")));
    QVERIFY(PgPassword::needsServerSideHash(QStringLiteral("我愛台北12")));
    QVERIFY(PgPassword::alterRolePasswordValue(QStringLiteral("Blue-sky-42"))
                .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    // Not printable ASCII: only the server's own SASLprep (through libpq) makes the verifier;
    // without a connection there is none, and the password is never sent as it is.
    QVERIFY(PgPassword::alterRolePasswordValue(QStringLiteral("我愛台北12")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthRules)
#include "tst_auth_rules.moc"
