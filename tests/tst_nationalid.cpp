// National ID numbers: validation with the checksum, the mask shown everywhere, the trailing
// characters the account rules use, and the keyed hash used for matching.
#include "models/nationalid.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace cooc;

class TestNationalId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void mask_data();
    void mask();
    void lastChars();
    void hashIsStableKeyedAndNormalised();
    void generateGivesValidDistinctIds();
};

void TestNationalId::initTestCase()
{
    // The built-in demo pepper, so that the expected hash below is the documented one.
    qunsetenv("COOC_ID_PEPPER");
}

void TestNationalId::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("classic") << "A123456789" << true;
    QTest::newRow("female") << "B223456782" << true;
    QTest::newRow("lower case") << "a123456789" << true;
    QTest::newRow("surrounding spaces") << " A123456789 " << true;
    QTest::newRow("wrong checksum") << "A123456788" << false;
    QTest::newRow("digits swapped") << "A123546789" << false;
    QTest::newRow("gender 3") << "A323456789" << false;
    QTest::newRow("gender 0") << "A023456789" << false;
    QTest::newRow("new resident certificate") << "A800000014" << true;
    QTest::newRow("new resident certificate, bad checksum") << "A800000015" << false;
    QTest::newRow("old resident certificate") << "AC01234567" << true;
    QTest::newRow("old resident certificate 2") << "AA00000009" << true;
    QTest::newRow("old resident certificate, bad checksum") << "AC01234568" << false;
    QTest::newRow("old style, second letter E") << "AE01234567" << false;
    QTest::newRow("letter I (34)") << "I123456781" << true;
    QTest::newRow("letter O (35)") << "O123456782" << true;
    QTest::newRow("digit first") << "1123456789" << false;
    QTest::newRow("too short") << "A12345678" << false;
    QTest::newRow("too long") << "A1234567890" << false;
    QTest::newRow("full-width digits") << QStringLiteral("A１２３４５６７８９") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("A١٢٣٤٥٦٧٨٩") << false;
    QTest::newRow("full-width letter") << QStringLiteral("Ａ123456789") << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("inner space") << "A12345 789" << false;
}

void TestNationalId::validation()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(NationalId::isValid(id), valid);
}

void TestNationalId::mask_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("id") << "A123456789"
                        << "A12****789";
    QTest::newRow("lower case, spaces") << " a123456789"
                                        << "A12****789";
    QTest::newRow("old resident certificate") << "AC01234567"
                                              << "AC0****567";
    QTest::newRow("short") << "A12345"
                           << "******";
    QTest::newRow("empty") << ""
                           << "";
}

void TestNationalId::mask()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    const QString result = NationalId::mask(id);
    QCOMPARE(result, masked);
    // Never more than six characters of the number are visible.
    QVERIFY(result.size() - result.count(QLatin1Char('*')) <= 6);
}

void TestNationalId::lastChars()
{
    QCOMPARE(NationalId::lastChars(QStringLiteral("A123456789"), 9), QStringLiteral("123456789"));
    QCOMPARE(NationalId::lastChars(QStringLiteral("A123456789"), 6), QStringLiteral("456789"));
    QCOMPARE(NationalId::lastChars(QStringLiteral(" a123456789 "), 4), QStringLiteral("6789"));
    QCOMPARE(NationalId::lastChars(QStringLiteral("ac01234567"), 9), QStringLiteral("C01234567"));
}

void TestNationalId::hashIsStableKeyedAndNormalised()
{
    const QString h = NationalId::hash(QStringLiteral("A123456789"));
    // HMAC-SHA256 with the demo pepper: stored hashes must not change between versions.
    QCOMPARE(h, QStringLiteral("9d7e6426912c398aaf7ad1240d53e1c26a1e95ac1e888a9dcc5ec5231ae15dce"));
    QCOMPARE(NationalId::hash(QStringLiteral(" a123456789 ")), h);
    QVERIFY(NationalId::hash(QStringLiteral("A123456780")) != h);
    QVERIFY(!h.contains(QStringLiteral("123456789")));
    // Keyed: not the plain SHA-256 of the number.
    QVERIFY(h != QString::fromLatin1(QCryptographicHash::hash("A123456789", QCryptographicHash::Sha256).toHex()));
}

void TestNationalId::generateGivesValidDistinctIds()
{
    QSet<QString> seen;
    QSet<QChar> letters;
    for (quint64 seed = 0; seed < 2000; ++seed) {
        const QString id = NationalId::generate(seed);
        QVERIFY2(NationalId::isValid(id), qPrintable(id));
        QVERIFY(id.at(1) == QLatin1Char('1') || id.at(1) == QLatin1Char('2'));
        seen.insert(id);
        letters.insert(id.at(0));
    }
    QCOMPARE(NationalId::generate(42), NationalId::generate(42)); // deterministic
    QVERIFY(seen.size() > 1990);
    QCOMPARE(letters.size(), 26);
}

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"
