// The consent document's canonical form, the test/demo certificate authority, and the DEMO
// chain shipped in resources/demo.
#include "app/esign/certificateauthority.h"
#include "app/esign/consentdocument.h"
#include "app/esign/openssl.h"
#include "app/esign/signatureverifier.h"
#include "support/testpki.h"

#include <QTest>

#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace cooc;
using namespace cooc::esign;

Q_DECLARE_METATYPE(cooc::esign::ExpectedConsent)

class TestEsignConsent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canonicalBytes();
    void roundTrip();
    void escaping();
    void parseRefuses_data();
    void parseRefuses();
    void displayText();
    void signedFormMustBeThisRequests_data();
    void signedFormMustBeThisRequests();
    void nonces();
    void holderCertificateProfile();
    void encryptionCertificateProfile();
    void crlEntries();
    void pemRoundTrips();
    void demoChain();
    void demoSchoolFlow();

private:
    ConsentDocument sample() const;
    std::unique_ptr<test::TestPki> m_pki;
};

void TestEsignConsent::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
}

ConsentDocument TestEsignConsent::sample() const
{
    ConsentDocument d = ConsentDocument::create(QStringLiteral("REQ-42"), QStringLiteral("353604"),
                                                QStringLiteral("112233"), QStringLiteral("wang@example.tw"),
                                                QStringLiteral("father"), QStringLiteral("6789"));
    d.nonce = QStringLiteral("00112233445566778899aabbccddeeff");
    return d;
}

void TestEsignConsent::canonicalBytes()
{
    const ConsentDocument d = sample();
    const QByteArray bytes = d.toCanonicalBytes();
    const QByteArray text = ConsentDocument::publishedText(QStringLiteral("2026.1")).toUtf8().replace("\n", "\\n");
    const QByteArray expected = "{\"consent_text\":\"" + text
        + "\",\"consent_text_version\":\"2026.1\",\"format\":\"cooc-consent/1\","
          "\"nonce\":\"00112233445566778899aabbccddeeff\",\"parent_email\":\"wang@example.tw\","
          "\"parent_id_last4\":\"6789\",\"relationship\":\"father\",\"request_id\":\"REQ-42\","
          "\"school_code\":\"353604\",\"student_number\":\"112233\"}";
    QCOMPARE(bytes, expected);
    QVERIFY(bytes.contains("個人資料")); // UTF-8, never \\u escapes
    QCOMPARE(d.toCanonicalBytes(), bytes); // stable
    QCOMPARE(ConsentDocument::currentTextVersion(), QStringLiteral("2026.1"));
    QCOMPARE(d.consentText, ConsentDocument::publishedText(QStringLiteral("2026.1")));
}

void TestEsignConsent::roundTrip()
{
    const ConsentDocument d = sample();
    auto parsed = ConsentDocument::parse(d.toCanonicalBytes());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
    QCOMPARE(*parsed, d);
}

void TestEsignConsent::escaping()
{
    ConsentDocument d = sample();
    d.parentEmail = QStringLiteral("a\"b\\c\td\x01@example.tw");
    d.requestId = QStringLiteral("REQ-😀-/");
    const QByteArray bytes = d.toCanonicalBytes();
    QVERIFY(bytes.contains(R"("parent_email":"a\"b\\c\td\u0001@example.tw")"));
    QVERIFY(bytes.contains("\"request_id\":\"REQ-\xF0\x9F\x98\x80-/\""));
    auto parsed = ConsentDocument::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->parentEmail, d.parentEmail);
    QCOMPARE(parsed->requestId, d.requestId);
}

void TestEsignConsent::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = sample().toCanonicalBytes();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("whitespace") << QByteArray(good).replace("\"nonce\":", "\"nonce\": ");
    QTest::newRow("trailing newline") << good + "\n";
    QTest::newRow("keys out of order")
        << QByteArray(good).replace("\"school_code\":\"353604\",\"student_number\":\"112233\"",
                                    "\"student_number\":\"112233\",\"school_code\":\"353604\"");
    QTest::newRow("extra field") << QByteArray(good).replace("{", "{\"a\":\"b\",");
    QTest::newRow("missing field") << QByteArray(good).replace(",\"school_code\":\"353604\"", "");
    QTest::newRow("number value") << QByteArray(good).replace("\"parent_id_last4\":\"6789\"", "\"parent_id_last4\":6789");
    QTest::newRow("unknown version") << QByteArray(good).replace("\"2026.1\"", "\"1999.1\"");
    QTest::newRow("edited consent text") << QByteArray(good).replace("法定代理人", "朋友");
    QTest::newRow("unknown relationship") << QByteArray(good).replace("\"father\"", "\"neighbour\"");
    QTest::newRow("wrong format tag") << QByteArray(good).replace("cooc-consent/1", "cooc-consent/2");
    QTest::newRow("escaped non-ASCII") << QByteArray(good).replace("個", "\\u500b");
    QTest::newRow("duplicate key") << QByteArray(good).replace("{", "{\"nonce\":\"x\",");
    QTest::newRow("huge") << QByteArray(300 * 1024, ' ') + good;
}

void TestEsignConsent::parseRefuses()
{
    QFETCH(QByteArray, bytes);
    auto parsed = ConsentDocument::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestEsignConsent::displayText()
{
    const QString text = sample().toDisplayText();
    for (const char *part : {"REQ-42", "353604", "112233", "wang@example.tw", "Father", "6789", "2026.1"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    QVERIFY(text.contains(ConsentDocument::publishedText(QStringLiteral("2026.1"))));
}

void TestEsignConsent::signedFormMustBeThisRequests_data()
{
    QTest::addColumn<ExpectedConsent>("expected");
    QTest::addColumn<QString>("firstError"); // empty: TOTAL_PASSED
    QTest::addColumn<QString>("named");      // the field the message names
    const ExpectedConsent same{QStringLiteral("353604"), QStringLiteral("112233"), QStringLiteral("Wang@Example.TW"),
                               QStringLiteral("father"), QStringLiteral("6789")};
    QTest::newRow("this request's form") << same << QString() << QString();
    QTest::newRow("nothing expected (the CLI)") << ExpectedConsent{} << QString() << QString();
    ExpectedConsent e = same;
    e.studentNumber = QStringLiteral("112234");
    QTest::newRow("another student") << e << QStringLiteral("consent_for_another_request")
                                     << QStringLiteral("student number");
    e = same;
    e.schoolCode = QStringLiteral("353605");
    QTest::newRow("another school") << e << QStringLiteral("consent_for_another_request")
                                    << QStringLiteral("school code");
    e = same;
    e.parentEmail = QStringLiteral("lin@example.tw");
    QTest::newRow("another parent's e-mail") << e << QStringLiteral("consent_for_another_request")
                                             << QStringLiteral("parent e-mail");
    e = same;
    e.relationship = QStringLiteral("mother");
    QTest::newRow("another relationship") << e << QStringLiteral("consent_for_another_request")
                                          << QStringLiteral("relationship");
    e = same;
    e.parentIdLast4 = QStringLiteral("6788");
    QTest::newRow("another parent's ID digits") << e << QStringLiteral("consent_for_another_request")
                                                << QStringLiteral("parent's ID");
}

// A valid signature over a valid consent form that was made for another request (copied
// from it) is not evidence for this one: CONTENT_MISMATCH, and the message names the field.
void TestEsignConsent::signedFormMustBeThisRequests()
{
    QFETCH(ExpectedConsent, expected);
    QFETCH(QString, firstError);
    QFETCH(QString, named);
    test::TestPki &pki = *m_pki;
    const QByteArray document = sample().toCanonicalBytes();
    CmsSignOptions options;
    options.extraCertificates = {pki.intermediate.certificate()};
    const QByteArray signature = signCms(document, pki.issue(pki.rsaKey), pki.rsaKey, options).value();
    const SignatureVerifier verifier(TrustStore::build(pki.configuration(pki.intermediateCrl())).value());
    const ExpectedSigner signer{QStringLiteral("王大明"), QStringLiteral("6789"), expected};
    const VerificationReport r = verifier.verify(SignatureInput::cms(signature), signer, document, pki.now);
    if (firstError.isEmpty()) {
        QCOMPARE(r.verdict, Verdict::TotalPassed);
        return;
    }
    QCOMPARE(r.verdict, Verdict::TotalFailed);
    QCOMPARE(r.subIndication, SubIndication::ContentMismatch);
    QCOMPARE(r.integrity, CheckStatus::Invalid);
    QVERIFY(!r.errors.isEmpty());
    QCOMPARE(r.errors.first().code, firstError);
    QVERIFY2(r.errors.first().text.contains(named), qPrintable(r.errors.first().text));
    // Step 3 comes before revocation: without a CRL (TRY_LATER) it is still rejected, not "retry".
    const SignatureVerifier noCrl(TrustStore::build(pki.configuration(RevocationList())).value());
    QCOMPARE(noCrl.verify(SignatureInput::cms(signature), signer, document, pki.now).subIndication,
             SubIndication::ContentMismatch);
    // The mobile form is held to the same rule.
    const VerificationReport mobile = verifier.verify(
        SignatureInput::pkcs1(pki.issue(pki.rsaKey).toPem(), signPkcs1(document, pki.rsaKey).value()), signer,
        document, pki.now);
    QCOMPARE(mobile.subIndication, SubIndication::ContentMismatch);
    QCOMPARE(mobile.errors.first().code, firstError);

    // A form of a consent text published after this client was built is held to its request
    // the same way (not refused for being new).
    ConsentDocument newer = sample();
    newer.consentTextVersion = QStringLiteral("2099.1");
    newer.consentText = QStringLiteral("未來版本的個資授權同意書");
    const QByteArray newerBytes = newer.toCanonicalBytes();
    QVERIFY(!ConsentDocument::parse(newerBytes)); // not one this client can show as canonical
    const QByteArray newerSignature = signCms(newerBytes, pki.issue(pki.rsaKey), pki.rsaKey, options).value();
    const VerificationReport newerReport =
        verifier.verify(SignatureInput::cms(newerSignature), signer, newerBytes, pki.now);
    QCOMPARE(newerReport.subIndication, SubIndication::ContentMismatch);
    QCOMPARE(newerReport.errors.first().code, firstError);
    ExpectedSigner sameRequest = signer;
    sameRequest.consent = {QStringLiteral("353604"), QStringLiteral("112233"), QStringLiteral("wang@example.tw"),
                           QStringLiteral("father"), QStringLiteral("6789")};
    QCOMPARE(verifier.verify(SignatureInput::cms(newerSignature), sameRequest, newerBytes, pki.now).verdict,
             Verdict::TotalPassed);

    // A request whose stored document is not a consent form at all is refused the same way.
    const QByteArray notAForm = "{\"hello\":\"world\"}";
    const QByteArray other = signCms(notAForm, pki.issue(pki.rsaKey), pki.rsaKey, options).value();
    const VerificationReport unreadable = verifier.verify(SignatureInput::cms(other), signer, notAForm, pki.now);
    QCOMPARE(unreadable.subIndication, SubIndication::ContentMismatch);
    QCOMPARE(unreadable.errors.first().code, QStringLiteral("consent_unreadable"));
}

void TestEsignConsent::nonces()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString nonce = ConsentDocument::newNonce();
        QCOMPARE(nonce.size(), 32);
        QVERIFY(!seen.contains(nonce));
        seen.insert(nonce);
    }
    QVERIFY(sample().toCanonicalBytes() != ConsentDocument::create({}, {}, {}, {}, QStringLiteral("father"), {})
                                               .toCanonicalBytes());
}

void TestEsignConsent::holderCertificateProfile()
{
    HolderProfile profile = m_pki->holder(QStringLiteral("林𠀋美"), QStringLiteral("0421"));
    profile.email = QStringLiteral("lin@example.tw");
    const Certificate cert = m_pki->issue(profile, m_pki->ecKey);
    QCOMPARE(cert.subjectCommonName(), QStringLiteral("林𠀋美"));
    QCOMPARE(cert.issuerCommonName(), m_pki->intermediate.certificate().subjectCommonName());
    QCOMPARE(cert.notBefore(), profile.notBefore);
    QCOMPARE(cert.notAfter(), profile.notAfter);
    QCOMPARE(cert.keyAlgorithm(), QStringLiteral("EC P-256"));
    QVERIFY(!cert.isCa());
    QCOMPARE(cert.authorityKeyIdHex(), m_pki->intermediate.certificate().subjectKeyIdHex());
    X509 *x = cert.get();
    QVERIFY(X509_get_key_usage(x) & KU_DIGITAL_SIGNATURE);
    QVERIFY(X509_get_key_usage(x) & KU_NON_REPUDIATION);
    QVERIFY(!(X509_get_key_usage(x) & KU_KEY_ENCIPHERMENT));
    auto *policies = static_cast<CERTIFICATEPOLICIES *>(X509_get_ext_d2i(x, NID_certificate_policies, nullptr, nullptr));
    QVERIFY(policies);
    char oidText[64] = {};
    OBJ_obj2txt(oidText, sizeof oidText, sk_POLICYINFO_value(policies, 0)->policyid, 1);
    CERTIFICATEPOLICIES_free(policies);
    QCOMPARE(QByteArray(oidText), QByteArray("2.16.886.101.0.3.3"));
    ossl::Asn1ObjectPtr sda(OBJ_txt2obj("2.5.29.9", 1));
    QVERIFY(X509_get_ext_by_OBJ(x, sda.get(), -1) >= 0);
    // The SDA carries attribute 2.16.886.1.100.2.51 = "0421" (as the verifier reads it).
    const SignatureVerifier verifier(TrustStore::build(m_pki->configuration(m_pki->intermediateCrl())).value());
    const QByteArray doc("x");
    const VerificationReport r = verifier.verify(SignatureInput::cms(signCms(doc, cert, m_pki->ecKey).value()),
                                                 {QStringLiteral("林𠀋美"), QStringLiteral("0421")}, doc, m_pki->now);
    QCOMPARE(r.signerIdLast4Masked, QStringLiteral("*421"));
    QVERIFY(r.signerIdMatches);
}

void TestEsignConsent::encryptionCertificateProfile()
{
    HolderProfile profile = m_pki->holder();
    profile.usage = HolderProfile::Usage::EncryptionOnly;
    const Certificate cert = m_pki->issue(profile, m_pki->rsaKey);
    QCOMPARE(X509_get_key_usage(cert.get()), uint32_t(KU_KEY_ENCIPHERMENT));
    HolderProfile none = m_pki->holder();
    none.usage = HolderProfile::Usage::None;
    QVERIFY(!(X509_get_extension_flags(m_pki->issue(none, m_pki->rsaKey).get()) & EXFLAG_KUSAGE));
}

void TestEsignConsent::crlEntries()
{
    const Certificate a = m_pki->issue(m_pki->rsaKey);
    const Certificate b = m_pki->issue(m_pki->rsaKey);
    const QDateTime when = m_pki->now.addDays(-3);
    const RevocationList crl = m_pki->intermediate
                                   .issueCrl({{a, {}, when, RevokedEntry::Reason::KeyCompromise},
                                              {b, {}, when, RevokedEntry::Reason::CertificateHold}},
                                             m_pki->now.addDays(-10), m_pki->now.addDays(-2))
                                   .value();
    QCOMPARE(crl.thisUpdate(), m_pki->now.addDays(-10));
    QCOMPARE(crl.nextUpdate(), m_pki->now.addDays(-2));
    QCOMPARE(X509_CRL_verify(crl.get(), X509_get0_pubkey(m_pki->intermediate.certificate().get())), 1);
    X509_REVOKED *entry = nullptr;
    QCOMPARE(X509_CRL_get0_by_serial(crl.get(), &entry, X509_get0_serialNumber(b.get())), 1);
    auto *reason = static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr));
    QVERIFY(reason);
    QCOMPARE(ASN1_ENUMERATED_get(reason), 6L);
    ASN1_ENUMERATED_free(reason);
    QCOMPARE(toDateTime(X509_REVOKED_get0_revocationDate(entry)), when);
    auto back = RevocationList::fromPemOrDer(crl.toPem());
    QVERIFY(back.ok());
    QCOMPARE(back->toDer(), crl.toDer());
    QVERIFY(!RevocationList::fromPemOrDer("garbage").ok());
}

void TestEsignConsent::pemRoundTrips()
{
    auto key = PrivateKey::fromPem(m_pki->ecKey.toPem());
    QVERIFY(key.ok());
    QCOMPARE(key->publicKeyDer(), m_pki->ecKey.publicKeyDer());
    QVERIFY(!PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").ok());
    const Certificate cert = m_pki->issue(m_pki->rsaKey);
    auto fromPem = Certificate::fromPem(cert.toPem());
    auto fromDer = Certificate::fromDer(cert.toDer());
    QVERIFY(fromPem.ok() && fromDer.ok());
    QVERIFY(*fromPem == cert);
    QCOMPARE(fromDer->sha256Hex(), cert.sha256Hex());
    QVERIFY(!Certificate::fromDer(cert.toDer().chopped(1)).ok());
    QVERIFY(!Certificate::fromDer(cert.toDer() + "x").ok());
    const QByteArray rootPem = m_pki->root.certificate().toPem();
    const QByteArray intermediatePem = m_pki->intermediate.certificate().toPem();
    auto bundle = Certificate::listFromPemOrDer(rootPem + intermediatePem);
    QVERIFY(bundle.ok());
    QCOMPARE(bundle->size(), 2);
    // A key block among them is skipped; one DER certificate is a list of one.
    QCOMPARE(Certificate::listFromPemOrDer(rootPem + m_pki->ecKey.toPem() + intermediatePem)->size(), 2);
    auto der = Certificate::listFromPemOrDer(m_pki->root.certificate().toDer());
    QVERIFY(der.ok());
    QCOMPARE(der->first().sha256Hex(), m_pki->root.certificate().sha256Hex());
    // A damaged block in the middle of a bundle is an error, not the end of the bundle: the
    // certificates after it used to be dropped unseen (a trust store missing its root).
    QByteArray undecodable = rootPem;
    undecodable[undecodable.indexOf('\n') + 10] = '!';
    QByteArray notACertificate = rootPem; // valid base64, but a line of the DER is missing
    const qsizetype line2 = notACertificate.indexOf('\n', notACertificate.indexOf('\n') + 1) + 1;
    notACertificate.remove(line2, 65);
    for (const QByteArray &damaged : {undecodable, notACertificate}) {
        auto refused = Certificate::listFromPemOrDer(intermediatePem + damaged + rootPem);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("block 2")), qPrintable(refused.error().message));
    }
    // OpenSSL's "TRUSTED CERTIFICATE" (openssl x509 -trustout): its certificate is read.
    {
        X509 *aux = X509_dup(m_pki->root.certificate().get());
        QVERIFY(aux && X509_add1_trust_object(aux, OBJ_nid2obj(NID_server_auth)) == 1);
        BIO *bio = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_X509_AUX(bio, aux) == 1);
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        const QByteArray trusted(data, int(length));
        BIO_free(bio);
        X509_free(aux);
        QVERIFY(trusted.contains("BEGIN TRUSTED CERTIFICATE"));
        auto read = Certificate::listFromPemOrDer(intermediatePem + trusted);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(1).sha256Hex(), m_pki->root.certificate().sha256Hex());
    }
    QVERIFY(!Certificate::listFromPemOrDer(QByteArray()).ok());
    QVERIFY(!Certificate::listFromPemOrDer(m_pki->ecKey.toPem()).ok());
    // A CA loaded back from PEM issues certificates the original's trust store accepts.
    auto loaded = CertificateAuthority::loadPem(m_pki->intermediate.certificate().toPem(), m_pki->intermediateKey.toPem());
    QVERIFY(loaded.ok());
    QVERIFY(!CertificateAuthority::loadPem(m_pki->intermediate.certificate().toPem(), m_pki->rsaKey.toPem()).ok());
    QVERIFY(!CertificateAuthority::load(cert, m_pki->rsaKey).ok()); // not a CA
}

void TestEsignConsent::demoChain()
{
    auto root = demo::rootCa();
    auto intermediate = demo::intermediateCa();
    auto intermediateCrl = demo::intermediateCrl();
    auto rootCrl = demo::rootCrl();
    QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().message));
    QVERIFY(intermediate.ok() && intermediateCrl.ok() && rootCrl.ok());
    for (const Certificate &c : {root->certificate(), intermediate->certificate()}) {
        QVERIFY2(c.subjectCommonName().contains(QStringLiteral("DEMO")), qPrintable(c.subjectCommonName()));
        QVERIFY(c.subjectCommonName().contains(QStringLiteral("非真實憑證")));
        QVERIFY(c.subjectCommonName().contains(QStringLiteral("NOT REAL")));
        QCOMPARE(c.keyAlgorithm(), QStringLiteral("RSA"));
        QCOMPARE(c.keyBits(), 2048);
        QVERIFY(c.isCa());
        QVERIFY(c.notBefore() <= QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(c.notAfter() >= QDateTime(QDate(2045, 12, 31), QTime(0, 0), Qt::UTC));
    }
    QCOMPARE(intermediate->certificate().issuerText(), root->certificate().subjectText());
    QCOMPARE(X509_verify(intermediate->certificate().get(), X509_get0_pubkey(root->certificate().get())), 1);
    QVERIFY(intermediateCrl->nextUpdate() > QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestEsignConsent::demoSchoolFlow()
{
    // What the demo school does: issue a parent's certificate with the DEMO intermediate, sign the
    // consent document, and verify it against the DEMO root with the DEMO CRLs.
    const CertificateAuthority intermediate = demo::intermediateCa().value();
    HolderProfile profile;
    profile.commonName = QStringLiteral("陳怡君");
    profile.idLast4 = QStringLiteral("2468");
    const Certificate cert = intermediate.issueHolder(profile, m_pki->rsaKey).value();
    const ConsentDocument doc = ConsentDocument::create(QStringLiteral("REQ-DEMO-1"), QStringLiteral("353604"),
                                                        QStringLiteral("112001"), QStringLiteral("chen@example.tw"),
                                                        QStringLiteral("mother"), QStringLiteral("2468"));
    CmsSignOptions options;
    options.extraCertificates = {intermediate.certificate()};
    options.cardNumber = QStringLiteral("TP03000000000001");
    const QByteArray signature = signCms(doc.toCanonicalBytes(), cert, m_pki->rsaKey, options).value();
    TrustConfiguration config;
    config.addAnchor(demo::rootCa()->certificate(), {QString::fromLatin1(oid::moicaHolderPolicy)});
    config.crls = {demo::intermediateCrl().value(), demo::rootCrl().value()};
    config.intermediates = {intermediate.certificate()}; // the mobile form carries no chain
    const SignatureVerifier verifier(TrustStore::build(config).value());
    const VerificationReport r = verifier.verify(SignatureInput::cms(signature),
                                                 {QStringLiteral("陳怡君"), QStringLiteral("2468")},
                                                 doc.toCanonicalBytes(), QDateTime::currentDateTimeUtc());
    QCOMPARE(verdictCode(r.verdict), QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(r.chain.size(), 3);
    QVERIFY(r.chain.at(2).commonName.contains(QStringLiteral("NOT REAL")));
    // The mobile form too.
    const VerificationReport mobile =
        verifier.verify(SignatureInput::pkcs1(cert.toPem(), signPkcs1(doc.toCanonicalBytes(), m_pki->rsaKey).value()),
                        {QStringLiteral("陳怡君"), QStringLiteral("2468")}, doc.toCanonicalBytes(),
                        QDateTime::currentDateTimeUtc());
    QCOMPARE(verdictCode(mobile.verdict), QStringLiteral("TOTAL_PASSED"));
}

QTEST_GUILESS_MAIN(TestEsignConsent)
#include "tst_esign_consent.moc"
