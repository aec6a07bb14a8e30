// How a signature's certificates are read: the parsing context for their kind of key, the fast
// EC key decoder, the key's name in the report, and the holder extensions (ID digits, policy)
// read from their DER in place — each against what OpenSSL's own reading gives.
#include "app/esign/consentdocument.h"
#include "app/esign/openssl.h"
#include "app/esign/signatureverifier.h"
#include "app/esign/verification_p.h"
#include "support/dertlv.h"
#include "support/must.h"
#include "support/testpki.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <functional>

#include <openssl/core_names.h>

using namespace cooc;
using namespace cooc::esign;
using cooc::test::must;
using cooc::test::tlv;

namespace {

// An ECDSA signature with SHA-256 over `bytes` (DER), as a signer's client makes one.
Result<QByteArray> signDetachedEcdsa(const QByteArray &bytes, const PrivateKey &key)
{
    ossl::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, in, size_t(bytes.size())) != 1)
        return Error::make(Error::Code::Generic, QStringLiteral("ECDSA signing failed"));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in, size_t(bytes.size()))
        != 1)
        return Error::make(Error::Code::Generic, QStringLiteral("ECDSA signing failed"));
    return signature.left(qsizetype(length));
}

} // namespace

class TestEsignParsing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void certificatesParsedInTheContextOfTheirKeys();
    void holderExtensionsAsIssued_data();
    void holderExtensionsAsIssued();
    void keyAlgorithmNamesTheCurve();
    void ecSignatureOverTheAttributesAsReceived();
    void signerInfoShapesOpenSslRefuses();
    void fastContextDecodesEcKeysAsDefault_data();
    void fastContextDecodesEcKeysAsDefault();

private:
    // A CMS signature over the consent document with the intermediate embedded.
    QByteArray cms(const Certificate &cert, const PrivateKey &key) const
    {
        CmsSignOptions options;
        options.extraCertificates = {m_pki->intermediate.certificate()};
        return must(signCms(m_document, cert, key, options));
    }

    std::unique_ptr<test::TestPki> m_pki;
    QByteArray m_document;
    std::shared_ptr<const TrustStore> m_store; // root pinned, intermediate configured, current CRLs
    Certificate m_good;   // RSA-2048 holder 王大明 / 6789
    Certificate m_goodEc; // P-256 holder 王大明 / 6789
};

void TestEsignParsing::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_document = ConsentDocument::create(QStringLiteral("REQ-1001"), QStringLiteral("353604"), QStringLiteral("112233"),
                                         QStringLiteral("wang@example.tw"), QStringLiteral("father"),
                                         QStringLiteral("6789"))
                     .toCanonicalBytes();
    m_store = must(TrustStore::build(m_pki->configuration(m_pki->intermediateCrl())));
    m_good = m_pki->issue(m_pki->rsaKey);
    m_goodEc = m_pki->issue(m_pki->ecKey);
}

void TestEsignParsing::certificatesParsedInTheContextOfTheirKeys()
{
    // The certificates left in a signature are parsed in a context that decodes their kind of
    // key only. An RSA intermediate the trust store does not hold yet comes with a P-256 (or
    // RSA) signer: both keys must decode. Once the store has learned the intermediate, the
    // signer is parsed alone in its own kind's context.
    test::TestPki &pki = *m_pki;
    const SignatureVerifier verifier(must(TrustStore::build(pki.configuration(pki.intermediateCrl(), false))));
    const QList<std::pair<Certificate, PrivateKey>> signers = {{m_goodEc, pki.ecKey}, {m_good, pki.rsaKey}};
    for (const char *round : {"intermediate parsed with the signer", "intermediate learned"}) {
        for (const auto &[cert, key] : signers) {
            const VerificationReport r = verifier.verify(SignatureInput::cms(cms(cert, key)), {}, m_document, pki.now);
            QVERIFY2(r.verdict == Verdict::TotalPassed,
                     qPrintable(QStringLiteral("%1, %2: %3")
                                    .arg(QLatin1String(round), r.keyAlgorithm,
                                         QString::fromUtf8(QJsonDocument(r.toJson()).toJson()))));
        }
    }
}

void TestEsignParsing::holderExtensionsAsIssued_data()
{
    // The ID digits (Subject Directory Attributes) and the holder policy are read from the
    // extensions' DER in place: every shape a CA may issue, and malformed ones stating nothing.
    QTest::addColumn<QByteArray>("directory"); // the extension's contents; empty: none
    QTest::addColumn<QStringList>("otherPolicies");
    QTest::addColumn<bool>("holderPolicy");
    QTest::addColumn<QString>("firstError");
    QTest::addColumn<QString>("maskedDigits");
    const auto oidTlv = [](const char *text) {
        const ossl::Asn1ObjectPtr object(OBJ_txt2obj(text, 1));
        return tlv(0x06, QByteArray(reinterpret_cast<const char *>(OBJ_get0_data(object.get())),
                                    int(OBJ_length(object.get()))));
    };
    const QByteArray idType = oidTlv(oid::idLast4Attribute);
    const auto attribute = [](const QByteArray &type, const QByteArray &values) { return tlv(0x30, type + tlv(0x31, values)); };
    const QByteArray printable = attribute(idType, tlv(0x13, "6789"));
    const QByteArray birth = attribute(oidTlv("1.3.6.1.5.5.7.9.1"), tlv(0x18, "19800101000000Z"));
    const auto row = [](const char *name, const QByteArray &directory, const char *error, const char *masked,
                        const QStringList &other = {}, bool holder = true) {
        QTest::newRow(name) << directory << other << holder << QString::fromLatin1(error) << QString::fromLatin1(masked);
    };
    row("printable string", tlv(0x30, printable), "", "*789");
    row("UTF8String", tlv(0x30, attribute(idType, tlv(0x0c, "6789"))), "", "*789");
    row("after another attribute", tlv(0x30, birth + printable), "", "*789");
    row("a number first, then the string", tlv(0x30, attribute(idType, tlv(0x02, "\x1a\x85")) + printable), "", "*789");
    row("before another attribute", tlv(0x30, printable + birth), "", "*789");
    const QString holder = QLatin1String(oid::moicaHolderPolicy);
    row("holder policy after another", tlv(0x30, printable), "", "*789", {QStringLiteral("1.2.3.4"), holder}, false);
    row("holder policy before another", tlv(0x30, printable), "", "*789", {holder, QStringLiteral("1.2.3.4")}, false);
    row("another policy only", tlv(0x30, printable), "policy", "*789", {QStringLiteral("1.2.3.4")}, false);
    row("no ID attribute", tlv(0x30, birth), "id_mismatch", "");
    row("not UTF-8", tlv(0x30, attribute(idType, tlv(0x0c, "\xff\xfe" "89"))), "id_mismatch", "");
    row("byte order mark", tlv(0x30, attribute(idType, tlv(0x0c, "\xef\xbb\xbf" "6789"))), "id_mismatch", "*789");
    row("truncated attribute after it", tlv(0x30, printable + QByteArray("\x30\x05\x06", 3)), "id_mismatch", "");
    row("bytes after the attributes", tlv(0x30, printable) + QByteArray(2, '\0'), "id_mismatch", "");
    row("indefinite length", QByteArray("\x30\x80", 2) + printable + QByteArray(2, '\0'), "id_mismatch", "");
}

void TestEsignParsing::holderExtensionsAsIssued()
{
    QFETCH(QByteArray, directory);
    QFETCH(QStringList, otherPolicies);
    QFETCH(bool, holderPolicy);
    QFETCH(QString, firstError);
    QFETCH(QString, maskedDigits);
    test::TestPki &pki = *m_pki;
    HolderProfile profile = pki.holder();
    profile.subjectDirectoryAttributes = directory;
    profile.otherPolicies = otherPolicies;
    profile.holderPolicy = holderPolicy;
    const SignatureVerifier verifier(m_store);
    const VerificationReport r = verifier.verify(SignatureInput::cms(cms(pki.issue(profile, pki.ecKey), pki.ecKey)),
                                                 {QStringLiteral("王大明"), QStringLiteral("6789")}, m_document, pki.now);
    QCOMPARE(r.errors.isEmpty() ? QString() : r.errors.first().code, firstError);
    QCOMPARE(r.signerIdLast4Masked, maskedDigits);
}

void TestEsignParsing::keyAlgorithmNamesTheCurve()
{
    // As the report and the weak-key message name a signer's key, for certificates parsed in
    // every kind of fast context and in the default one.
    test::TestPki &pki = *m_pki;
    const QList<std::pair<PrivateKey, QString>> keys = {
        {pki.rsaKey, QStringLiteral("RSA")},
        {pki.ecKey, QStringLiteral("EC P-256")},
        {PrivateKey::generateEc("P-384"), QStringLiteral("EC P-384")},
        {PrivateKey::generateEc("P-224"), QStringLiteral("EC P-224")},
        {PrivateKey::generateEc("secp256k1"), QStringLiteral("EC secp256k1")},
    };
    for (const auto &[key, expected] : keys) {
        const QByteArray der = pki.issue(key).toDer();
        for (OSSL_LIB_CTX *context : {static_cast<OSSL_LIB_CTX *>(nullptr), ossl::threadFastLibCtx(),
                                      ossl::threadFastLibCtx(ossl::KeyKind::Ec),
                                      ossl::threadFastLibCtx(ossl::KeyKind::Rsa)}) {
            const auto cert = Certificate::fromPemOrDer(der, context);
            QVERIFY(cert);
            // A context for one kind of key leaves other keys undecoded: no algorithm, no key.
            const bool rsa = expected == QLatin1String("RSA");
            const bool decodable = (context != ossl::threadFastLibCtx(ossl::KeyKind::Ec) || !rsa)
                && (context != ossl::threadFastLibCtx(ossl::KeyKind::Rsa) || rsa);
            QCOMPARE(cert->keyAlgorithm(), decodable ? expected : QString());
            ossl::clearErrors();
        }
    }
}

// SignerInfos OpenSSL's CMS_verify refuses, made from genuine signatures; they must not pass:
// an empty signedAttrs (present, so the signature is over attributes that lack the digest),
// and a signature without attributes whose algorithm names another kind of key or RSA-PSS.
void TestEsignParsing::signerInfoShapesOpenSslRefuses()
{
    const auto verify = [this](const QByteArray &signature) {
        return SignatureVerifier(m_store).verify(SignatureInput::cms(signature), {}, m_document, m_pki->now);
    };
    // The SignedData's SignerInfo rebuilt from its fields after `change`.
    const auto alter = [](const QByteArray &signature, const std::function<void(QList<QByteArray> &)> &change) {
        QList<QByteArray> fields;
        for (const test::DerItem &item : test::signedDataFields(signature))
            fields.append(item.whole);
        QList<QByteArray> signerInfo;
        for (const test::DerItem &item : test::derItems(test::derItems(test::derItems(fields.last()).value(0).content)
                                                            .value(0)
                                                            .content))
            signerInfo.append(item.whole);
        change(signerInfo);
        fields.last() = test::derTlv(0x31, test::derTlv(0x30, signerInfo.join()));
        return test::withSignedDataFields(signature, fields);
    };
    CmsSignOptions bare;
    bare.extraCertificates = {m_pki->intermediate.certificate()};
    bare.signedAttributes = false;
    const QByteArray rsa = must(signCms(m_document, m_good, m_pki->rsaKey, bare));
    const QByteArray ec = must(signCms(m_document, m_goodEc, m_pki->ecKey, bare));
    QCOMPARE(alter(rsa, [](QList<QByteArray> &) {}), rsa);
    QCOMPARE(verify(rsa).verdict, Verdict::TotalPassed);
    QCOMPARE(verify(ec).verdict, Verdict::TotalPassed);

    for (const QByteArray &signature : {rsa, ec}) {
        const VerificationReport r = verify(alter(signature, [](QList<QByteArray> &si) {
            si.insert(3, test::derTlv(0xa0, {})); // after digestAlgorithm
        }));
        QCOMPARE(r.subIndication, SubIndication::FormatFailure);
        QCOMPARE(r.errors.first().code, QStringLiteral("signed_attributes"));
    }
    const QByteArray ecdsaWithSha256 = QByteArray::fromHex("300a06082a8648ce3d040302");
    const QByteArray rsassaPss = QByteArray::fromHex("300b06092a864886f70d01010a");
    for (const QByteArray &label : {ecdsaWithSha256, rsassaPss}) {
        const VerificationReport r = verify(alter(rsa, [&label](QList<QByteArray> &si) { si[3] = label; }));
        QCOMPARE(r.verdict, Verdict::TotalFailed);
        QCOMPARE(r.subIndication, SubIndication::SigCryptoFailure);
        QCOMPARE(r.errors.first().code, QStringLiteral("signature_algorithm_mismatch"));
    }
}

void TestEsignParsing::ecSignatureOverTheAttributesAsReceived()
{
    // A P-256 signature over signed attributes is verified from the attributes' bytes as
    // received, without CMS_SignerInfo_verify; a changed attribute fails both ways, an RSA key
    // is left to OpenSSL.
    const auto check = [](const QByteArray &der, const Certificate &cert) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        const ossl::CmsPtr parsed(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
        CMS_SignerInfo *si = parsed ? sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(parsed.get()), 0) : nullptr;
        const auto attributes = detail::signedAttributesOf(der);
        if (!si || !attributes)
            return -2;
        return detail::verifyEcSignedAttributes(X509_get0_pubkey(cert.get()), nullptr, EVP_sha256(), si, *attributes);
    };
    const QByteArray ec = cms(m_goodEc, m_pki->ecKey);
    QCOMPARE(check(ec, m_goodEc), 1);
    QCOMPARE(check(cms(m_good, m_pki->rsaKey), m_good), -1);

    // One digit of the signing time changed: still a well-formed time, no longer what was signed.
    const QByteArrayView attributes = *detail::signedAttributesOf(ec);
    const qsizetype at = ec.indexOf(QByteArray("\x17\x0d", 2), attributes.data() - ec.constData());
    QVERIFY(at > 0 && at + 14 < attributes.data() - ec.constData() + attributes.size());
    QByteArray altered = ec;
    altered[at + 13] = altered.at(at + 13) == '0' ? '1' : '0'; // the seconds' last digit
    QCOMPARE(check(altered, m_goodEc), 0);

    // The same attributes out of DER order, genuinely signed by the key: not what OpenSSL hashes
    // (it re-encodes them sorted), so not taken here; CMS_SignerInfo_verify refuses them.
    {
        const auto *p = reinterpret_cast<const unsigned char *>(ec.constData());
        const ossl::CmsPtr parsed(d2i_CMS_ContentInfo(nullptr, &p, long(ec.size())));
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(parsed.get()), 0);
        QVERIFY(si && CMS_signed_get_attr_count(si) >= 2);
        QList<QByteArray> elements;
        for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
            unsigned char *out = nullptr;
            const int length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &out);
            elements << QByteArray(reinterpret_cast<const char *>(out), length);
            OPENSSL_free(out);
        }
        std::reverse(elements.begin(), elements.end());
        const QByteArray unordered = tlv(char(0xa0), elements.join());
        QByteArray signedBytes = unordered;
        signedBytes[0] = char(0x31);
        const QByteArray signature = must(signDetachedEcdsa(signedBytes, m_pki->ecKey));
        ASN1_OCTET_STRING_set(CMS_SignerInfo_get0_signature(si), reinterpret_cast<const unsigned char *>(signature.constData()),
                              int(signature.size()));
        QCOMPARE(detail::verifyEcSignedAttributes(X509_get0_pubkey(m_goodEc.get()), nullptr, EVP_sha256(), si,
                                                  QByteArrayView(unordered)),
                 -1);
        CMS_SignerInfo_set1_signer_cert(si, m_goodEc.get());
        QVERIFY(CMS_SignerInfo_verify(si) != 1);
        ossl::clearErrors();
    }
    const VerificationReport r =
        SignatureVerifier(m_store).verify(SignatureInput::cms(altered), {}, m_document, m_pki->now);
    QCOMPARE(r.subIndication, SubIndication::SigCryptoFailure);
    QCOMPARE(r.errors.first().code, QStringLiteral("signature_invalid"));
}

void TestEsignParsing::fastContextDecodesEcKeysAsDefault_data()
{
    // SubjectPublicKeyInfo variants: the fast context's own EC decoder takes named P-256/384/521
    // in strict DER; everything else goes to OpenSSL's decoder. Either way the outcome must be
    // what the default context gives.
    QTest::addColumn<QByteArray>("spki");
    const auto der = [](EVP_PKEY *key, const char *form, const char *encoding) {
        if (form)
            EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, form);
        if (encoding)
            EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, encoding);
        unsigned char *out = nullptr;
        const int len = i2d_PUBKEY(key, &out);
        QByteArray bytes(reinterpret_cast<const char *>(out), qMax(len, 0));
        OPENSSL_free(out);
        return bytes;
    };
    const PrivateKey p256 = PrivateKey::generateEc("P-256");
    const QByteArray named = der(p256.get(), nullptr, nullptr);
    QCOMPARE(named.size(), 91);
    QTest::newRow("P-256") << named;
    QTest::newRow("P-384") << der(PrivateKey::generateEc("P-384").get(), nullptr, nullptr);
    QTest::newRow("P-521") << der(PrivateKey::generateEc("P-521").get(), nullptr, nullptr);
    QTest::newRow("P-256 compressed")
        << der(PrivateKey::generateEc("P-256").get(), OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_COMPRESSED, nullptr);
    QTest::newRow("secp256k1") << der(PrivateKey::generateEc("secp256k1").get(), nullptr, nullptr);
    QTest::newRow("P-256 explicit parameters")
        << der(PrivateKey::generateEc("P-256").get(), nullptr, OSSL_PKEY_EC_ENCODING_EXPLICIT);
    QTest::newRow("RSA") << m_pki->rsaKey.publicKeyDer();
    QByteArray offCurve = named;
    offCurve[offCurve.size() - 1] = char(offCurve.at(offCurve.size() - 1) ^ 0x01);
    QTest::newRow("point not on the curve") << offCurve;
    QByteArray unusedBits = named;
    unusedBits[24] = 0x01; // the BIT STRING's unused-bits octet (after 30 59 30 13 <ids> 03 42)
    QTest::newRow("bit string with unused bits") << unusedBits;
    QTest::newRow("length not in shortest form") << QByteArray("\x30\x81\x59", 3) + named.mid(2);
    QTest::newRow("truncated") << named.left(60);
    QByteArray badPoint = named;
    badPoint[25] = 0x05; // no such point encoding
    QTest::newRow("unknown point encoding") << badPoint;
}

void TestEsignParsing::fastContextDecodesEcKeysAsDefault()
{
    QFETCH(QByteArray, spki);
    QVERIFY(ossl::fastLibCtx());
    const auto decode = [&spki](OSSL_LIB_CTX *context) {
        const auto *p = reinterpret_cast<const unsigned char *>(spki.constData());
        return ossl::EvpPkeyPtr(d2i_PUBKEY_ex(nullptr, &p, long(spki.size()), context, nullptr));
    };
    const ossl::EvpPkeyPtr expected = decode(nullptr);
    for (OSSL_LIB_CTX *context : {ossl::fastLibCtx(), ossl::threadFastLibCtx()}) {
        const ossl::EvpPkeyPtr key = decode(context);
        ossl::clearErrors();
        QCOMPARE(bool(key), bool(expected));
        if (!key)
            continue;
        QCOMPARE(EVP_PKEY_eq(key.get(), expected.get()), 1);
        QCOMPARE(EVP_PKEY_get_bits(key.get()), EVP_PKEY_get_bits(expected.get()));
        QCOMPARE(EVP_PKEY_get_security_bits(key.get()), EVP_PKEY_get_security_bits(expected.get()));
        QCOMPARE(QByteArray(EVP_PKEY_get0_type_name(key.get())), QByteArray(EVP_PKEY_get0_type_name(expected.get())));
        if (!EVP_PKEY_is_a(key.get(), "EC"))
            continue;
        // Same curve, same point, same point form and parameter encoding (the fast context
        // has no encoders, so the parameters are compared rather than i2d_PUBKEY's output).
        for (const char *name : {OSSL_PKEY_PARAM_GROUP_NAME, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                 OSSL_PKEY_PARAM_EC_ENCODING}) {
            char value[80] = {};
            char expectedValue[80] = {};
            size_t n = 0;
            const int got = EVP_PKEY_get_utf8_string_param(key.get(), name, value, sizeof value, &n);
            QCOMPARE(got, EVP_PKEY_get_utf8_string_param(expected.get(), name, expectedValue, sizeof expectedValue, &n));
            QCOMPARE(QByteArray(value), QByteArray(expectedValue));
        }
        unsigned char point[200];
        unsigned char expectedPoint[200];
        size_t pointLength = 0;
        size_t expectedLength = 0;
        QCOMPARE(EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point,
                                                 &pointLength),
                 1);
        QCOMPARE(EVP_PKEY_get_octet_string_param(expected.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, expectedPoint,
                                                 sizeof expectedPoint, &expectedLength),
                 1);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(point), qsizetype(pointLength)),
                 QByteArray(reinterpret_cast<const char *>(expectedPoint), qsizetype(expectedLength)));
    }
    ossl::clearErrors();
}

QTEST_GUILESS_MAIN(TestEsignParsing)
#include "tst_esign_parsing.moc"
