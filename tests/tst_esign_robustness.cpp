// Malformed, truncated, random, flipped and huge input → FORMAT_FAILURE (or another verdict),
// never a crash, a hang or a pass; the batch API gives the same answers as one-by-one, in
// order, on many threads; a large CRL is indexed once and lookups stay fast.
#include "app/esign/consentdocument.h"
#include "app/esign/openssl.h"
#include "app/esign/signatureverifier.h"
#include "support/dertlv.h"
#include "support/testpki.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace cooc;
using namespace cooc::esign;

class TestEsignRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTruncationIsFormatFailure();
    void randomBytes();
    void bitFlipsNeverCrash();
    void flippedCertificateBytesDoNotPass();
    void pemVariants();
    void hugeInputsAreRefusedQuickly();
    void twoSignersAreRefused();
    void heldCertificatesMixedWithOthers();
    void misplacedCertificateFieldsAreRefused();
    void learnedCertificatesAreBounded();
    void batchMatchesOneByOne();
    void batchCanBeCancelled();
    void largeCrlIsIndexedOnce();
    void cleanupTestCase();

private:
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<SignatureVerifier> m_verifier;
    QByteArray m_document;
    QByteArray m_signature;
    Certificate m_cert;
};

void TestEsignRobustness::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_document = ConsentDocument::create(QStringLiteral("REQ-9"), QStringLiteral("353604"), QStringLiteral("1"),
                                         QStringLiteral("a@example.tw"), QStringLiteral("mother"),
                                         QStringLiteral("6789"))
                     .toCanonicalBytes();
    m_cert = m_pki->issue(m_pki->rsaKey);
    CmsSignOptions options;
    options.extraCertificates = {m_pki->intermediate.certificate()};
    options.cardNumber = QStringLiteral("TP03000012345678");
    m_signature = signCms(m_document, m_cert, m_pki->rsaKey, options).value();
    m_verifier = std::make_unique<SignatureVerifier>(
        TrustStore::build(m_pki->configuration(m_pki->intermediateCrl())).value());
    QCOMPARE(m_verifier->verify(SignatureInput::cms(m_signature), {}, m_document, m_pki->now).verdict,
             Verdict::TotalPassed);
}

void TestEsignRobustness::everyTruncationIsFormatFailure()
{
    for (qsizetype length = 0; length < m_signature.size(); length += (length < 64 ? 1 : 7)) {
        const VerificationReport r =
            m_verifier->verify(SignatureInput::cms(m_signature.left(length)), {}, m_document, m_pki->now);
        QVERIFY2(r.subIndication == SubIndication::FormatFailure, qPrintable(QString::number(length)));
    }
}

void TestEsignRobustness::randomBytes()
{
    QRandomGenerator random(20261128);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes(random.bounded(1, 4096), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 3 == 0)
            bytes[0] = '\x30'; // looks like a SEQUENCE
        const VerificationReport cms = m_verifier->verify(SignatureInput::cms(bytes), {}, m_document, m_pki->now);
        QCOMPARE(cms.subIndication, SubIndication::FormatFailure);
        const VerificationReport pkcs1 =
            m_verifier->verify(SignatureInput::pkcs1(bytes, bytes), {}, m_document, m_pki->now);
        QCOMPARE(pkcs1.subIndication, SubIndication::FormatFailure);
    }
}

void TestEsignRobustness::bitFlipsNeverCrash()
{
    // Any verdict may come out, but never NOT_VERIFIED, and the verifier always answers.
    QRandomGenerator random(7);
    int passed = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = m_signature;
        const qsizetype at = random.bounded(bytes.size());
        bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
        const VerificationReport r = m_verifier->verify(SignatureInput::cms(bytes), {}, m_document, m_pki->now);
        QVERIFY(r.verdict != Verdict::NotVerified && r.verdict != Verdict::NoSignature);
        QCOMPARE(r.verdict == Verdict::TotalPassed, r.errors.isEmpty());
        passed += r.passed() ? 1 : 0;
    }
    // Flips inside the signed data, the signature or the signer's certificate cannot pass;
    // only bytes no check depends on (e.g. inside the embedded intermediate, when the same
    // intermediate is configured, or the unsigned parts of the structure) may.
    QVERIFY2(passed < 400 / 4, qPrintable(QString::number(passed)));
}

void TestEsignRobustness::flippedCertificateBytesDoNotPass()
{
    // Every byte of the signer's certificate matters.
    const QByteArray der = m_cert.toDer();
    const qsizetype offset = m_signature.indexOf(der);
    QVERIFY(offset > 0);
    for (qsizetype i = 0; i < der.size(); i += 5) {
        QByteArray bytes = m_signature;
        bytes[offset + i] = char(bytes.at(offset + i) ^ 0x04);
        const VerificationReport r = m_verifier->verify(SignatureInput::cms(bytes), {}, m_document, m_pki->now);
        QVERIFY2(!r.passed(), qPrintable(QStringLiteral("certificate byte %1").arg(i)));
    }
}

void TestEsignRobustness::pemVariants()
{
    const QByteArray base64 = m_signature.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 64)
        wrapped += base64.mid(i, 64) + "\r\n";
    for (const QByteArray &label : {QByteArray("CMS"), QByteArray("PKCS7")}) {
        const QByteArray pem = "-----BEGIN " + label + "-----\r\n" + wrapped + "-----END " + label + "-----\r\n";
        QCOMPARE(m_verifier->verify(SignatureInput::cms(pem), {}, m_document, m_pki->now).verdict, Verdict::TotalPassed);
    }
    const QByteArray unknownLabel = "-----BEGIN CERTIFICATE-----\n" + wrapped + "-----END CERTIFICATE-----\n";
    QCOMPARE(m_verifier->verify(SignatureInput::cms(unknownLabel), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
    const QByteArray noEnd = "-----BEGIN CMS-----\n" + wrapped;
    QCOMPARE(m_verifier->verify(SignatureInput::cms(noEnd), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
    QCOMPARE(m_verifier->verify(SignatureInput::cms(m_signature + "trailing"), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
}

void TestEsignRobustness::hugeInputsAreRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray huge(64 << 20, '\x30');
    QCOMPARE(m_verifier->verify(SignatureInput::cms(huge), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
    QCOMPARE(m_verifier->verify(SignatureInput::cms(m_signature), {}, huge, m_pki->now).subIndication,
             SubIndication::FormatFailure);
    QCOMPARE(m_verifier->verify(SignatureInput::pkcs1(huge, QByteArray(256, 'x')), {}, m_document, m_pki->now)
                 .subIndication,
             SubIndication::FormatFailure);
    // A deeply nested structure with a length claiming gigabytes.
    QByteArray nested;
    for (int i = 0; i < 5000; ++i)
        nested += "\x30\x84\x7f\xff\xff\xff";
    QCOMPARE(m_verifier->verify(SignatureInput::cms(nested), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestEsignRobustness::twoSignersAreRefused()
{
    using namespace ossl;
    const Certificate second = m_pki->issue(m_pki->rsaKey2);
    const unsigned int flags = CMS_BINARY | CMS_PARTIAL;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    QVERIFY(cms);
    QVERIFY(CMS_add1_signer(cms.get(), m_cert.get(), m_pki->rsaKey.get(), EVP_sha256(), flags));
    QVERIFY(CMS_add1_signer(cms.get(), second.get(), m_pki->rsaKey2.get(), EVP_sha256(), flags));
    BioPtr content = memoryBio(m_document);
    QCOMPARE(CMS_final(cms.get(), content.get(), nullptr, CMS_BINARY), 1);
    BioPtr out(BIO_new(BIO_s_mem()));
    QCOMPARE(i2d_CMS_bio(out.get(), cms.get()), 1);
    const VerificationReport r =
        m_verifier->verify(SignatureInput::cms(bioBytes(out.get())), {}, m_document, m_pki->now);
    QCOMPARE(r.subIndication, SubIndication::FormatFailure);
    QVERIFY(std::any_of(r.errors.cbegin(), r.errors.cend(),
                        [](const ReportMessage &m) { return m.code == QLatin1String("signer_count"); }));
}

void TestEsignRobustness::heldCertificatesMixedWithOthers()
{
    // Embedded: an unknown CA, the (configured) intermediate, the anchor, in that order. The
    // held ones are cut out before parsing, the others stay; the result is the same.
    CmsSignOptions options;
    options.extraCertificates = {m_pki->unknownRoot.certificate(), m_pki->intermediate.certificate(),
                                 m_pki->root.certificate()};
    const QByteArray signature = signCms(m_document, m_cert, m_pki->rsaKey, options).value();
    for (int round = 0; round < 2; ++round) { // the second time the unknown CA is held too
        const VerificationReport r = m_verifier->verify(SignatureInput::cms(signature), {}, m_document, m_pki->now);
        QCOMPARE(r.verdict, Verdict::TotalPassed);
        QCOMPARE(r.chain.size(), 3);
        QCOMPARE(r.chain.at(1).sha256, m_pki->intermediate.certificate().sha256Hex());
    }
    // A byte-identical copy of a held certificate inside a damaged structure changes nothing:
    // the structure is still refused.
    QCOMPARE(m_verifier->verify(SignatureInput::cms(signature.chopped(3)), {}, m_document, m_pki->now).subIndication,
             SubIndication::FormatFailure);
}

void TestEsignRobustness::misplacedCertificateFieldsAreRefused()
{
    // Only certificates the trust store holds in a [0] where SignedData has no such field (or
    // a second one): OpenSSL refuses the structure, and cutting the held certificates out
    // before parsing must not make it whole.
    CmsSignOptions options;
    options.extraCertificates = {m_pki->intermediate.certificate()};
    const QByteArray signature = signCms(m_document, m_cert, m_pki->rsaKey, options).value();
    QList<QByteArray> fields;
    for (const test::DerItem &item : test::signedDataFields(signature))
        fields.append(item.whole);
    QCOMPARE(fields.size(), 5); // version, digestAlgorithms, encapContentInfo, [0] certificates, signerInfos
    QCOMPARE(test::withSignedDataFields(signature, fields), signature);
    const QByteArray heldOnly = test::derTlv(0xa0, m_pki->intermediate.certificate().toDer());
    for (const int at : {1, 2, 3}) { // after version, after digestAlgorithms, before the real [0]
        QList<QByteArray> misplaced = fields;
        misplaced.insert(at, heldOnly);
        const VerificationReport r = m_verifier->verify(SignatureInput::cms(test::withSignedDataFields(signature, misplaced)),
                                                        {}, m_document, m_pki->now);
        QVERIFY2(r.subIndication == SubIndication::FormatFailure, qPrintable(QString::number(at)));
        QCOMPARE(r.verdict, Verdict::TotalFailed);
    }
}

void TestEsignRobustness::learnedCertificatesAreBounded()
{
    // CA certificates embedded in signatures are remembered (not trusted) so the next signature
    // does not parse them again; crafted, padded ones must not make that a way to hold memory.
    const auto store = TrustStore::build(m_pki->configuration(m_pki->intermediateCrl())).value();
    const Certificate ca = m_pki->unknownIntermediate.certificate();
    store->learnCertificate(ca);
    QVERIFY(!store->knownCertificate(ca.toDer()).isNull());

    X509 *padded = X509_dup(m_pki->unknownRoot.certificate().get());
    QVERIFY(padded);
    ASN1_OCTET_STRING *filler = ASN1_OCTET_STRING_new();
    const QByteArray bytes(TrustStore::maxLearnedCertificateBytes, 'x');
    ASN1_OCTET_STRING_set(filler, reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()));
    ASN1_OBJECT *type = OBJ_txt2obj("1.3.6.1.4.1.99999.1", 1);
    X509_EXTENSION *extension = X509_EXTENSION_create_by_OBJ(nullptr, type, 0, filler);
    QVERIFY(extension && X509_add_ext(padded, extension, -1) == 1);
    X509_EXTENSION_free(extension);
    ASN1_OBJECT_free(type);
    ASN1_OCTET_STRING_free(filler);
    QVERIFY(X509_sign(padded, m_pki->unknownRootKey.get(), EVP_sha256()) > 0);
    const Certificate large = Certificate::adopt(padded);
    QVERIFY(large.isCa());
    QVERIFY(large.toDer().size() > TrustStore::maxLearnedCertificateBytes);
    store->learnCertificate(large);
    QVERIFY(store->knownCertificate(large.toDer()).isNull());
}

void TestEsignRobustness::batchMatchesOneByOne()
{
    QList<VerificationJob> jobs;
    QByteArray tampered = m_document;
    tampered[10] = 'X';
    for (int i = 0; i < 120; ++i) {
        switch (i % 4) {
        case 0: jobs.append({SignatureInput::cms(m_signature), {QStringLiteral("王大明"), QStringLiteral("6789")}, m_document}); break;
        case 1: jobs.append({SignatureInput::cms(m_signature), {}, tampered}); break;
        case 2: jobs.append({SignatureInput::cms(QByteArray("junk")), {}, m_document}); break;
        default: jobs.append({SignatureInput::cms(m_signature), {QStringLiteral("王小明"), {}}, m_document}); break;
        }
    }
    const QList<VerificationReport> batch = m_verifier->verifyAll(jobs, m_pki->now);
    QCOMPARE(batch.size(), jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const VerificationReport one = m_verifier->verify(jobs.at(i), m_pki->now);
        QCOMPARE(batch.at(i).verdict, one.verdict);
        QCOMPARE(batch.at(i).subIndication, one.subIndication);
        QCOMPARE(batch.at(i).toJsonBytes(), one.toJsonBytes());
    }
    QCOMPARE(batch.at(0).verdict, Verdict::TotalPassed);
    QCOMPARE(batch.at(1).subIndication, SubIndication::ContentMismatch);
    QCOMPARE(batch.at(2).subIndication, SubIndication::FormatFailure);
    QCOMPARE(batch.at(3).subIndication, SubIndication::SignerMismatch);
}

void TestEsignRobustness::batchCanBeCancelled()
{
    QList<VerificationJob> jobs(3000, VerificationJob{SignatureInput::cms(m_signature), {}, m_document});
    QFuture<VerificationReport> future = m_verifier->verifyAsync(jobs, m_pki->now);
    QFutureWatcher<VerificationReport> watcher;
    int progressSignals = 0;
    connect(&watcher, &QFutureWatcher<VerificationReport>::progressValueChanged, this, [&] { ++progressSignals; });
    watcher.setFuture(future);
    QTRY_VERIFY(future.progressValue() > 0);
    future.cancel();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QVERIFY(future.progressValue() < jobs.size());
    QCoreApplication::processEvents();
    QVERIFY(progressSignals > 0);
}

void TestEsignRobustness::largeCrlIsIndexedOnce()
{
    // 100,000 revoked serials (the real MOICA CRL has ~412,000): built once, then lookups are
    // hash lookups, not scans.
    QList<RevokedEntry> revoked;
    revoked.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        revoked.append({{}, QStringLiteral("%1").arg(0x10000000 + i, 0, 16), m_pki->now.addDays(-10), RevokedEntry::Reason::KeyCompromise});
    revoked.append({m_cert, {}, m_pki->now.addDays(-1), RevokedEntry::Reason::KeyCompromise});
    const RevocationList crl = m_pki->intermediate.issueCrl(revoked, m_pki->now.addSecs(-60), m_pki->now.addDays(7)).value();
    QElapsedTimer timer;
    timer.start();
    const SignatureVerifier verifier(TrustStore::build(m_pki->configuration(crl)).value());
    const qint64 buildMs = timer.elapsed();
    timer.restart();
    QList<VerificationJob> jobs(200, VerificationJob{SignatureInput::cms(m_signature), {}, m_document});
    const QList<VerificationReport> reports = verifier.verifyAll(jobs, m_pki->now);
    const qint64 verifyMs = timer.elapsed();
    for (const VerificationReport &r : reports)
        QCOMPARE(r.subIndication, SubIndication::Revoked);
    qInfo("100,001-entry CRL: trust store built in %lld ms; 200 verifications in %lld ms", buildMs, verifyMs);
    QVERIFY(buildMs < 20000);
}

void TestEsignRobustness::cleanupTestCase()
{
    // Pool workers exit now, so OpenSSL frees their per-thread state before LeakSanitizer looks
    // at exit. Qt's pool threads are detached: waitForDone() returns once they finished, a
    // moment before their thread-local destructors (where OpenSSL frees that state) have run.
    QThreadPool::globalInstance()->waitForDone();
    QThread::msleep(200);
}

QTEST_GUILESS_MAIN(TestEsignRobustness)
#include "tst_esign_robustness.moc"
