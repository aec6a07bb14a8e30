// TLS to the central database fails closed: with sslmode=verify-full a server certificate
// for another name, or from another CA, is refused; the right one is accepted and the
// session is encrypted. A throwaway PostgreSQL with ssl=on runs for this test alone, with a
// CA and a server certificate made here (CN and subjectAltName "localhost" only).
#include "models/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cooc;

namespace {

bool runTool(const QString &program, const QStringList &args, QString *output = nullptr, int timeoutMs = 60'000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        if (output)
            *output = program + QStringLiteral(": timed out");
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool runsAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestCentralTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificateForAnotherNameIsRefused();
    void certificateFromAnotherCaIsRefused();
    void missingCaIsRefused();
    void matchingCertificateIsAcceptedAndEncrypted();

private:
    bool asServerUser(const QString &program, const QStringList &args, QString *output = nullptr);
    bool makeCertificates();
    DatabaseUrl url(const QString &host, const QString &caFile) const;

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_osUser;
    int m_port = 0;
    bool m_started = false;
};

// initdb and postgres refuse to run as root: scripts/test.sh runs them as COOC_TEST_PG_OSUSER.
bool TestCentralTls::asServerUser(const QString &program, const QStringList &args, QString *output)
{
    if (!runsAsRoot() || m_osUser.isEmpty() || m_osUser == QLatin1String("root"))
        return runTool(program, args, output);
    return runTool(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_osUser, QStringLiteral("--"), program} + args, output);
}

bool TestCentralTls::makeCertificates()
{
    const QString d = m_dir.path();
    auto ossl = [&](const QStringList &args) {
        QString out;
        if (!runTool(QStringLiteral("openssl"), args, &out)) {
            qWarning() << "openssl" << args << out;
            return false;
        }
        return true;
    };
    QFile ext(d + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("[v3_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
              "[v3_server]\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost\n");
    ext.close();
    const QString ecKey = QStringLiteral("ec_paramgen_curve:P-256");
    return ossl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"), ecKey,
                 QStringLiteral("-out"), d + QStringLiteral("/ca.key")})
        && ossl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"), d + QStringLiteral("/ca.key"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Test City CA"), QStringLiteral("-days"), QStringLiteral("30"),
                 QStringLiteral("-config"), d + QStringLiteral("/ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("v3_ca"),
                 QStringLiteral("-out"), d + QStringLiteral("/ca.pem")})
        && ossl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"), ecKey,
                 QStringLiteral("-out"), d + QStringLiteral("/other-ca.key")})
        && ossl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                 d + QStringLiteral("/other-ca.key"), QStringLiteral("-subj"), QStringLiteral("/CN=Some Other CA"),
                 QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-config"), d + QStringLiteral("/ext.cnf"),
                 QStringLiteral("-extensions"), QStringLiteral("v3_ca"), QStringLiteral("-out"), d + QStringLiteral("/other-ca.pem")})
        && ossl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"), ecKey,
                 QStringLiteral("-out"), d + QStringLiteral("/server.key")})
        && ossl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), d + QStringLiteral("/server.key"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-out"), d + QStringLiteral("/server.csr")})
        && ossl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/server.csr"),
                 QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                 d + QStringLiteral("/ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("v3_server"), QStringLiteral("-out"),
                 d + QStringLiteral("/server.pem")});
}

void TestCentralTls::initTestCase()
{
    m_bin = qEnvironmentVariable("COOC_TEST_PG_BIN");
    m_osUser = qEnvironmentVariable("COOC_TEST_PG_OSUSER");
    QVERIFY2(!m_bin.isEmpty(), "COOC_TEST_PG_BIN is not set: run the tests with scripts/test.sh");
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificates());
    const QString d = m_dir.path();
    // The server runs as the PostgreSQL OS user: it must own its data folder and key.
    QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                 | QFile::ReadOther | QFile::ExeOther);
    QFile pw(d + QStringLiteral("/pw"));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("tls-test-pw\n");
    pw.close();
    QFile::setPermissions(d + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
    if (runsAsRoot() && !m_osUser.isEmpty() && m_osUser != QLatin1String("root")) {
        QString out;
        QVERIFY2(runTool(QStringLiteral("chown"), {QStringLiteral("-R"), m_osUser, d}, &out), qPrintable(out));
    }
    QString out;
    QVERIFY2(asServerUser(m_bin + QStringLiteral("/initdb"),
                          {QStringLiteral("-D"), d + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("postgres"),
                           QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                           QStringLiteral("--pwfile=") + d + QStringLiteral("/pw"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                           QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                          &out),
             qPrintable(out));
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
    }
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on -c ssl_cert_file=%1/server.pem"
                                           " -c ssl_key_file=%1/server.key -c max_connections=20 -c shared_buffers=16MB")
                                .arg(d)
                                .arg(m_port);
    QVERIFY2(asServerUser(m_bin + QStringLiteral("/pg_ctl"),
                          {QStringLiteral("-D"), d + QStringLiteral("/data"), QStringLiteral("-l"), d + QStringLiteral("/log"),
                           QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")},
                          &out),
             qPrintable(out));
    m_started = true;
}

void TestCentralTls::cleanupTestCase()
{
    if (m_started)
        (void)asServerUser(m_bin + QStringLiteral("/pg_ctl"),
                           {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
                            QStringLiteral("stop")});
}

DatabaseUrl TestCentralTls::url(const QString &host, const QString &caFile) const
{
    DatabaseUrl u;
    u.dialect = Dialect::Postgres;
    u.host = host;
    u.port = m_port;
    u.user = QStringLiteral("postgres");
    u.password = QStringLiteral("tls-test-pw");
    u.databaseName = QStringLiteral("postgres");
    u.options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    if (!caFile.isEmpty())
        u.options.insert(QStringLiteral("sslrootcert"), m_dir.path() + QLatin1Char('/') + caFile);
    return u;
}

void TestCentralTls::certificateForAnotherNameIsRefused()
{
    // The certificate says "localhost"; the client asked for 127.0.0.1.
    auto db = Database::open(url(QStringLiteral("127.0.0.1"), QStringLiteral("ca.pem")));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Unavailable);
    QVERIFY2(db.error().message.contains(QStringLiteral("certificate")), qPrintable(db.error().message));
    QVERIFY2(db.error().detail.contains(QStringLiteral("does not match host name")), qPrintable(db.error().detail));
    // The password is never part of what is shown.
    QVERIFY(!db.error().message.contains(QStringLiteral("tls-test-pw")));
}

void TestCentralTls::certificateFromAnotherCaIsRefused()
{
    auto db = Database::open(url(QStringLiteral("localhost"), QStringLiteral("other-ca.pem")));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Unavailable);
    QVERIFY2(db.error().message.contains(QStringLiteral("certificate")), qPrintable(db.error().message + db.error().detail));
}

void TestCentralTls::missingCaIsRefused()
{
    // verify-full with no CA configured: libpq looks for ~/.postgresql/root.crt and refuses
    // without it — there is no silent fallback to an unverified connection.
    DatabaseUrl u = url(QStringLiteral("localhost"), {});
    u.options.insert(QStringLiteral("sslrootcert"), m_dir.path() + QStringLiteral("/does-not-exist.pem"));
    auto db = Database::open(u);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Unavailable);
    // Said as what it is: no CA to check the server with, and what to add.
    QVERIFY2(db.error().message.contains(QStringLiteral("No CA certificate is set")) &&
                 db.error().message.contains(QStringLiteral("sslrootcert")),
             qPrintable(db.error().message + db.error().detail));
}

void TestCentralTls::matchingCertificateIsAcceptedAndEncrypted()
{
    auto db = Database::open(url(QStringLiteral("localhost"), QStringLiteral("ca.pem")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    auto ssl = db.value()->scalar(QStringLiteral("SELECT ssl::int FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY(ssl.ok());
    QCOMPARE(ssl.value().toInt(), 1);
    auto version = db.value()->scalar(QStringLiteral("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY(version.value().toString().startsWith(QStringLiteral("TLSv1.")));
}

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_central_tls.moc"
