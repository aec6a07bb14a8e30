// Every verdict and sub-indication of ESIGN.md's table, against a PKI made at test time.
#include "app/esign/consentdocument.h"
#include "app/esign/openssl.h"
#include "app/esign/signatureverifier.h"
#include "support/dertlv.h"
#include "support/must.h"
#include "support/testpki.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

#include <openssl/core_names.h>

using namespace cooc;
using namespace cooc::esign;
using cooc::test::must;
using cooc::test::tlv;

namespace {

struct Case
{
    SignatureInput input;
    ExpectedSigner signer{QStringLiteral("王大明"), QStringLiteral("6789")};
    QByteArray document;
    QString trust = QStringLiteral("default");
    QDateTime at; // invalid: the PKI's now
};

QByteArray flipLastByte(QByteArray bytes)
{
    bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
    return bytes;
}

// RSA PKCS#1 v1.5 (block type 1) over raw bytes: a forger chooses the DigestInfo.
QByteArray signRawPkcs1(const PrivateKey &key, const QByteArray &encoded)
{
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(encoded.constData());
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_sign(ctx.get(), nullptr, &length, in, size_t(encoded.size())) != 1)
        qFatal("raw PKCS#1 signing failed");
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in,
                      size_t(encoded.size()))
        != 1)
        qFatal("raw PKCS#1 signing failed");
    return signature.left(qsizetype(length));
}

} // namespace

class TestEsign final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void passedReportDetails();
    void reportJsonRoundTrip();
    void timestampMovesBestSignatureTime();
    void revocationDateAgainstBestSignatureTime();
    void partitionedCrlCoversOnlyItsPart();
    void certificateTimesAsOpenSslReadsThem();
    void timestampMustFitThisSignatureAndTime();
    void trustStoreRefusesBadConfiguration();
    void chainCacheDoesNotHideForgedIntermediate();

private:
    QByteArray cms(const Certificate &cert, const PrivateKey &key, CmsSignOptions options = {},
                   const QByteArray &content = {}) const
    {
        if (options.extraCertificates.isEmpty() && !m_noEmbed)
            options.extraCertificates = {m_pki->intermediate.certificate()};
        return must(signCms(content.isNull() ? m_document : content, cert, key, options));
    }

    std::unique_ptr<test::TestPki> m_pki;
    QByteArray m_document;
    QHash<QString, std::shared_ptr<const TrustStore>> m_trust;
    QHash<QString, Case> m_cases;
    Certificate m_good, m_goodEc, m_revoked, m_revokedLater, m_onHold, m_expired;
    bool m_noEmbed = false;
};

void TestEsign::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    test::TestPki &pki = *m_pki;
    const QDateTime now = pki.now;
    m_document = ConsentDocument::create(QStringLiteral("REQ-1001"), QStringLiteral("353604"),
                                         QStringLiteral("112233"), QStringLiteral("wang@example.tw"),
                                         QStringLiteral("father"), QStringLiteral("6789"))
                     .toCanonicalBytes();

    m_good = pki.issue(pki.rsaKey);
    m_goodEc = pki.issue(pki.ecKey);
    m_revoked = pki.issue(pki.rsaKey);
    m_revokedLater = pki.issue(pki.rsaKey);
    m_onHold = pki.issue(pki.rsaKey);
    HolderProfile expiredProfile = pki.holder();
    expiredProfile.notBefore = now.addYears(-3);
    expiredProfile.notAfter = now.addDays(-30);
    m_expired = pki.issue(expiredProfile, pki.rsaKey);

    const QList<RevokedEntry> revoked = {
        {m_revoked, {}, now.addDays(-2), RevokedEntry::Reason::KeyCompromise},
        {m_revokedLater, {}, now.addDays(3), RevokedEntry::Reason::Superseded}, // dated after "now"
        {m_onHold, {}, now.addDays(-1), RevokedEntry::Reason::CertificateHold},
    };
    const RevocationList crl = pki.intermediateCrl(revoked);
    const auto build = [](const TrustConfiguration &c) { return must(TrustStore::build(c)); };
    m_trust[QStringLiteral("default")] = build(pki.configuration(crl));
    m_trust[QStringLiteral("no-intermediate")] = build(pki.configuration(crl, false));
    m_trust[QStringLiteral("stale-crl")] =
        build(pki.configuration(must(pki.intermediate.issueCrl({}, now.addDays(-10), now.addDays(-3)))));
    m_trust[QStringLiteral("no-crl")] = build(pki.configuration(RevocationList()));

    const ExpectedSigner applicant{QStringLiteral("王大明"), QStringLiteral("6789")};
    auto add = [&](const QString &name, const SignatureInput &input, const ExpectedSigner &signer = {},
                   const QByteArray &document = {}, const QString &trust = QStringLiteral("default")) {
        Case c;
        c.input = input;
        c.signer = signer.name.isNull() && signer.idLast4.isNull() ? applicant : signer;
        c.document = document.isNull() ? m_document : document;
        c.trust = trust;
        m_cases.insert(name, c);
    };
    const auto sign = [&](const Certificate &cert, const PrivateKey &key, CmsSignOptions o = {}) {
        return SignatureInput::cms(cms(cert, key, o));
    };

    // TOTAL_PASSED
    add(QStringLiteral("rsa attached"), sign(m_good, pki.rsaKey));
    add(QStringLiteral("p256 attached"), sign(m_goodEc, pki.ecKey));
    // The fast context makes keys of named curves itself and passes others to OpenSSL's decoder.
    const PrivateKey p384 = PrivateKey::generateEc("P-384");
    add(QStringLiteral("p384 attached"), sign(pki.issue(p384), p384));
    const PrivateKey compressed = PrivateKey::generateEc("P-256");
    EVP_PKEY_set_utf8_string_param(compressed.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_COMPRESSED);
    add(QStringLiteral("p256 compressed point"), sign(pki.issue(compressed), compressed));
    const PrivateKey brainpool = PrivateKey::generateEc("brainpoolP256r1"); // through OpenSSL's decoder
    add(QStringLiteral("brainpoolP256r1 attached"), sign(pki.issue(brainpool), brainpool));
    CmsSignOptions detached;
    detached.detached = true;
    add(QStringLiteral("rsa detached"), sign(m_good, pki.rsaKey, detached));
    HolderProfile sha384Cert = pki.holder();
    sha384Cert.digest = Digest::Sha384;
    add(QStringLiteral("certificate signed with sha384"), sign(pki.issue(sha384Cert, pki.rsaKey), pki.rsaKey));
    CmsSignOptions pem;
    pem.pem = true;
    add(QStringLiteral("pem attached"), sign(m_good, pki.rsaKey, pem));
    CmsSignOptions noIntermediate;
    noIntermediate.extraCertificates = {m_good}; // anything but the intermediate
    add(QStringLiteral("intermediate configured, not embedded"), sign(m_good, pki.rsaKey, noIntermediate));
    add(QStringLiteral("pkcs1 good"), SignatureInput::pkcs1(m_good.toPem(), must(signPkcs1(m_document, pki.rsaKey))));
    // The recovered DigestInfo must be exactly RFC 8017's encoding (SHA-256, parameters NULL).
    const QByteArray sha256Oid = QByteArray::fromHex("0609608648016503040201");
    const QByteArray null = QByteArray::fromHex("0500");
    const QByteArray digest = QCryptographicHash::hash(m_document, QCryptographicHash::Sha256);
    const auto digestInfo = [&](const QByteArray &parameters, bool longLength = false) {
        return tlv(0x30, tlv(0x30, sha256Oid + parameters) + tlv(0x04, digest), longLength);
    };
    const auto rawPkcs1 = [&](const QByteArray &info) {
        return SignatureInput::pkcs1(m_good.toPem(), signRawPkcs1(pki.rsaKey, info));
    };
    add(QStringLiteral("pkcs1 DigestInfo as RFC 8017"), rawPkcs1(digestInfo(null)));
    add(QStringLiteral("pkcs1 DigestInfo with other parameters"), rawPkcs1(digestInfo(tlv(0x04, QByteArray(40, 'g')))));
    add(QStringLiteral("pkcs1 DigestInfo with a long-form length"), rawPkcs1(digestInfo(null, true)));
    add(QStringLiteral("pkcs1 DigestInfo with bytes after it"), rawPkcs1(digestInfo(null) + QByteArray(2, '\0')));
    // CMS without signed attributes: the signature is over the document itself.
    CmsSignOptions noAttributes;
    noAttributes.signedAttributes = false;
    CmsSignOptions noAttributesDetached = noAttributes;
    noAttributesDetached.detached = true;
    add(QStringLiteral("rsa without signed attributes"), sign(m_good, pki.rsaKey, noAttributes));
    add(QStringLiteral("p256 without signed attributes"), sign(m_goodEc, pki.ecKey, noAttributes));
    // Either key usage bit alone is a signing certificate.
    for (const auto &[label, usage] : {std::pair{"digitalSignature only", HolderProfile::Usage::DigitalSignatureOnly},
                                       std::pair{"nonRepudiation only", HolderProfile::Usage::NonRepudiationOnly},
                                       std::pair{"no key usage extension", HolderProfile::Usage::None}}) {
        HolderProfile profile = pki.holder();
        profile.usage = usage;
        add(QString::fromLatin1(label), sign(pki.issue(profile, pki.rsaKey), pki.rsaKey));
    }
    add(QStringLiteral("name with extension B character"), sign(pki.issue(pki.holder(QStringLiteral("林𠀋美")), pki.rsaKey), pki.rsaKey),
         {QStringLiteral("林𠀋美"), QStringLiteral("6789")});
    // Timestamp inside the validity of an expired certificate
    CmsSignOptions stamped;
    const TimestampAuthority tsa = pki.timestampAuthority();
    stamped.timestamp = &tsa;
    stamped.timestampTime = now.addDays(-60);
    stamped.signingTime = now.addDays(-60);
    add(QStringLiteral("expired, timestamp within validity"), sign(m_expired, pki.rsaKey, stamped));

    // TOTAL_FAILED
    add(QStringLiteral("empty"), SignatureInput::cms({}));
    add(QStringLiteral("garbage"), SignatureInput::cms(QByteArray("not a signature at all")));
    add(QStringLiteral("huge"), SignatureInput::cms(QByteArray(SignatureVerifier::maxSignatureBytes + 1, '\x30')));
    add(QStringLiteral("truncated"), SignatureInput::cms(cms(m_good, pki.rsaKey).chopped(40)));
    add(QStringLiteral("pem garbage"), SignatureInput::cms("-----BEGIN CMS-----\n!!!!\n-----END CMS-----\n"));
    add(QStringLiteral("attached content differs"), SignatureInput::cms(cms(m_good, pki.rsaKey, {}, m_document + " ")));
    QByteArray tampered = m_document;
    tampered.replace("wang@example.tw", "evil@example.tw");
    add(QStringLiteral("tampered document, detached"), sign(m_good, pki.rsaKey, detached), {}, tampered);
    add(QStringLiteral("tampered document, attached"), sign(m_good, pki.rsaKey), {}, tampered);
    add(QStringLiteral("tampered signature"), SignatureInput::cms(flipLastByte(cms(m_good, pki.rsaKey))));
    add(QStringLiteral("pkcs1 tampered signature"), SignatureInput::pkcs1(m_good.toDer(), flipLastByte(must(signPkcs1(m_document, pki.rsaKey)))));
    add(QStringLiteral("pkcs1 tampered document"), SignatureInput::pkcs1(m_good.toPem(), must(signPkcs1(m_document, pki.rsaKey))), {}, tampered);
    add(QStringLiteral("pkcs1 signed by another key"), SignatureInput::pkcs1(m_good.toPem(), must(signPkcs1(m_document, pki.rsaKey2))));
    add(QStringLiteral("pkcs1 certificate garbage"), SignatureInput::pkcs1("garbage", QByteArray(256, 'x')));
    add(QStringLiteral("without signed attributes, tampered document"), sign(m_good, pki.rsaKey, noAttributesDetached),
        {}, tampered);
    add(QStringLiteral("p256 without signed attributes, tampered document"),
        sign(m_goodEc, pki.ecKey, noAttributesDetached), {}, tampered);
    add(QStringLiteral("without signed attributes, tampered signature"),
        SignatureInput::cms(flipLastByte(cms(m_good, pki.rsaKey, noAttributes))));
    add(QStringLiteral("revoked before"), sign(m_revoked, pki.rsaKey));
    add(QStringLiteral("expired"), sign(m_expired, pki.rsaKey));
    HolderProfile future = pki.holder();
    future.notBefore = now.addDays(10);
    future.notAfter = now.addYears(2);
    add(QStringLiteral("not yet valid"), sign(pki.issue(future, pki.rsaKey), pki.rsaKey));
    add(QStringLiteral("wrong name"), sign(m_good, pki.rsaKey), {QStringLiteral("王小明"), QStringLiteral("6789")});
    add(QStringLiteral("wrong id digits"), sign(m_good, pki.rsaKey), {QStringLiteral("王大明"), QStringLiteral("6788")});
    add(QStringLiteral("applicant without ID digits"), sign(m_good, pki.rsaKey), {QStringLiteral("王大明"), QStringLiteral("")});
    add(QStringLiteral("applicant without name"), sign(m_good, pki.rsaKey), {QStringLiteral(""), QStringLiteral("6789")});
    add(QStringLiteral("no id digits in certificate"), sign(pki.issue(pki.holder(QStringLiteral("王大明"), {}), pki.rsaKey), pki.rsaKey));

    // INDETERMINATE
    CmsSignOptions sha1;
    sha1.digest = Digest::Sha1;
    add(QStringLiteral("sha1 digest"), sign(m_good, pki.rsaKey, sha1));
    add(QStringLiteral("pkcs1 sha1"), SignatureInput::pkcs1(m_good.toPem(), must(signPkcs1(m_document, pki.rsaKey, Digest::Sha1))));
    add(QStringLiteral("rsa-1024 key"), sign(pki.issue(pki.rsa1024Key), pki.rsa1024Key));
    // SHA-256 digest, but the SignerInfo names sha1WithRSAEncryption as its signature algorithm
    // (the field is not signed): the last rsaEncryption OID in the DER is the SignerInfo's.
    QByteArray sha1Named = cms(m_good, pki.rsaKey);
    const QByteArray rsaEncryption = QByteArray::fromHex("06092a864886f70d010101");
    const qsizetype named = sha1Named.lastIndexOf(rsaEncryption);
    QVERIFY(named > 0);
    sha1Named[named + rsaEncryption.size() - 1] = '\x05';
    add(QStringLiteral("signature algorithm named sha1WithRSA"), SignatureInput::cms(sha1Named));
    const PrivateKey p224 = PrivateKey::generateEc("P-224");
    add(QStringLiteral("p224 key"), sign(pki.issue(p224), p224));
    // 256 bits, but not a curve the policy names (the signature itself verifies).
    const PrivateKey k1 = PrivateKey::generateEc("secp256k1");
    add(QStringLiteral("secp256k1 key"), sign(pki.issue(k1), k1));
    const PrivateKey explicitCurve = PrivateKey::generateEc("P-256");
    EVP_PKEY_set_utf8_string_param(explicitCurve.get(), OSSL_PKEY_PARAM_EC_ENCODING, OSSL_PKEY_EC_ENCODING_EXPLICIT);
    add(QStringLiteral("p256 key with explicit curve parameters"), sign(pki.issue(explicitCurve), explicitCurve));
    HolderProfile sha1Cert = pki.holder();
    sha1Cert.digest = Digest::Sha1;
    add(QStringLiteral("certificate signed with sha1"), sign(pki.issue(sha1Cert, pki.rsaKey), pki.rsaKey));
    HolderProfile encryption = pki.holder();
    encryption.usage = HolderProfile::Usage::EncryptionOnly;
    add(QStringLiteral("encryption certificate"), sign(pki.issue(encryption, pki.rsaKey), pki.rsaKey));
    HolderProfile noPolicy = pki.holder();
    noPolicy.holderPolicy = false;
    add(QStringLiteral("no holder policy"), sign(pki.issue(noPolicy, pki.rsaKey), pki.rsaKey));
    HolderProfile caSigner = pki.holder();
    caSigner.isCa = true;
    add(QStringLiteral("signer is a CA"), sign(pki.issue(caSigner, pki.rsaKey), pki.rsaKey));
    // The signer's certificate changed after the CA signed it: its signature value, or a byte of
    // the signed part (a digit of notAfter's seconds, so that it still parses).
    add(QStringLiteral("signer certificate signature altered"),
        sign(must(Certificate::fromDer(flipLastByte(m_good.toDer()))), pki.rsaKey));
    add(QStringLiteral("p256 signer certificate signature altered"),
        sign(must(Certificate::fromDer(flipLastByte(m_goodEc.toDer()))), pki.ecKey));
    QByteArray alteredDer = m_good.toDer();
    const ASN1_TIME *notAfter = X509_get0_notAfter(m_good.get());
    const qsizetype at = alteredDer.indexOf(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(notAfter)),
                                                       ASN1_STRING_length(notAfter)));
    QVERIFY(at > 0);
    const qsizetype secondDigit = at + ASN1_STRING_length(notAfter) - 2; // ...SS'Z'
    alteredDer[secondDigit] = alteredDer.at(secondDigit) == '0' ? '1' : '0';
    add(QStringLiteral("signer certificate altered"), sign(must(Certificate::fromDer(alteredDer)), pki.rsaKey));
    const Certificate unknown = must(pki.unknownIntermediate.issueHolder(pki.holder(), pki.rsaKey));
    CmsSignOptions unknownChain;
    unknownChain.extraCertificates = {pki.unknownIntermediate.certificate(), pki.unknownRoot.certificate()};
    add(QStringLiteral("unknown CA"), sign(unknown, pki.rsaKey, unknownChain));
    add(QStringLiteral("intermediate missing entirely"), sign(m_good, pki.rsaKey, noIntermediate), {}, {}, QStringLiteral("no-intermediate"));
    add(QStringLiteral("stale CRL"), sign(m_good, pki.rsaKey), {}, {}, QStringLiteral("stale-crl"));
    add(QStringLiteral("no CRL"), sign(m_good, pki.rsaKey), {}, {}, QStringLiteral("no-crl"));
    add(QStringLiteral("certificate on hold"), sign(m_onHold, pki.rsaKey));
    add(QStringLiteral("revoked after best time, no timestamp"), sign(m_revokedLater, pki.rsaKey));
    CmsSignOptions claimedInside;
    claimedInside.signingTime = now.addDays(-40);
    add(QStringLiteral("expired, client claims it signed in time"), sign(m_expired, pki.rsaKey, claimedInside));
    add(QStringLiteral("detached without document"), sign(m_good, pki.rsaKey, detached), {}, QByteArray(""));

    // NO_SIGNATURE
    add(QStringLiteral("paper route"), SignatureInput::none());
}

void TestEsign::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("subindication");
    QTest::addColumn<QString>("firstError"); // the code of the check that decided
    const auto row = [](const char *name, const char *verdict, const char *sub, const char *error) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromLatin1(verdict) << QString::fromLatin1(sub)
                            << QString::fromLatin1(error);
    };
    row("rsa attached", "TOTAL_PASSED", "", "");
    row("p256 attached", "TOTAL_PASSED", "", "");
    row("p384 attached", "TOTAL_PASSED", "", "");
    row("p256 compressed point", "TOTAL_PASSED", "", "");
    row("brainpoolP256r1 attached", "TOTAL_PASSED", "", "");
    row("rsa detached", "TOTAL_PASSED", "", "");
    row("certificate signed with sha384", "TOTAL_PASSED", "", "");
    row("pem attached", "TOTAL_PASSED", "", "");
    row("intermediate configured, not embedded", "TOTAL_PASSED", "", "");
    row("pkcs1 good", "TOTAL_PASSED", "", "");
    row("pkcs1 DigestInfo as RFC 8017", "TOTAL_PASSED", "", "");
    row("rsa without signed attributes", "TOTAL_PASSED", "", "");
    row("p256 without signed attributes", "TOTAL_PASSED", "", "");
    row("digitalSignature only", "TOTAL_PASSED", "", "");
    row("nonRepudiation only", "TOTAL_PASSED", "", "");
    row("name with extension B character", "TOTAL_PASSED", "", "");
    row("expired, timestamp within validity", "TOTAL_PASSED", "", "");

    row("empty", "TOTAL_FAILED", "FORMAT_FAILURE", "empty");
    row("garbage", "TOTAL_FAILED", "FORMAT_FAILURE", "format");
    row("huge", "TOTAL_FAILED", "FORMAT_FAILURE", "too_large");
    row("truncated", "TOTAL_FAILED", "FORMAT_FAILURE", "format");
    row("pem garbage", "TOTAL_FAILED", "FORMAT_FAILURE", "format");
    row("pkcs1 certificate garbage", "TOTAL_FAILED", "FORMAT_FAILURE", "format");
    row("attached content differs", "TOTAL_FAILED", "CONTENT_MISMATCH", "content_mismatch");
    row("tampered document, attached", "TOTAL_FAILED", "CONTENT_MISMATCH", "content_mismatch");
    row("tampered document, detached", "TOTAL_FAILED", "HASH_FAILURE", "hash_mismatch");
    row("pkcs1 tampered document", "TOTAL_FAILED", "HASH_FAILURE", "hash_mismatch");
    row("tampered signature", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("pkcs1 tampered signature", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("pkcs1 signed by another key", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("pkcs1 DigestInfo with other parameters", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("pkcs1 DigestInfo with a long-form length", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("pkcs1 DigestInfo with bytes after it", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("without signed attributes, tampered document", "TOTAL_FAILED", "HASH_FAILURE", "hash_mismatch");
    row("p256 without signed attributes, tampered document", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("without signed attributes, tampered signature", "TOTAL_FAILED", "SIG_CRYPTO_FAILURE", "signature_invalid");
    row("revoked before", "TOTAL_FAILED", "REVOKED", "revoked");
    row("expired", "TOTAL_FAILED", "EXPIRED", "expired");
    row("not yet valid", "TOTAL_FAILED", "NOT_YET_VALID", "not_yet_valid");
    row("wrong name", "TOTAL_FAILED", "SIGNER_MISMATCH", "name_mismatch");
    row("wrong id digits", "TOTAL_FAILED", "SIGNER_MISMATCH", "id_mismatch");
    row("no id digits in certificate", "TOTAL_FAILED", "SIGNER_MISMATCH", "id_mismatch");
    row("applicant without ID digits", "TOTAL_FAILED", "SIGNER_MISMATCH", "identity_incomplete");
    row("applicant without name", "TOTAL_FAILED", "SIGNER_MISMATCH", "identity_incomplete");

    row("sha1 digest", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "weak_digest");
    row("pkcs1 sha1", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "weak_digest");
    row("rsa-1024 key", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "weak_key");
    row("p224 key", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "weak_key");
    row("secp256k1 key", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "curve_not_allowed");
    row("p256 key with explicit curve parameters", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "curve_not_allowed");
    row("signature algorithm named sha1WithRSA", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE",
        "weak_signature_algorithm");
    row("no key usage extension", "INDETERMINATE", "CHAIN_CONSTRAINTS_FAILURE", "key_usage");
    row("certificate signed with sha1", "INDETERMINATE", "CRYPTO_CONSTRAINTS_FAILURE", "path");
    row("encryption certificate", "INDETERMINATE", "CHAIN_CONSTRAINTS_FAILURE", "key_usage");
    row("no holder policy", "INDETERMINATE", "CHAIN_CONSTRAINTS_FAILURE", "policy");
    row("signer is a CA", "INDETERMINATE", "CHAIN_CONSTRAINTS_FAILURE", "signer_is_ca");
    row("signer certificate signature altered", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", "path");
    row("p256 signer certificate signature altered", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", "path");
    row("signer certificate altered", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", "path");
    row("unknown CA", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", "path");
    row("intermediate missing entirely", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", "path");
    row("stale CRL", "INDETERMINATE", "TRY_LATER", "stale_crl");
    row("no CRL", "INDETERMINATE", "TRY_LATER", "no_crl");
    row("certificate on hold", "INDETERMINATE", "TRY_LATER", "certificate_on_hold");
    row("revoked after best time, no timestamp", "INDETERMINATE", "REVOKED_NO_POE", "revoked_no_poe");
    row("expired, client claims it signed in time", "INDETERMINATE", "OUT_OF_BOUNDS_NO_POE", "expired_no_poe");
    row("detached without document", "INDETERMINATE", "SIGNED_DATA_NOT_FOUND", "no_signed_data");

    row("paper route", "NO_SIGNATURE", "", "");
}

void TestEsign::verdicts()
{
    QFETCH(QString, name);
    QFETCH(QString, verdict);
    QFETCH(QString, subindication);
    QFETCH(QString, firstError);
    QVERIFY2(m_cases.contains(name), qPrintable(name));
    const Case c = m_cases.value(name);
    const SignatureVerifier verifier(m_trust.value(c.trust));
    const VerificationReport report =
        verifier.verify(c.input, c.signer, c.document, c.at.isValid() ? c.at : m_pki->now);
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    QCOMPARE(verdictCode(report.verdict), verdict);
    QCOMPARE(subIndicationCode(report.subIndication), subindication);
    QCOMPARE(report.errors.isEmpty() ? QString() : report.errors.first().code, firstError);
    if (report.verdict != Verdict::NoSignature)
        QCOMPARE(report.verdict == Verdict::TotalPassed, report.errors.isEmpty());
    if (report.verdict == Verdict::TotalFailed || report.verdict == Verdict::Indeterminate)
        QVERIFY2(!report.errors.isEmpty() && !report.errors.first().text.isEmpty(), json.constData());
    // The two summary lines agree with the verdict.
    if (report.verdict == Verdict::TotalPassed) {
        QCOMPARE(report.integrity, CheckStatus::Valid);
        QCOMPARE(report.certificateStatus, CheckStatus::Valid);
    } else if (report.verdict == Verdict::TotalFailed) {
        QVERIFY(report.integrity == CheckStatus::Invalid || report.certificateStatus == CheckStatus::Invalid);
    }
}

void TestEsign::passedReportDetails()
{
    test::TestPki &pki = *m_pki;
    CmsSignOptions options;
    options.cardNumber = QStringLiteral("TP03000012345678");
    options.signingTime = pki.now.addSecs(-120);
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    const VerificationReport r =
        verifier.verify(SignatureInput::cms(cms(m_good, pki.rsaKey, options)),
                        {QStringLiteral("王大明"), QStringLiteral("6789")}, m_document, pki.now);
    QCOMPARE(r.verdict, Verdict::TotalPassed);
    QCOMPARE(r.signerName, QStringLiteral("王大明"));
    QCOMPARE(r.signerIdLast4Masked, QStringLiteral("*789"));
    QCOMPARE(r.cardNumber, QStringLiteral("TP03000012345678"));
    QVERIFY(r.identityChecked && r.signerNameMatches && r.signerIdMatches);
    QCOMPARE(r.chain.size(), 3);
    QCOMPARE(r.chain.at(0).sha256, m_good.sha256Hex());
    QCOMPARE(r.chain.at(1).subjectKeyId, pki.intermediate.certificate().subjectKeyIdHex());
    QVERIFY(!r.chain.at(1).subjectKeyId.isEmpty());
    QVERIFY(r.chain.at(2).trustAnchor);
    QCOMPARE(r.chain.at(2).sha256, pki.root.certificate().sha256Hex());
    QCOMPARE(r.bestSignatureTime, pki.now);
    QCOMPARE(r.bestSignatureTimeSource, TimeSource::VerificationTime);
    QCOMPARE(r.claimedSigningTime, options.signingTime);
    QCOMPARE(r.revocationStatus, QStringLiteral("good"));
    QCOMPARE(r.revocationCheckedAt, pki.now);
    QVERIFY(r.revocationSource.contains(QStringLiteral("MOICA")));
    QCOMPARE(r.digestAlgorithm, QStringLiteral("SHA256"));
    QCOMPARE(r.keyAlgorithm, QStringLiteral("RSA"));
    QCOMPARE(r.keyBits, 2048);
    QCOMPARE(r.signatureFormat, QStringLiteral("cms-attached"));
    QCOMPARE(r.documentSha256, QString::fromLatin1(QCryptographicHash::hash(m_document, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(r.trustAnchorSha256, QStringList{pki.root.certificate().sha256Hex()});
    const auto codes = [](const QList<ReportMessage> &list) {
        QStringList out;
        for (const auto &m : list)
            out << m.code;
        return out;
    };
    QVERIFY(codes(r.warnings).contains(QStringLiteral("no_timestamp")));
    QVERIFY(codes(r.warnings).contains(QStringLiteral("client_signing_time")));
    QVERIFY(codes(r.infos).contains(QStringLiteral("identity_matches")));

    // P-256: key reported as such.
    const VerificationReport ec = verifier.verify(SignatureInput::cms(cms(m_goodEc, pki.ecKey)), {}, m_document, pki.now);
    QCOMPARE(ec.verdict, Verdict::TotalPassed);
    QCOMPARE(ec.keyAlgorithm, QStringLiteral("EC P-256"));
    QVERIFY(!ec.identityChecked); // no expected signer: said so, not failed
    QVERIFY(codes(ec.infos).contains(QStringLiteral("identity_not_checked")));
}

void TestEsign::reportJsonRoundTrip()
{
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    for (const QString &name : {QStringLiteral("rsa attached"), QStringLiteral("revoked before"),
                                QStringLiteral("garbage"), QStringLiteral("expired, timestamp within validity"),
                                QStringLiteral("paper route")}) {
        const Case c = m_cases.value(name);
        const VerificationReport r = verifier.verify(c.input, c.signer, c.document, m_pki->now);
        const QByteArray json = r.toJsonBytes();
        auto back = VerificationReport::fromJsonBytes(json);
        QVERIFY2(back.ok(), qPrintable(name));
        QCOMPARE(back->toJsonBytes(), json);
        QVERIFY2(*back == r, json.constData());
        const QJsonObject o = r.toJson();
        QVERIFY(o.contains(QStringLiteral("verdict")));
        QCOMPARE(o.value(QStringLiteral("subindication")).isNull(), r.subIndication == SubIndication::None);
    }
    QVERIFY(!VerificationReport::fromJsonBytes("{\"verdict\":\"MAYBE\"}").ok());
    QVERIFY(!VerificationReport::fromJsonBytes("not json").ok());
}

void TestEsign::timestampMovesBestSignatureTime()
{
    const Case c = m_cases.value(QStringLiteral("expired, timestamp within validity"));
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    const VerificationReport r = verifier.verify(c.input, c.signer, c.document, m_pki->now);
    QCOMPARE(r.verdict, Verdict::TotalPassed);
    QCOMPARE(r.bestSignatureTimeSource, TimeSource::Timestamp);
    QCOMPARE(r.bestSignatureTime, m_pki->now.addDays(-60));
    QCOMPARE(r.timestampAuthority, QStringLiteral("TEST Time-Stamping Authority"));

    // Without trusted TSA anchors the token is ignored (a warning), and the certificate is expired.
    TrustConfiguration config = m_pki->configuration(m_pki->intermediateCrl());
    config.timestampAnchors.clear();
    const SignatureVerifier untrusted(must(TrustStore::build(config)));
    const VerificationReport ignored = untrusted.verify(c.input, c.signer, c.document, m_pki->now);
    QCOMPARE(ignored.subIndication, SubIndication::OutOfBoundsNoPoe); // client clock says -60 days: inside validity
    QCOMPARE(ignored.bestSignatureTimeSource, TimeSource::VerificationTime);

    // A token from a TSA the admin does not trust is ignored too.
    const PrivateKey otherKey = PrivateKey::generateEc("P-256");
    const Certificate otherTsa = must(m_pki->unknownRoot.issueTimestampingCertificate(
        QStringLiteral("Rogue TSA"), otherKey, m_pki->now.addDays(-10), m_pki->now.addDays(10)));
    const TimestampAuthority rogue(otherTsa, otherKey);
    CmsSignOptions o;
    o.timestamp = &rogue;
    o.timestampTime = m_pki->now.addDays(-60);
    const VerificationReport rogueReport = verifier.verify(SignatureInput::cms(cms(m_expired, m_pki->rsaKey, o)),
                                                           c.signer, c.document, m_pki->now);
    QCOMPARE(rogueReport.subIndication, SubIndication::Expired);
}

void TestEsign::timestampMustFitThisSignatureAndTime()
{
    test::TestPki &pki = *m_pki;
    const TimestampAuthority tsa = pki.timestampAuthority();
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    const auto ignoredToken = [](const VerificationReport &r) {
        return r.bestSignatureTimeSource == TimeSource::VerificationTime
            && std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                           [](const auto &w) { return w.code == QLatin1String("timestamp_ignored"); });
    };

    // A genuine token, but over another signature's value, moved onto this one: it proves
    // nothing about this signature, so the expired certificate stays expired.
    const QByteArray token = must(tsa.timestampToken("another signature value", pki.now.addDays(-60)));
    const QByteArray der = cms(m_expired, pki.rsaKey);
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::CmsPtr moved(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    QVERIFY(moved);
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(moved.get()), 0);
    ossl::Asn1ObjectPtr tokenOid(OBJ_txt2obj("1.2.840.113549.1.9.16.2.14", 1));
    QCOMPARE(CMS_unsigned_add1_attr_by_OBJ(si, tokenOid.get(), V_ASN1_SEQUENCE, token.constData(), int(token.size())), 1);
    unsigned char *out = nullptr;
    const int length = i2d_CMS_ContentInfo(moved.get(), &out);
    QVERIFY(length > 0);
    const QByteArray movedDer(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    VerificationReport r = verifier.verify(SignatureInput::cms(movedDer), {}, m_document, pki.now);
    QCOMPARE(r.subIndication, SubIndication::Expired);
    QVERIFY(ignoredToken(r));

    // A token dated tomorrow is not evidence of anything yet.
    CmsSignOptions o;
    o.timestamp = &tsa;
    o.timestampTime = pki.now.addDays(1);
    r = verifier.verify(SignatureInput::cms(cms(m_good, pki.rsaKey, o)), {}, m_document, pki.now);
    QCOMPARE(r.verdict, Verdict::TotalPassed);
    QVERIFY(ignoredToken(r));

    // The TSA's certificate is checked at the verification's time, not the computer's: a PKI
    // of 2005 verified as at 2005 uses its token (its TSA certificate expired long ago).
    const test::TestPki old(QDateTime(QDate(2005, 6, 1), QTime(9, 0), Qt::UTC));
    const TimestampAuthority oldTsa = old.timestampAuthority();
    CmsSignOptions stamped;
    stamped.timestamp = &oldTsa;
    stamped.timestampTime = old.now.addSecs(-3600);
    stamped.signingTime = old.now.addSecs(-3600);
    stamped.extraCertificates = {old.intermediate.certificate()};
    const Certificate signer = old.issue(old.rsaKey);
    const SignatureVerifier then(must(TrustStore::build(old.configuration(old.intermediateCrl()))));
    r = then.verify(SignatureInput::cms(must(signCms(m_document, signer, old.rsaKey, stamped))), {}, m_document,
                    old.now);
    QCOMPARE(r.verdict, Verdict::TotalPassed);
    QCOMPARE(r.bestSignatureTimeSource, TimeSource::Timestamp);
    QCOMPARE(r.bestSignatureTime, old.now.addSecs(-3600));
}

void TestEsign::revocationDateAgainstBestSignatureTime()
{
    test::TestPki &pki = *m_pki;
    const TimestampAuthority tsa = pki.timestampAuthority();
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    CmsSignOptions o;
    o.timestamp = &tsa;
    // Timestamped before the revocation date (−2 days): passes, with a warning.
    o.timestampTime = pki.now.addDays(-5);
    VerificationReport r = verifier.verify(SignatureInput::cms(cms(m_revoked, pki.rsaKey, o)), {}, m_document, pki.now);
    QCOMPARE(verdictCode(r.verdict), QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(r.revocationStatus, QStringLiteral("revoked"));
    QCOMPARE(r.revokedAt, pki.now.addDays(-2));
    QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                        [](const ReportMessage &m) { return m.code == QLatin1String("revoked_after_signature"); }));
    // Timestamped after the revocation: REVOKED.
    o.timestampTime = pki.now.addDays(-1);
    r = verifier.verify(SignatureInput::cms(cms(m_revoked, pki.rsaKey, o)), {}, m_document, pki.now);
    QCOMPARE(r.subIndication, SubIndication::Revoked);
    // An audit re-run as at a time before the revocation with today's CRL: that CRL did not
    // exist yet, so the run cannot know the revocation status then: TRY_LATER.
    r = verifier.verify(SignatureInput::cms(cms(m_revoked, pki.rsaKey)), {}, m_document, pki.now.addDays(-3).addSecs(7200));
    QCOMPARE(r.subIndication, SubIndication::TryLater); // the CRL (this update now − 1 h) did not exist yet
}

// A CA that splits its CRL (Issuing Distribution Point): the partition configured speaks only
// for the certificates whose CRL distribution point it is. For the others there is no CRL
// (TRY_LATER), never "not revoked" — OpenSSL calls this "different CRL scope".
void TestEsign::partitionedCrlCoversOnlyItsPart()
{
    test::TestPki &pki = *m_pki;
    const QString part1 = QStringLiteral("http://crl.example.tw/part1.crl");
    HolderProfile inPart1 = pki.holder();
    inPart1.crlDistributionPoint = part1;
    HolderProfile inPart2 = pki.holder();
    inPart2.crlDistributionPoint = QStringLiteral("http://crl.example.tw/part2.crl");
    const Certificate good1 = pki.issue(inPart1, pki.rsaKey);
    const Certificate revoked1 = pki.issue(inPart1, pki.rsaKey);
    const Certificate revoked2 = pki.issue(inPart2, pki.rsaKey); // listed in part 2, not configured
    const Certificate undeclared = pki.issue(pki.holder(), pki.rsaKey); // no distribution point
    const RevocationList partition = must(pki.intermediate.issueCrl(
        {{revoked1, {}, pki.now.addDays(-2), RevokedEntry::Reason::KeyCompromise}}, pki.now.addSecs(-3600),
        pki.now.addDays(7), Digest::Sha256, part1));
    const SignatureVerifier verifier(must(TrustStore::build(pki.configuration(partition))));
    const auto verify = [&](const Certificate &cert) {
        return verifier.verify(SignatureInput::cms(cms(cert, pki.rsaKey)), {}, m_document, pki.now);
    };
    QCOMPARE(verdictCode(verify(good1).verdict), QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(verify(revoked1).subIndication, SubIndication::Revoked);
    for (const Certificate &outside : {revoked2, undeclared}) {
        const VerificationReport r = verify(outside);
        QCOMPARE(verdictCode(r.verdict), QStringLiteral("INDETERMINATE"));
        QCOMPARE(r.subIndication, SubIndication::TryLater);
        QCOMPARE(r.errors.first().code, QStringLiteral("no_crl"));
    }
}

// The signer's validity period as OpenSSL reads it: at exactly notAfter the certificate has
// expired, and a time without seconds is an error in the certificate, not a valid time.
void TestEsign::certificateTimesAsOpenSslReadsThem()
{
    test::TestPki &pki = *m_pki;
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("default")));
    HolderProfile shortLived = pki.holder();
    shortLived.notBefore = pki.now.addDays(-1);
    shortLived.notAfter = pki.now.addSecs(3600);
    const Certificate ending = pki.issue(shortLived, pki.rsaKey);
    const QByteArray signature = cms(ending, pki.rsaKey);
    QCOMPARE(verdictCode(verifier.verify(SignatureInput::cms(signature), {}, m_document, pki.now.addSecs(3599)).verdict),
             QStringLiteral("TOTAL_PASSED"));
    const VerificationReport atEnd = verifier.verify(SignatureInput::cms(signature), {}, m_document, pki.now.addSecs(3600));
    QVERIFY2(atEnd.verdict != Verdict::TotalPassed, qPrintable(subIndicationCode(atEnd.subIndication)));
    QCOMPARE(atEnd.subIndication, SubIndication::OutOfBoundsNoPoe);

    X509 *noSeconds = X509_dup(pki.issue(pki.rsaKey).get());
    QVERIFY(noSeconds);
    ASN1_TIME *start = ASN1_UTCTIME_new();
    const QByteArray text = pki.now.addDays(-1).toString(QStringLiteral("yyMMddHHmm")).toLatin1() + 'Z';
    QVERIFY(ASN1_STRING_set(start, text.constData(), int(text.size())) == 1);
    QVERIFY(X509_set1_notBefore(noSeconds, start) == 1);
    ASN1_TIME_free(start);
    QVERIFY(X509_sign(noSeconds, pki.intermediateKey.get(), EVP_sha256()) > 0);
    const Certificate malformed = Certificate::adopt(noSeconds);
    const VerificationReport r = verifier.verify(SignatureInput::cms(cms(malformed, pki.rsaKey)), {}, m_document, pki.now);
    QVERIFY2(r.verdict != Verdict::TotalPassed, qPrintable(subIndicationCode(r.subIndication)));
    QCOMPARE(r.subIndication, SubIndication::ChainConstraintsFailure);
}

void TestEsign::trustStoreRefusesBadConfiguration()
{
    test::TestPki &pki = *m_pki;
    TrustConfiguration wrongPin = pki.configuration(pki.intermediateCrl());
    wrongPin.anchors[0].pinnedSha256 = QString(64, QLatin1Char('0'));
    auto store = TrustStore::build(wrongPin);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::InvalidInput);

    QVERIFY(!TrustStore::build(TrustConfiguration{}).ok());

    // A CRL in the name of a configured CA that this CA did not sign.
    TrustConfiguration forged = pki.configuration(pki.intermediateCrl());
    auto impostor = must(CertificateAuthority::createRoot(pki.intermediate.certificate().subjectCommonName(),
                                                          pki.unknownRootKey, pki.now.addDays(-1), pki.now.addDays(1),
                                                          Digest::Sha256, QStringLiteral("TEST")));
    forged.crls.append(must(impostor.issueCrl({}, pki.now, pki.now.addDays(1))));
    QVERIFY(!TrustStore::build(forged).ok());

    TrustConfiguration leafAnchor;
    leafAnchor.addAnchor(m_good);
    QVERIFY(!TrustStore::build(leafAnchor).ok());

    // A pin written with colons and upper case is accepted.
    TrustConfiguration colons = pki.configuration(pki.intermediateCrl());
    QString pin;
    const QString hex = pki.root.certificate().sha256Hex().toUpper();
    for (int i = 0; i < hex.size(); i += 2)
        pin += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    colons.anchors[0].pinnedSha256 = pin;
    QVERIFY(TrustStore::build(colons).ok());
}

void TestEsign::chainCacheDoesNotHideForgedIntermediate()
{
    // Prove the real intermediate once (fills the cache), then present an intermediate with the
    // same name and key identifier but signed by another key: the cache must not vouch for it.
    test::TestPki &pki = *m_pki;
    const SignatureVerifier verifier(m_trust.value(QStringLiteral("no-intermediate")));
    QCOMPARE(verifier.verify(SignatureInput::cms(cms(m_good, pki.rsaKey)), {}, m_document, pki.now).verdict,
             Verdict::TotalPassed);
    auto forgedRoot = must(CertificateAuthority::createRoot(pki.root.certificate().subjectCommonName(), pki.unknownRootKey,
                                                            pki.now.addDays(-10), pki.now.addYears(1), Digest::Sha256,
                                                            QStringLiteral("TEST")));
    auto forgedIntermediate = must(forgedRoot.createIntermediate(pki.intermediate.certificate().subjectCommonName(),
                                                                 pki.intermediateKey, pki.now.addDays(-10),
                                                                 pki.now.addYears(1), Digest::Sha256,
                                                                 QStringLiteral("TEST")));
    CmsSignOptions o;
    o.extraCertificates = {forgedIntermediate.certificate()};
    const VerificationReport r = verifier.verify(SignatureInput::cms(cms(m_good, pki.rsaKey, o)), {}, m_document, pki.now);
    QCOMPARE(r.verdict, Verdict::Indeterminate);
    QCOMPARE(r.subIndication, SubIndication::NoCertificateChainFound);
}

QTEST_GUILESS_MAIN(TestEsign)
#include "tst_esign.moc"
