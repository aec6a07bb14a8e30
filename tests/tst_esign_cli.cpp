// `cooc-desk-cli verify` end to end: exit codes, JSON lines, the PKCS#1 spelling, usage errors.
#include "app/esign/consentdocument.h"
#include "support/testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using namespace cooc::esign;

class TestEsignCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonLines();
    void pkcs1Spelling();
    void humanOutput();
    void manyPairsKeepTheirOrder();
    void atTime();
    void trustFilesAndOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args) const; // `verify ARGS`
    Run cliIn(const QProcessEnvironment &environment, const QStringList &args,
              const QString &standardOutput = {}) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QStringList trustArgs(bool withCrl = true) const;

    std::unique_ptr<test::TestPki> m_pki;
    QTemporaryDir m_dir;
    QString m_doc, m_docTampered, m_sig, m_sigPem, m_sigDetached, m_garbage, m_cert, m_pkcs1, m_pkcs1Base64;
    QString m_otherDoc, m_otherSig;
    QString m_noPolicySig, m_pkcs1Wrapped, m_crlBundle;
};

TestEsignCli::Run TestEsignCli::cli(const QStringList &args) const
{
    return cliIn(QProcessEnvironment::systemEnvironment(), QStringList{QStringLiteral("verify")} + args);
}

TestEsignCli::Run TestEsignCli::cliIn(const QProcessEnvironment &environment, const QStringList &args,
                                      const QString &standardOutput) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
    process.start(qEnvironmentVariable("COOC_CLI"), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestEsignCli::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestEsignCli::trustArgs(bool withCrl) const
{
    QStringList args{QStringLiteral("--trust"), m_dir.filePath(QStringLiteral("root.pem")),
                     QStringLiteral("--intermediate"), m_dir.filePath(QStringLiteral("intermediate.pem"))};
    if (withCrl)
        args << QStringLiteral("--crl") << m_dir.filePath(QStringLiteral("intermediate.crl"));
    return args;
}

void TestEsignCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("COOC_CLI")), "COOC_CLI must name the cooc-desk-cli binary");
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<test::TestPki>();
    test::TestPki &pki = *m_pki;
    write(QStringLiteral("root.pem"), pki.root.certificate().toPem());
    write(QStringLiteral("intermediate.pem"), pki.intermediate.certificate().toPem());
    write(QStringLiteral("intermediate.crl"), pki.intermediateCrl().toDer());
    const QByteArray doc = ConsentDocument::create(QStringLiteral("REQ-7"), QStringLiteral("353604"),
                                                   QStringLiteral("112233"), QStringLiteral("wang@example.tw"),
                                                   QStringLiteral("father"), QStringLiteral("6789"))
                               .toCanonicalBytes();
    m_doc = write(QStringLiteral("consent.json"), doc);
    m_docTampered = write(QStringLiteral("consent-tampered.json"), QByteArray(doc).replace("father", "mother"));
    const Certificate cert = pki.issue(pki.rsaKey);
    CmsSignOptions options;
    options.signingTime = pki.now.addSecs(-600);
    options.cardNumber = QStringLiteral("TP03000012345678");
    m_sig = write(QStringLiteral("consent.p7s"), signCms(doc, cert, pki.rsaKey, options).value());
    options.pem = true;
    m_sigPem = write(QStringLiteral("consent.pem"), signCms(doc, cert, pki.rsaKey, options).value());
    options.pem = false;
    options.detached = true;
    m_sigDetached = write(QStringLiteral("consent-detached.p7s"), signCms(doc, cert, pki.rsaKey, options).value());
    m_garbage = write(QStringLiteral("garbage.p7s"), QByteArray(3000, '\x42'));
    m_cert = write(QStringLiteral("holder.pem"), cert.toPem());
    const QByteArray raw = signPkcs1(doc, pki.rsaKey).value();
    m_pkcs1 = write(QStringLiteral("mobile.sig"), raw);
    m_pkcs1Base64 = write(QStringLiteral("mobile.b64"), raw.toBase64() + '\n');
    QByteArray wrapped; // as `openssl base64` writes it: 64 characters a line
    const QByteArray base64 = raw.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        wrapped += base64.mid(i, 64) + '\n';
    m_pkcs1Wrapped = write(QStringLiteral("mobile-wrapped.b64"), wrapped);
    esign::HolderProfile noPolicy = pki.holder();
    noPolicy.holderPolicy = false;
    m_noPolicySig = write(QStringLiteral("no-policy.p7s"), signCms(doc, pki.issue(noPolicy, pki.rsaKey), pki.rsaKey).value());
    m_crlBundle = write(QStringLiteral("crls.pem"), pki.rootCrl().toPem() + pki.intermediateCrl().toPem());
    const QByteArray otherDoc = ConsentDocument::create(QStringLiteral("REQ-8"), QStringLiteral("353604"),
                                                        QStringLiteral("112234"), QStringLiteral("lin@example.tw"),
                                                        QStringLiteral("mother"), QStringLiteral("1234"))
                                    .toCanonicalBytes();
    m_otherDoc = write(QStringLiteral("other.json"), otherDoc);
    m_otherSig = write(QStringLiteral("other.p7s"),
                       signCms(otherDoc, pki.issue(pki.holder(QStringLiteral("林美玲"), QStringLiteral("1234")), pki.ecKey),
                               pki.ecKey)
                           .value());
}

void TestEsignCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QStringList trust = trustArgs();
    const QStringList noCrl = trustArgs(false);
    const QStringList applicant{QStringLiteral("--signer-name"), QStringLiteral("王大明"),
                                QStringLiteral("--signer-id-last4"), QStringLiteral("6789")};
    QTest::newRow("passed") << trust + applicant + QStringList{m_doc, m_sig} << 0;
    QTest::newRow("passed, PEM") << trust + QStringList{m_doc, m_sigPem} << 0;
    QTest::newRow("passed, detached") << trust + QStringList{m_doc, m_sigDetached} << 0;
    QTest::newRow("two passed") << trust + QStringList{m_doc, m_sig, m_otherDoc, m_otherSig} << 0;
    QTest::newRow("tampered document") << trust + QStringList{m_docTampered, m_sigDetached} << 1;
    QTest::newRow("garbage signature") << trust + QStringList{m_doc, m_garbage} << 1;
    QTest::newRow("wrong applicant") << trust + QStringList{QStringLiteral("--signer-name"), QStringLiteral("王小明"),
                                                            QStringLiteral("--signer-id-last4"), QStringLiteral("6789"),
                                                            m_doc, m_sig}
                                     << 1;
    QTest::newRow("files after --") << trust + QStringList{QStringLiteral("--"), m_doc, m_sig} << 0;
    QTest::newRow("no CRL: indeterminate") << noCrl + QStringList{m_doc, m_sig} << 2;
    QTest::newRow("failed beats indeterminate") << noCrl + QStringList{m_doc, m_sig, m_doc, m_garbage} << 1;
    QTest::newRow("one failed among passed") << trust + QStringList{m_doc, m_sig, m_doc, m_garbage, m_otherDoc, m_otherSig}
                                             << 1;
    // The anchors require the citizen-certificate policy, as the application's do by default.
    QTest::newRow("holder without the citizen policy") << trust + QStringList{m_doc, m_noPolicySig} << 2;
    QTest::newRow("--no-policy") << trust + QStringList{QStringLiteral("--no-policy"), m_doc, m_noPolicySig} << 0;
    QTest::newRow("--policy the holder lacks") << trust + QStringList{QStringLiteral("--policy"), QStringLiteral("1.2.3.4"),
                                                                      m_doc, m_sig}
                                               << 2;
    QTest::newRow("--policy the holder has") << trust + QStringList{QStringLiteral("--policy"),
                                                                    QStringLiteral("2.16.886.101.0.3.3"), m_doc, m_sig}
                                             << 0;
    // Usage errors
    QTest::newRow("nothing") << QStringList{} << 3;
    QTest::newRow("no trust anchor") << QStringList{m_doc, m_sig} << 3;
    QTest::newRow("odd number of files") << trust + QStringList{m_doc} << 3;
    QTest::newRow("missing file") << trust + QStringList{m_doc, m_dir.filePath(QStringLiteral("nope.p7s"))} << 3;
    QTest::newRow("unknown option") << trust + QStringList{QStringLiteral("--colour"), m_doc, m_sig} << 3;
    QTest::newRow("option without value") << trust + QStringList{m_doc, m_sig, QStringLiteral("--at")} << 3;
    QTest::newRow("bad time") << trust + QStringList{QStringLiteral("--at"), QStringLiteral("yesterday"), m_doc, m_sig}
                              << 3;
    QTest::newRow("trust file is not a certificate") << QStringList{QStringLiteral("--trust"), m_doc, m_doc, m_sig} << 3;
    QTest::newRow("CRL file is not a CRL") << trust + QStringList{QStringLiteral("--crl"), m_doc, m_doc, m_sig} << 3;
    QTest::newRow("pkcs1 spelled wrong") << trust + QStringList{m_doc, QStringLiteral("pkcs1:") + m_cert} << 3;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("only the applicant's name") << trust + QStringList{QStringLiteral("--signer-name"),
                                                                      QStringLiteral("王大明"), m_doc, m_sig}
                                               << 3;
    QTest::newRow("only the applicant's ID digits") << trust + QStringList{QStringLiteral("--signer-id-last4"),
                                                                           QStringLiteral("6789"), m_doc, m_sig}
                                                    << 3;
    // A mistyped command is a usage error, not a verdict on the signatures.
    for (const QString &digits : {QStringLiteral("678"), QStringLiteral("67890"), QStringLiteral("67 9")})
        QTest::newRow(qPrintable(QStringLiteral("ID digits \"%1\"").arg(digits)))
            << trust + QStringList{QStringLiteral("--signer-name"), QStringLiteral("王大明"), QStringLiteral("--signer-id-last4"),
                                   digits, m_doc, m_sig}
            << 3;
    QTest::newRow("blank applicant") << trust + QStringList{QStringLiteral("--signer-name"), QStringLiteral(" "),
                                                            QStringLiteral("--signer-id-last4"), QStringLiteral(" "), m_doc, m_sig}
                                     << 3;
    QTest::newRow("--policy and --no-policy") << trust + QStringList{QStringLiteral("--policy"), QStringLiteral("1.2.3"),
                                                                     QStringLiteral("--no-policy"), m_doc, m_sig}
                                              << 3;
    QTest::newRow("--policy not an OID") << trust + QStringList{QStringLiteral("--policy"), QStringLiteral("MOICA"), m_doc, m_sig}
                                         << 3;
    // One list per file: a second one would be dropped unseen.
    QTest::newRow("two CRLs in one file") << trustArgs(false) + QStringList{QStringLiteral("--crl"), m_crlBundle, m_doc, m_sig}
                                          << 3;
}

void TestEsignCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run run = cli(args);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")
                            .arg(run.exitCode)
                            .arg(exitCode)
                            .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
    if (exitCode == 3 && !args.isEmpty())
        QVERIFY2(run.err.contains("usage: cooc-desk-cli verify"), run.err.constData());
    if (exitCode == 3)
        QVERIFY(run.out.isEmpty()); // nothing verified, nothing printed
}

void TestEsignCli::jsonLines()
{
    const Run run = cli(trustArgs() + QStringList{QStringLiteral("--json"), QStringLiteral("--signer-name"),
                                                  QStringLiteral("王大明"), QStringLiteral("--signer-id-last4"),
                                                  QStringLiteral("6789"), m_doc, m_sig, m_docTampered, m_sigDetached});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("document")).toString(), m_doc);
    QCOMPARE(first.value(QStringLiteral("signature")).toString(), m_sig);
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("TOTAL_PASSED"));
    QVERIFY(first.contains(QStringLiteral("subindication")));
    QVERIFY(first.value(QStringLiteral("subindication")).isNull());
    QCOMPARE(first.value(QStringLiteral("signer")).toString(), QStringLiteral("王大明"));
    QCOMPARE(first.value(QStringLiteral("signing_time")).toString(), m_pki->now.addSecs(-600).toString(Qt::ISODate));
    QCOMPARE(first.value(QStringLiteral("report")).toObject().value(QStringLiteral("signer")).toObject()
                 .value(QStringLiteral("card_number")).toString(),
             QStringLiteral("TP03000012345678"));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(QStringLiteral("verdict")).toString(), QStringLiteral("TOTAL_FAILED"));
    QCOMPARE(second.value(QStringLiteral("subindication")).toString(), QStringLiteral("HASH_FAILURE"));
}

void TestEsignCli::pkcs1Spelling()
{
    for (const QString &sig : {m_pkcs1, m_pkcs1Base64, m_pkcs1Wrapped}) {
        const Run run = cli(trustArgs() + QStringList{QStringLiteral("--json"), m_doc,
                                                      QStringLiteral("pkcs1:%1:%2").arg(m_cert, sig)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("verdict")).toString(), QStringLiteral("TOTAL_PASSED"));
        QCOMPARE(line.value(QStringLiteral("report")).toObject().value(QStringLiteral("algorithms")).toObject()
                     .value(QStringLiteral("format")).toString(),
                 QStringLiteral("pkcs1"));
    }
    const Run tampered = cli(trustArgs() + QStringList{m_docTampered, QStringLiteral("pkcs1:%1:%2").arg(m_cert, m_pkcs1)});
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.out.contains("HASH_FAILURE"));
}

void TestEsignCli::humanOutput()
{
    const Run run = cli(trustArgs(false) + QStringList{m_doc, m_sig});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("INDETERMINATE TRY_LATER"), run.out.constData());
    QVERIFY(run.out.contains(m_doc.toUtf8()));
    QVERIFY(run.out.contains("error: "));
}

void TestEsignCli::manyPairsKeepTheirOrder()
{
    QStringList args = trustArgs() + QStringList{QStringLiteral("--json")};
    for (int i = 0; i < 40; ++i)
        args << (i % 3 == 2 ? m_docTampered : m_doc) << (i % 3 == 2 ? m_sigDetached : m_sig);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 40);
    for (int i = 0; i < 40; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QStringLiteral("verdict")).toString(),
                 i % 3 == 2 ? QStringLiteral("TOTAL_FAILED") : QStringLiteral("TOTAL_PASSED"));
    }
}

void TestEsignCli::atTime()
{
    // Before the signer's certificate existed (valid from now − 30 days): NOT_YET_VALID.
    const QString before = m_pki->now.addDays(-40).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    const Run run = cli(trustArgs() + QStringList{QStringLiteral("--json"), QStringLiteral("--at"), before, m_doc, m_sig});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
    // The CRL did not exist yet either, but the path check comes first.
    QCOMPARE(line.value(QStringLiteral("subindication")).toString(), QStringLiteral("NOT_YET_VALID"));
    QCOMPARE(line.value(QStringLiteral("report")).toObject().value(QStringLiteral("verification_time")).toString(),
             m_pki->now.addDays(-40).toString(Qt::ISODate));
}

void TestEsignCli::trustFilesAndOutput()
{
    const QString intermediate = m_dir.filePath(QStringLiteral("intermediate.pem"));
    const QString crl = m_dir.filePath(QStringLiteral("intermediate.crl"));
    // A DER root, as `trust add` takes it.
    const QString rootDer = write(QStringLiteral("root.der"), m_pki->root.certificate().toDer());
    const QStringList derTrust{QStringLiteral("--trust"), rootDer, QStringLiteral("--intermediate"), intermediate,
                               QStringLiteral("--crl"), crl};
    QCOMPARE(cli(derTrust + QStringList{m_doc, m_sig}).exitCode, 0);
    // A bundle with a damaged block before the root: refused, naming the file and the block —
    // it used to keep what came before, and report every signature INDETERMINATE.
    QByteArray damaged = m_pki->intermediate.certificate().toPem();
    damaged[damaged.indexOf('\n') + 10] = '!';
    const QString bundle = write(QStringLiteral("anchors.pem"), m_pki->intermediate.certificate().toPem() + damaged
                                                                    + m_pki->root.certificate().toPem());
    const Run refused = cli(QStringList{QStringLiteral("--trust"), bundle, QStringLiteral("--crl"), crl, m_doc, m_sig});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("anchors.pem") && refused.err.contains("block 2"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());

    // An intermediate alone as the anchor: no path can end at it, and every signature used to
    // come out INDETERMINATE without a word. A bundle of the root and the intermediate is fine.
    const QString intermediateOnly = write(QStringLiteral("sub-ca.pem"), m_pki->intermediate.certificate().toPem());
    const Run unrooted
        = cli(QStringList { QStringLiteral("--trust"), intermediateOnly, QStringLiteral("--crl"), crl, m_doc, m_sig });
    QCOMPARE(unrooted.exitCode, 3);
    QVERIFY2(unrooted.err.contains("sub-ca.pem") && unrooted.err.contains("not a root certificate")
            && unrooted.err.contains(m_pki->root.certificate().subjectCommonName().toUtf8()),
        unrooted.err.constData());
    QVERIFY(unrooted.out.isEmpty());
    const QString chain = write(
        QStringLiteral("chain.pem"), m_pki->intermediate.certificate().toPem() + m_pki->root.certificate().toPem());
    QCOMPARE(
        cli(QStringList { QStringLiteral("--trust"), chain, QStringLiteral("--crl"), crl, m_doc, m_sig }).exitCode, 0);
    // Three levels, the lowest first and the root in another file: rooted all the same.
    const auto sub = m_pki->intermediate.createIntermediate(QStringLiteral("TEST sub CA"), m_pki->ecKey,
                                                            m_pki->now.addDays(-1), m_pki->now.addYears(1));
    QVERIFY(sub.ok());
    const QString lowestFirst = write(QStringLiteral("cas.pem"), sub->certificate().toPem()
                                                                     + m_pki->intermediate.certificate().toPem());
    const QString rootOnly = write(QStringLiteral("root.pem"), m_pki->root.certificate().toPem());
    const Run threeLevels = cli(QStringList{QStringLiteral("--trust"), lowestFirst, QStringLiteral("--trust"), rootOnly,
                                            QStringLiteral("--crl"), crl, m_doc, m_sig});
    QVERIFY2(threeLevels.exitCode == 0, threeLevels.err.constData());
    // A signer's certificate is no anchor at all: named as such, not as "not a root".
    const QString leaf = write(QStringLiteral("leaf.pem"), m_pki->issue(m_pki->rsaKey).toPem());
    const Run notCa = cli(QStringList{QStringLiteral("--trust"), leaf, QStringLiteral("--trust"), rootOnly, m_doc, m_sig});
    QCOMPARE(notCa.exitCode, 3);
    QVERIFY2(notCa.err.contains("not a certificate authority") && !notCa.err.contains("not a root"),
             notCa.err.constData());

    // --at without an offset is UTC on any computer: in Berlin, 02:30 on the last Sunday of
    // March does not exist locally, and used to be refused as "not ISO-8601".
    QProcessEnvironment berlin = QProcessEnvironment::systemEnvironment();
    berlin.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    const Run gap = cliIn(berlin, QStringList{QStringLiteral("verify")} + trustArgs()
                                      + QStringList{QStringLiteral("--json"), QStringLiteral("--at"),
                                                    QStringLiteral("2026-03-29T02:30:00"), m_doc, m_sig});
    QVERIFY2(gap.exitCode == 1 || gap.exitCode == 2, gap.err.constData()); // long before the PKI: not a pass
    QCOMPARE(QJsonDocument::fromJson(gap.out.trimmed()).object().value(QStringLiteral("report")).toObject()
                 .value(QStringLiteral("verification_time")).toString(),
             QStringLiteral("2026-03-29T02:30:00Z"));

    // As psql prints a timestamptz, with a space, an hour-only offset, or a lower-case z.
    for (const QString &at : {QStringLiteral("2026-03-29 10:30:00+08"), QStringLiteral("2026-03-29T02:30:00z"),
                              QStringLiteral("2026-03-29 02:30:00")}) {
        const Run psql = cliIn(berlin, QStringList{QStringLiteral("verify")} + trustArgs()
                                           + QStringList{QStringLiteral("--json"), QStringLiteral("--at"), at, m_doc, m_sig});
        QVERIFY2(psql.exitCode == 1 || psql.exitCode == 2, qPrintable(at + QLatin1Char(' ') + QString::fromUtf8(psql.err)));
        QCOMPARE(QJsonDocument::fromJson(psql.out.trimmed()).object().value(QStringLiteral("report")).toObject()
                     .value(QStringLiteral("verification_time")).toString(),
                 QStringLiteral("2026-03-29T02:30:00Z"));
    }
    QCOMPARE(cli(trustArgs() + QStringList{QStringLiteral("--at"), QStringLiteral("2026-03-29+08"), m_doc, m_sig}).exitCode, 3);

    // The top-level field says what the report says: no best signature time for garbage.
    const Run garbage = cli(trustArgs() + QStringList{QStringLiteral("--json"), m_doc, m_garbage});
    const QJsonObject line = QJsonDocument::fromJson(garbage.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("best_signature_time_source")),
             line.value(QStringLiteral("report")).toObject().value(QStringLiteral("best_signature_time_source")));
    QVERIFY(line.value(QStringLiteral("best_signature_time")).isNull());
    QCOMPARE(line.value(QStringLiteral("best_signature_time_source")).toString(), QStringLiteral("none"));

    // Results that cannot be written are not "all passed".
    if (QFile::exists(QStringLiteral("/dev/full"))) {
        const Run full = cliIn(QProcessEnvironment::systemEnvironment(),
                               QStringList{QStringLiteral("verify")} + trustArgs() + QStringList{m_doc, m_sig},
                               QStringLiteral("/dev/full"));
        QCOMPARE(full.exitCode, 4);
        QVERIFY2(full.err.contains("could not be written"), full.err.constData());
    }
    // Asking for help is not a usage error.
    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("help")}) {
        const Run run = cliIn(QProcessEnvironment::systemEnvironment(), {help});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("verify"));
    }
    QCOMPARE(cliIn(QProcessEnvironment::systemEnvironment(), {}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestEsignCli)
#include "tst_esign_cli.moc"
