// `cooc-desk-cli trust list|add|remove` run as a process (COOC_CLI), on SQLite and PostgreSQL:
// the fingerprint confirmation, refusals with exit codes, and what lands in the database.
#include "app/esign/certificateauthority.h"
#include "models/auditlog.h"
#include "models/esigntrustrepository.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using test::CliRun;

namespace {

template<typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().detail));
    return std::move(r).value();
}

// `trust` audits as "cli:<OS user>": a fixed user for the tests.
CliRun cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    return test::runCli(args, 60000, env);
}

qint64 count(const Database &db, const QString &sql)
{
    return must(db.scalar(sql)).toLongLong();
}

} // namespace

class TestTrustConfigCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void usageErrors();
    void addListRemove_data() { test::addDialectRows(); }
    void addListRemove();
    void refusals_data() { test::addDialectRows(); }
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_rootPem;
    QString m_interDer;
    QString m_crlPem;
    QString m_garbage;
    QString m_rootSha;
    QString m_interSha;
};

void TestTrustConfigCli::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("COOC_CLI")).isExecutable(), "COOC_CLI must name cooc-desk-cli");
    QVERIFY(m_dir.isValid());
    const auto root = must(esign::demo::rootCa());
    const auto inter = must(esign::demo::intermediateCa());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    };
    m_rootPem = write(QStringLiteral("root.pem"), root.certificate().toPem());
    m_interDer = write(QStringLiteral("inter.cer"), inter.certificate().toDer());
    m_crlPem = write(QStringLiteral("inter.crl"), must(esign::demo::intermediateCrl()).toPem());
    m_garbage = write(QStringLiteral("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n");
    m_rootSha = root.certificate().sha256Hex();
    m_interSha = inter.certificate().sha256Hex();
}

void TestTrustConfigCli::help()
{
    const CliRun run = cli({QStringLiteral("trust"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *needle : {"trust add", "--expect-sha256", "--yes", "--kind KIND", "anchor, intermediate, crl or tsa",
                               "Exit codes"})
        QVERIFY2(run.out.contains(QLatin1String(needle)), needle);
    const CliRun overview = cli({QStringLiteral("help")}); // asked for: on stdout, not an error
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QStringLiteral("trust")));
}

void TestTrustConfigCli::usageErrors()
{
    const QString db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("usage.sqlite"));
    const QList<QStringList> cases = {
        {QStringLiteral("trust")},
        {QStringLiteral("trust"), QStringLiteral("frobnicate"), QStringLiteral("--db"), db},
        {QStringLiteral("trust"), QStringLiteral("list")},
        {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
         QStringLiteral("root"), QStringLiteral("--yes"), m_rootPem},
        {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
         QStringLiteral("anchor"), QStringLiteral("--yes")},
        {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
         QStringLiteral("anchor"), QStringLiteral("--expect-sha256"), QStringLiteral("zz"), m_rootPem},
        {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
         QStringLiteral("crl"), QStringLiteral("--no-policy"), QStringLiteral("--yes"), m_crlPem},
        {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--yes")},
        {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--bogus")},
    };
    for (const QStringList &args : cases) {
        const CliRun run = cli(args);
        QVERIFY2(run.exitCode == 3, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + run.err));
        QVERIFY(run.err.contains(QStringLiteral("usage:")));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("usage.sqlite")))); // nothing was even opened
}

void TestTrustConfigCli::addListRemove()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = must(db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES ('tpjh', '酷課國中')"), {}));
    must(db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES ('other', 'Other')"), {}));
    const QString url = t->urlString();
    const QStringList base = {QStringLiteral("--db"), url, QStringLiteral("--school"), QStringLiteral("tpjh")};

    // Without a confirmed fingerprint: shown, refused, nothing added.
    CliRun run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("add")} + base
                  + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), m_rootPem});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(m_rootSha), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was added")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);

    // Confirmed (colons and upper case as viewers show it).
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("add")} + base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--expect-sha256"),
                            TrustMaterialInfo::displayFingerprint(m_rootSha), QStringLiteral("--label"),
                            QStringLiteral("DEMO root"), m_rootPem});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("DEMO root")));
    // --yes for scripts; DER input; a CRL.
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("add")} + base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("intermediate"), QStringLiteral("--yes"), m_interDer});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("add")} + base
              + QStringList{QStringLiteral("--kind"), QStringLiteral("crl"), QStringLiteral("--yes"), m_crlPem});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("list")} + base);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id\tkind\tsha256")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\tanchor\t") + m_rootSha + QStringLiteral("\t2046-01-01\t-\tDEMO root\t")));
    QVERIFY(lines.at(2).contains(QStringLiteral("\tintermediate\t") + m_interSha));
    QVERIFY(lines.at(3).contains(QStringLiteral("\tcrl\t")));
    QVERIFY2(run.err.contains(QStringLiteral("3 trust entries")), qPrintable(run.err));

    // The other school has none; the database holds two, so --school is needed.
    run = cli({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), url, QStringLiteral("--school"),
               QStringLiteral("other")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    run = cli({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QStringLiteral("--school CODE")));

    // Remove by fingerprint, by file, by id.
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("remove")} + base + QStringList{m_rootSha});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("remove")} + base + QStringList{m_interDer});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qint64 crlId = must(db.scalar(QStringLiteral("SELECT id FROM esign_trust WHERE kind = 'crl'"))).toLongLong();
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("remove")} + base + QStringList{QString::number(crlId)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);
    run = cli(QStringList{QStringLiteral("trust"), QStringLiteral("remove")} + base + QStringList{QString::number(crlId)});
    QCOMPARE(run.exitCode, 1);

    // Audited as the CLI user, for the school.
    const QList<AuditEntry> entries = must(AuditLog(db).page(AuditLog::Scope{school}, 0, 100));
    QCOMPARE(entries.size(), 6);
    for (const AuditEntry &e : entries)
        QCOMPARE(e.actorLogin, QStringLiteral("cli:tester"));
    QCOMPARE(must(AuditLog(db).verifyChain()).firstBrokenId, 0);
}

void TestTrustConfigCli::refusals()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    must(db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES ('tpjh', 'Only school')"), {}));
    const QStringList add = {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--db"), t->urlString()};

    // One school: --school may be left out. A wrong fingerprint: refused, exit 1.
    CliRun run = cli(add + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--expect-sha256"),
                                    m_interSha, m_rootPem});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not the expected")), qPrintable(run.err));
    // Garbage, a missing file, a duplicate, an unknown school.
    run = cli(add + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--yes"), m_garbage});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("damaged")));
    run = cli(add + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--yes"),
                                m_dir.filePath(QStringLiteral("missing.pem"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("cannot be read")));
    run = cli(add + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--yes"), m_rootPem});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(add + QStringList{QStringLiteral("--kind"), QStringLiteral("anchor"), QStringLiteral("--yes"), m_rootPem});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("already configured")));
    run = cli(add + QStringList{QStringLiteral("--school"), QStringLiteral("nope"), QStringLiteral("--kind"),
                                QStringLiteral("anchor"), QStringLiteral("--yes"), m_rootPem});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

QTEST_GUILESS_MAIN(TestTrustConfigCli)
#include "tst_trustconfig_cli.moc"
