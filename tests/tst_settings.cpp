// Typed settings: defaults, what is refused (and then left unchanged), and that a database
// URL is never stored with its password.
#include "app/settings.h"
#include "models/databaseurl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void languageIsRemembered();
    void unknownLanguageIsRefused();
    void damagedLanguageValueReadsAsDefault();
    void databaseUrlNeverKeepsThePassword();
    void badDatabaseUrlIsRefused();
    void windowStateRoundTrips();

private:
    std::unique_ptr<Settings> open() const
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(m_file, QSettings::IniFormat));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestSettings::defaults()
{
    auto s = open();
    QCOMPARE(s->language(), QStringLiteral("zh_TW"));
    QVERIFY(s->databaseUrl().isEmpty());
    QVERIFY(s->lastLogin().isEmpty());
    QVERIFY(!s->rememberLogin());
    QVERIFY(s->windowGeometry(QStringLiteral("mainWindow")).isEmpty());
    QVERIFY(s->currentPage().isEmpty());
}

void TestSettings::languageIsRemembered()
{
    {
        auto s = open();
        QVERIFY(s->setLanguage(QStringLiteral("en")).ok());
        QCOMPARE(s->language(), QStringLiteral("en"));
    }
    QCOMPARE(open()->language(), QStringLiteral("en")); // a new start reads it back
}

void TestSettings::unknownLanguageIsRefused()
{
    auto s = open();
    QVERIFY(s->setLanguage(QStringLiteral("en")).ok());
    const Status refused = s->setLanguage(QStringLiteral("klingon"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("klingon")));
    QCOMPARE(s->language(), QStringLiteral("en")); // unchanged
}

void TestSettings::damagedLanguageValueReadsAsDefault()
{
    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr_FR"));
    }
    QCOMPARE(open()->language(), QStringLiteral("zh_TW"));
}

void TestSettings::databaseUrlNeverKeepsThePassword()
{
    {
        auto s = open();
        QVERIFY(s->setDatabaseUrl(QStringLiteral("postgresql://lin:Very-secret-55@db.tp.edu.tw:6543/cooc?sslmode=verify-full"))
                    .ok());
        QVERIFY(!s->databaseUrl().contains(QStringLiteral("Very-secret-55")));
        QVERIFY(s->databaseUrl().contains(QStringLiteral("db.tp.edu.tw")));
        QVERIFY(s->databaseUrl().contains(QStringLiteral("lin")));
    }
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Very-secret-55"));
    const auto reread = DatabaseUrl::parse(open()->databaseUrl());
    QVERIFY(reread.ok());
    QCOMPARE(reread->port, 6543);
    QVERIFY(reread->password.isEmpty());
}

void TestSettings::badDatabaseUrlIsRefused()
{
    auto s = open();
    QVERIFY(s->setDatabaseUrl(QStringLiteral("sqlite:///srv/school.sqlite")).ok());
    const Status refused = s->setDatabaseUrl(QStringLiteral("mysql://u@host/db"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(s->databaseUrl(), QStringLiteral("sqlite:///srv/school.sqlite"));
    s->clearDatabaseUrl();
    QVERIFY(s->databaseUrl().isEmpty());
}

void TestSettings::windowStateRoundTrips()
{
    {
        auto s = open();
        s->setWindowGeometry(QStringLiteral("mainWindow"), QByteArray("\x01\x02geometry", 10));
        s->setSplitterState(QStringLiteral("auditLogPage"), QByteArray("split"));
        s->setCurrentPage(QStringLiteral("auditLog"));
        s->setLastLogin(QStringLiteral("cooc123456789"));
        s->setRememberLogin(true);
    }
    auto s = open();
    QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(s->splitterState(QStringLiteral("auditLogPage")), QByteArray("split"));
    QVERIFY(s->splitterState(QStringLiteral("other")).isEmpty());
    QCOMPARE(s->currentPage(), QStringLiteral("auditLog"));
    QCOMPARE(s->lastLogin(), QStringLiteral("cooc123456789"));
    QVERIFY(s->rememberLogin());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
