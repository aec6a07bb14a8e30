// Steps 1–5 and 9 of the verification (format, signed data, content, digest and signature
// value, algorithm policy, timestamp) and the order of everything; steps 6–8 and 10 are in
// certificatevalidation.cpp.
#include "app/esign/signatureverifier.h"

#include "app/esign/verification_p.h"
#include "app/logging.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <array>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace cooc::esign {

using namespace ossl;

namespace detail {

Text::Text(const char *source)
    : m_text(QCoreApplication::translate("cooc::esign::SignatureVerifier", source))
    , m_words { QString::fromUtf8(source), {}, {}, {} }
{ }

Text Text::made(const QString &text, const MessageText &words)
{
    Text t;
    t.m_text = text;
    t.m_words = words;
    return t;
}

Text Text::plain(const QString &text)
{
    Text t;
    t.m_text = text;
    t.m_words.plain = text;
    return t;
}

Text tr(const char *text)
{
    return Text(text);
}

void Run::fail(Line line, SubIndication sub, const QString &code, const Text &text)
{
    if (!decided)
        decided = sub;
    if (line == Line::Integrity && !integrityFailure)
        integrityFailure = sub;
    if (line == Line::Certificate && !certificateFailure)
        certificateFailure = sub;
    report.errors.append({ code, text,
        line == Line::Integrity ? QStringLiteral("integrity") : QStringLiteral("certificate"), text.words() });
}

VerificationReport Run::finish()
{
    const auto status = [](const std::optional<SubIndication> &failure, bool checked) {
        if (failure)
            return verdictOf(*failure) == Verdict::TotalFailed ? CheckStatus::Invalid : CheckStatus::Unknown;
        return checked ? CheckStatus::Valid : CheckStatus::NotChecked;
    };
    report.integrity = status(integrityFailure, integrityChecked);
    report.certificateStatus = status(certificateFailure, certificateChecked);
    report.subIndication = decided.value_or(SubIndication::None);
    report.verdict = decided ? verdictOf(*decided) : Verdict::TotalPassed;
    return std::move(report);
}

const ASN1_OBJECT *objectFor(const char *oidText)
{
    // The OIDs of every verification are made once, before any thread reads them: no lock
    // on the hot path (a shared mutex here was taken four times per signature by every core).
    struct Known
    {
        const char *text;
        Asn1ObjectPtr object;
    };
    static const std::array<Known, 5> known = [] {
        const std::array<const char *, 5> texts = {oid::subjectDirectoryAttributes, oid::idLast4Attribute,
                                                   oid::cardNumberAttribute, oid::timeStampToken,
                                                   oid::moicaHolderPolicy};
        std::array<Known, 5> made;
        for (size_t i = 0; i < texts.size(); ++i)
            made[i] = {texts[i], Asn1ObjectPtr(OBJ_txt2obj(texts[i], 1))};
        return made;
    }();
    for (const Known &k : known) {
        if (k.text == oidText || std::strcmp(k.text, oidText) == 0)
            return k.object.get();
    }
    static QMutex mutex;
    static std::map<std::string, Asn1ObjectPtr> objects; // freed at exit
    QMutexLocker lock(&mutex);
    Asn1ObjectPtr &object = objects[oidText];
    if (!object)
        object.reset(OBJ_txt2obj(oidText, 1));
    return object.get();
}

const EVP_MD *digestFor(int nid)
{
    static const EVP_MD *const sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static const EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static const EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    static const EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    static const EVP_MD *const md5 = EVP_MD_fetch(nullptr, "MD5", nullptr);
    switch (nid) {
    case NID_sha1: return sha1;
    case NID_sha256: return sha256;
    case NID_sha384: return sha384;
    case NID_sha512: return sha512;
    case NID_md5: return md5;
    default: return nullptr;
    }
}

bool digestAllowed(int nid)
{
    return nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512;
}

QString digestLabel(int nid)
{
    const char *name = OBJ_nid2sn(nid);
    return name ? QString::fromLatin1(name).toUpper().remove(QLatin1Char('-')) : QStringLiteral("unknown");
}

namespace {

bool sameNameDer(const X509_NAME *a, const X509_NAME *b)
{
    const unsigned char *derA = nullptr;
    const unsigned char *derB = nullptr;
    size_t lenA = 0;
    size_t lenB = 0;
    return a && b && X509_NAME_get0_der(a, &derA, &lenA) == 1 && X509_NAME_get0_der(b, &derB, &lenB) == 1
        && lenA == lenB && std::memcmp(derA, derB, lenA) == 0;
}

} // namespace

// "2026/11/28 17:30:00 (UTC+8)": Taipei time, as the application shows times; written by hand
// rather than by Qt's general formatter (one per signature; it showed in profiles).
QString messageTime(const QDateTime &t)
{
    const QDateTime taipei = t.toUTC().addSecs(8 * 3600);
    const QDate date = taipei.date();
    const QTime time = taipei.time();
    if (!t.isValid() || !date.isValid() || !time.isValid() || date.year() < 1 || date.year() > 9999)
        return t.toUTC().toString(Qt::ISODate);
    char text[28];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '/';
    put(5, date.month(), 2);
    text[7] = '/';
    put(8, date.day(), 2);
    text[10] = ' ';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    std::memcpy(text + 19, " (UTC+8)", 8);
    return QString::fromLatin1(text, 27);
}

CertificateInfo describe(const Run &run, X509 *cert, bool anchor, X509 *issuer, const CertificateInfo *issuerInfo,
                         X509 *signer)
{
    if (const CertificateInfo *known = run.trust.knownInfo(cert)) {
        CertificateInfo info = *known;
        info.trustAnchor = anchor;
        return info;
    }
    const Certificate c = Certificate::share(cert);
    CertificateInfo info;
    info.subject = c.subjectText();
    // What is already known is not formatted again: the issuer's name as printed for the
    // issuer (when the DER of both names is the same), the signer's CN and key from steps 4–5.
    info.issuer = issuer && issuerInfo && sameNameDer(X509_get_issuer_name(cert), X509_get_subject_name(issuer))
        ? issuerInfo->subject
        : c.issuerText();
    const bool isSigner = cert == signer && !run.report.keyAlgorithm.isEmpty();
    info.commonName = isSigner ? run.report.signerName : c.subjectCommonName();
    info.serialHex = c.serialHex();
    info.subjectKeyId = c.subjectKeyIdHex();
    info.authorityKeyId = c.authorityKeyIdHex();
    info.sha256 = c.sha256Hex();
    info.notBefore = c.notBefore();
    info.notAfter = c.notAfter();
    info.keyAlgorithm = isSigner ? run.report.keyAlgorithm : c.keyAlgorithm();
    info.keyBits = isSigner ? run.report.keyBits : c.keyBits();
    info.trustAnchor = anchor;
    return info;
}

} // namespace detail

using namespace detail;

namespace {

QString hexText(const unsigned char *bytes, unsigned int length)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString text(qsizetype(length) * 2, Qt::Uninitialized); // one allocation
    QChar *out = text.data();
    for (unsigned int i = 0; i < length; ++i) {
        *out++ = QLatin1Char(digits[bytes[i] >> 4]);
        *out++ = QLatin1Char(digits[bytes[i] & 0xf]);
    }
    return text;
}

QString hexSha256(const QByteArray &bytes)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), md, &len, sha256Md(), nullptr) != 1)
        return {};
    return hexText(md, len);
}

QByteArray asBytes(const ASN1_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s))
             : QByteArray();
}

// A PEM block's payload (labels CMS, PKCS7, PKCS #7 SIGNED DATA), strictly base64.
std::optional<QByteArray> pemPayload(const QByteArray &text)
{
    const qsizetype begin = text.indexOf("-----BEGIN ");
    const qsizetype headerEnd = begin < 0 ? -1 : text.indexOf("-----", begin + 11);
    const qsizetype end = headerEnd < 0 ? -1 : text.indexOf("-----END ", headerEnd + 5);
    if (end < 0)
        return std::nullopt;
    const QByteArray label = text.mid(begin + 11, headerEnd - begin - 11);
    if (label != "CMS" && label != "PKCS7" && label != "PKCS #7 SIGNED DATA")
        return std::nullopt;
    QByteArray body = text.mid(headerEnd + 5, end - headerEnd - 5);
    body = body.simplified().replace(' ', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

bool looksLikePem(const QByteArray &bytes)
{
    return bytes.startsWith("-----BEGIN ") || bytes.left(64).trimmed().startsWith("-----BEGIN ");
}

QString stringValue(const ASN1_TYPE *value)
{
    if (!value)
        return {};
    switch (value->type) {
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_UTF8STRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_NUMERICSTRING:
    case V_ASN1_VISIBLESTRING:
    case V_ASN1_BMPSTRING:
    case V_ASN1_OCTET_STRING: {
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, value->value.asn1_string);
        QString s = len > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(utf8), len) : QString();
        OPENSSL_free(utf8);
        return s;
    }
    default:
        return {};
    }
}

// Step 5 for the signing key: RSA ≥ 2048 bits, or EC ≥ 256 bits on a named curve the policy
// knows (NIST P-256/384/521, Brainpool r1). RFC 5480 allows only named curves in certificates:
// a key with explicit curve parameters (the shape of CVE-2020-0601) or on another curve
// (secp256k1) is refused even when the signature over it verifies.
bool curveAllowed(const QString &keyAlgorithm)
{
    static const QStringList allowed = {QStringLiteral("EC P-256"),          QStringLiteral("EC P-384"),
                                        QStringLiteral("EC P-521"),          QStringLiteral("EC brainpoolP256r1"),
                                        QStringLiteral("EC brainpoolP384r1"), QStringLiteral("EC brainpoolP512r1")};
    return allowed.contains(keyAlgorithm);
}

void checkKeyPolicy(Run &run, X509 *signer)
{
    const Certificate c = Certificate::share(signer);
    run.report.keyAlgorithm = c.keyAlgorithm();
    run.report.keyBits = c.keyBits();
    // keyAlgorithm() already asked the key what it is (each EVP_PKEY_is_a is a name lookup).
    const QString &algorithm = run.report.keyAlgorithm;
    const bool rsa = algorithm == QLatin1String("RSA") || algorithm == QLatin1String("RSA-PSS");
    const bool ec = algorithm == QLatin1String("EC") || algorithm.startsWith(QLatin1String("EC "));
    if ((rsa && run.report.keyBits < 2048) || (ec && run.report.keyBits < 256) || (!rsa && !ec))
        run.fail(Line::Certificate, SubIndication::CryptoConstraintsFailure, QStringLiteral("weak_key"),
                 tr("The signing key (%1, %2 bits) is below the policy (RSA 2048 bits, EC P-256).")
                     .arg(run.report.keyAlgorithm)
                     .arg(run.report.keyBits));
    else if (ec && !curveAllowed(algorithm))
        run.fail(Line::Certificate, SubIndication::CryptoConstraintsFailure, QStringLiteral("curve_not_allowed"),
            tr("The signing key's curve (%1) is not one the policy allows (NIST P-256, P-384, P-521 or "
               "Brainpool); explicit curve parameters are never allowed.")
                .arg(algorithm == QLatin1String("EC") ? tr("explicit parameters") : Text::plain(algorithm.mid(3))));
}

void checkDigestPolicy(Run &run, int digestNid)
{
    run.report.digestAlgorithm = digestLabel(digestNid);
    if (!digestAllowed(digestNid))
        run.fail(Line::Integrity, SubIndication::CryptoConstraintsFailure, QStringLiteral("weak_digest"),
                 tr("The digest algorithm %1 is not allowed (SHA-256, SHA-384 or SHA-512 are).")
                     .arg(run.report.digestAlgorithm));
}

// Step 9: an RFC 3161 token over the signature value sets the best signature time.
void checkTimestamp(Run &run, CMS_SignerInfo *si)
{
    VerificationReport &r = run.report;
    r.bestSignatureTime = run.now;
    r.bestSignatureTimeSource = TimeSource::VerificationTime;
    const int index = CMS_unsigned_get_attr_by_OBJ(si, objectFor(oid::timeStampToken), -1);
    if (index < 0) {
        run.warn(QStringLiteral("no_timestamp"),
                 tr("No timestamp: basic level only; the signature time is the verification time."));
        return;
    }
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE) {
        run.warn(QStringLiteral("timestamp_ignored"), tr("The timestamp is malformed and was ignored."));
        return;
    }
    const unsigned char *p = value->value.sequence->data;
    Pkcs7Ptr token(d2i_PKCS7(nullptr, &p, value->value.sequence->length));
    if (!token) {
        clearErrors();
        run.warn(QStringLiteral("timestamp_ignored"), tr("The timestamp is malformed and was ignored."));
        return;
    }
    if (!run.trust.hasTimestampAnchors()) {
        run.warn(QStringLiteral("timestamp_ignored"),
                 tr("The signature has a timestamp, but no timestamp authority is trusted: it was ignored."));
        return;
    }
    const QByteArray signatureValue = asBytes(CMS_SignerInfo_get0_signature(si));
    TsVerifyCtxPtr ctx(TS_VERIFY_CTX_new());
    if (!ctx) {
        clearErrors();
        run.warn(QStringLiteral("timestamp_ignored"), tr("The timestamp could not be checked and was ignored."));
        return;
    }
    // In OpenSSL 3.0 the context takes ownership of the store and the data BIO. The TSA's
    // certificate is checked at this verification's time (`--at`, an audit's re-run).
    TS_VERIFY_CTX_set_store(ctx.get(), run.trust.newTimestampStore(run.now));
    TS_VERIFY_CTX_set_data(ctx.get(), BIO_new_mem_buf(signatureValue.constData(), int(signatureValue.size())));
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_DATA);
    if (TS_RESP_verify_token(ctx.get(), token.get()) != 1) {
        const QString detail = takeErrors();
        qCDebug(lcEsign) << "timestamp rejected:" << detail;
        run.warn(QStringLiteral("timestamp_ignored"),
                 tr("The timestamp does not verify against the trusted timestamp authorities and was ignored."));
        return;
    }
    TsTstInfoPtr info(PKCS7_to_TS_TST_INFO(token.get()));
    const QDateTime genTime = info ? toDateTime(TS_TST_INFO_get_time(info.get())) : QDateTime();
    if (!genTime.isValid() || genTime > run.now.addSecs(300)) {
        run.warn(QStringLiteral("timestamp_ignored"), tr("The timestamp's time is invalid or in the future; ignored."));
        return;
    }
    if (STACK_OF(X509) *signers = PKCS7_get0_signers(token.get(), nullptr, 0)) {
        if (sk_X509_num(signers) > 0)
            r.timestampAuthority = Certificate::share(sk_X509_value(signers, 0)).subjectCommonName();
        sk_X509_free(signers);
    }
    clearErrors();
    r.bestSignatureTime = genTime;
    r.bestSignatureTimeSource = TimeSource::Timestamp;
    run.info(QStringLiteral("timestamp"), tr("A trusted timestamp by %1 proves the signature existed at %2.")
                                              .arg(r.timestampAuthority, messageTime(genTime)));
}

// Step 3 for a binding request: the document the signature covers is this request's consent
// form, not one signed for another student, parent or school (a copied, valid signature).
void checkConsentIsThisRequests(Run &run, const QByteArray &document, const ExpectedConsent &expected)
{
    // A form of a consent text version newer than this client is still compared, not refused.
    const auto consent = ConsentDocument::readFields(document);
    if (!consent) {
        run.fail(Line::Integrity, SubIndication::ContentMismatch, QStringLiteral("consent_unreadable"),
                 tr("The request's document is not a consent form: %1").arg(consent.error().message));
        return;
    }
    const QStringList differences = consent->differencesFrom(expected);
    if (!differences.isEmpty())
        run.fail(Line::Integrity, SubIndication::ContentMismatch, QStringLiteral("consent_for_another_request"),
                 tr("The signed consent form does not belong to this request: the form's %1 differ from the "
                    "request's.")
                     .arg(differences.join(QLatin1String(", "))));
}

void verifyCms(Run &run, const QByteArray &signature, const ExpectedSigner &expected, const QByteArray &document)
{
    VerificationReport &r = run.report;
    // 1. Format
    QByteArray der = signature;
    if (looksLikePem(signature)) {
        const auto payload = pemPayload(signature);
        if (!payload) {
            run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("format"),
                     tr("The signature is not a valid PEM-encoded CMS structure."));
            return;
        }
        der = *payload;
    }
    const CmsForParsing input = forParsing(der, run.trust);
    der = input.der;
    const QList<Certificate> &held = input.held; // cut out: the trust store holds them parsed
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *parsed = CMS_ContentInfo_new_ex(threadFastLibCtx(input.keys), nullptr);
    CmsPtr cms(parsed ? d2i_CMS_ContentInfo(&parsed, &p, long(der.size())) : nullptr); // frees it on failure
    const bool complete = cms && p == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
    if (!complete || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        clearErrors();
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("format"),
                 tr("The signature is not a well-formed CMS SignedData structure."));
        return;
    }
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("signer_count"),
                 tr("The signature must have exactly one signer (it has %1).")
                     .arg(sk_CMS_SignerInfo_num(signerInfos)));
        return;
    }
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signerInfos, 0);
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("content_type"),
                 tr("The signed content is not plain data."));
        return;
    }
    X509StackPtr certs(CMS_get1_certs(cms.get()));
    if (!certs)
        certs.reset(sk_X509_new_null());
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        X509 *cert = sk_X509_value(certs.get(), i);
        if (X509_check_ca(cert) != 0) // next time this one is not parsed again
            run.trust.learnCertificate(Certificate::share(cert));
    }
    for (const Certificate &cert : held) {
        X509_up_ref(cert.get());
        sk_X509_push(certs.get(), cert.get());
    }
    X509 *signer = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs.get(), i)) == 0) {
            signer = sk_X509_value(certs.get(), i);
            break;
        }
    }
    clearErrors();

    // Information the signer's client added (never trusted).
    if (const int t = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1); t >= 0) {
        const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, t), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            r.claimedSigningTime = toDateTime(value->value.asn1_string);
        if (r.claimedSigningTime.isValid())
            run.warn(QStringLiteral("client_signing_time"),
                     tr("Signing time %1 taken from the client's clock: information only.")
                         .arg(messageTime(r.claimedSigningTime)));
    }
    if (const int c = CMS_signed_get_attr_by_OBJ(si, objectFor(oid::cardNumberAttribute), -1); c >= 0)
        r.cardNumber = stringValue(X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, c), 0));

    // 2. Signed data present
    ASN1_OCTET_STRING **content = CMS_get0_content(cms.get());
    const bool attached = content && *content;
    r.signatureFormat = attached ? QStringLiteral("cms-attached") : QStringLiteral("cms-detached");
    QByteArray signedBytes;
    if (attached) {
        signedBytes = asBytes(*content);
    } else if (document.isEmpty()) {
        run.fail(Line::Integrity, SubIndication::SignedDataNotFound, QStringLiteral("no_signed_data"),
                 tr("The signature is detached and the signed document is missing."));
        return;
    } else {
        signedBytes = document;
    }
    // 3. The signed bytes are this request's consent document
    if (attached && signedBytes != document)
        run.fail(Line::Integrity, SubIndication::ContentMismatch, QStringLiteral("content_mismatch"),
                 tr("The document inside the signature differs from this request's consent form."));
    else if (!expected.consent.isEmpty())
        checkConsentIsThisRequests(run, document, expected.consent);

    X509_ALGOR *digestAlg = nullptr;
    X509_ALGOR *signatureAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, &signatureAlg);
    const int digestNid = OBJ_obj2nid(digestAlg->algorithm);
    const int signatureNid = OBJ_obj2nid(signatureAlg->algorithm);
    int signatureDigestNid = NID_undef;
    int signatureKeyNid = signatureNid;
    OBJ_find_sigid_algs(signatureNid, &signatureDigestNid, &signatureKeyNid);
    if (signatureNid == NID_rsassaPss)
        r.signatureAlgorithm = QStringLiteral("RSA-PSS");
    else if (signatureKeyNid == NID_rsaEncryption)
        r.signatureAlgorithm = QStringLiteral("RSA PKCS#1 v1.5");
    else if (signatureKeyNid == NID_X9_62_id_ecPublicKey)
        r.signatureAlgorithm = QStringLiteral("ECDSA");
    else
        r.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(signatureNid) ? OBJ_nid2ln(signatureNid) : "unknown");

    if (!signer) {
        run.fail(Line::Certificate, SubIndication::NoCertificateChainFound, QStringLiteral("no_signer_certificate"),
                 tr("The signer's certificate is not in the signature."));
        checkDigestPolicy(run, digestNid);
        return;
    }
    r.signerName = Certificate::share(signer).subjectCommonName();

    // 4. Digest and signature value
    const EVP_MD *md = digestFor(digestNid);
    if (!md) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("unknown_digest"),
                 tr("The signature uses an unknown digest algorithm."));
        return;
    }
    bool cryptoOk = false;
    // Present, even empty, means signed attributes (RFC 5652 requires at least one; an empty
    // set then lacks the message digest and is refused as OpenSSL refuses it).
    if (CMS_signed_get_attr_count(si) >= 0) {
        const auto *messageDigest = static_cast<const ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
            si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        const auto *contentType = static_cast<const ASN1_OBJECT *>(
            CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_contentType), -3, V_ASN1_OBJECT));
        if (!messageDigest || !contentType || OBJ_cmp(contentType, CMS_get0_eContentType(cms.get())) != 0) {
            clearErrors();
            run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("signed_attributes"),
                     tr("The signed attributes are incomplete (message digest or content type missing)."));
            return;
        }
        unsigned char actual[EVP_MAX_MD_SIZE];
        unsigned int actualLen = 0;
        if (digestNid == NID_sha256 && run.documentDigestLength == 32 && (!attached || signedBytes == document)) {
            // The signed bytes are the document, whose SHA-256 the report already holds.
            std::memcpy(actual, run.documentDigest, 32);
            actualLen = 32;
        } else {
            EVP_Digest(signedBytes.constData(), size_t(signedBytes.size()), actual, &actualLen, md, nullptr);
        }
        if (asBytes(messageDigest) != QByteArray::fromRawData(reinterpret_cast<const char *>(actual), int(actualLen))) {
            run.fail(Line::Integrity, SubIndication::HashFailure, QStringLiteral("hash_mismatch"),
                     tr("The document's digest does not match the signed digest: the document was changed."));
        } else {
            // An EC key: the attributes as received, verified directly; otherwise, or when that
            // fails, OpenSSL's own check decides.
            const auto attributes = signedAttributesOf(der);
            bool verified = attributes
                && verifyEcSignedAttributes(X509_get0_pubkey(signer), threadFastLibCtx(input.keys), md, si,
                                            *attributes)
                    == 1;
            if (!verified) {
                CMS_SignerInfo_set1_signer_cert(si, signer);
                verified = CMS_SignerInfo_verify(si) == 1;
            }
            if (!verified) {
                clearErrors();
                run.fail(Line::Integrity, SubIndication::SigCryptoFailure, QStringLiteral("signature_invalid"),
                         tr("The signature value does not verify with the signer's public key."));
            } else {
                cryptoOk = true;
            }
        }
    } else {
        // No signed attributes: the signature is directly over the content, by the key the
        // signature algorithm names: RSA PKCS#1 v1.5 or ECDSA (OpenSSL ignores the name for EC).
        // RSA-PSS, or a name that does not fit the key, is not verified here.
        EVP_PKEY *key = X509_get0_pubkey(signer);
        const QByteArray value = asBytes(CMS_SignerInfo_get0_signature(si));
        const bool rsaKey = key && EVP_PKEY_is_a(key, "RSA");
        const bool ecKey = key && EVP_PKEY_is_a(key, "EC");
        if ((rsaKey && signatureKeyNid != NID_rsaEncryption) || (ecKey && signatureKeyNid != NID_X9_62_id_ecPublicKey)
            || (!rsaKey && !ecKey)) {
            run.fail(Line::Integrity, SubIndication::SigCryptoFailure, QStringLiteral("signature_algorithm_mismatch"),
                     tr("The signature algorithm %1 does not fit the signer's key, or is not accepted without "
                        "signed attributes.")
                         .arg(r.signatureAlgorithm));
        } else if (rsaKey) {
            const RawCheck check = checkRsaPkcs1(key, value, signedBytes);
            if (check.outcome == RawCheck::HashMismatch)
                run.fail(Line::Integrity, SubIndication::HashFailure, QStringLiteral("hash_mismatch"),
                         tr("The document's digest does not match the signed digest: the document was changed."));
            else if (check.outcome != RawCheck::Ok || check.digestNid != digestNid)
                run.fail(Line::Integrity, SubIndication::SigCryptoFailure, QStringLiteral("signature_invalid"),
                         tr("The signature value does not verify with the signer's public key."));
            else
                cryptoOk = true;
        } else {
            EvpMdCtxPtr ctx(EVP_MD_CTX_new());
            if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1
                || EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(value.constData()),
                                    size_t(value.size()),
                                    reinterpret_cast<const unsigned char *>(signedBytes.constData()),
                                    size_t(signedBytes.size()))
                    != 1) {
                clearErrors();
                run.fail(Line::Integrity, SubIndication::SigCryptoFailure, QStringLiteral("signature_invalid"),
                         tr("The signature value does not verify with the signer's public key."));
            } else {
                cryptoOk = true;
            }
        }
    }
    // 5. Algorithm policy (OpenSSL accepts SHA-1 here even at auth level 2)
    checkDigestPolicy(run, digestNid);
    int sigDigestNid = NID_undef;
    int pkeyNid = NID_undef;
    if (OBJ_find_sigid_algs(signatureNid, &sigDigestNid, &pkeyNid) && sigDigestNid != NID_undef
        && !digestAllowed(sigDigestNid) && digestAllowed(digestNid))
        run.fail(Line::Integrity, SubIndication::CryptoConstraintsFailure, QStringLiteral("weak_signature_algorithm"),
                 tr("The signature algorithm %1 is not allowed.").arg(r.signatureAlgorithm));
    checkKeyPolicy(run, signer);
    run.integrityChecked = cryptoOk;

    // 9 first: the timestamp decides the best signature time used by the path check.
    checkTimestamp(run, si);
    // 6–8. Certificate path, leaf constraints, revocation
    validateCertificate(run, signer, certs.get());
    // 10. Identity
    checkIdentity(run, signer, expected);
}

void verifyPkcs1(Run &run, const SignatureInput &input, const ExpectedSigner &expected, const QByteArray &document)
{
    VerificationReport &r = run.report;
    r.signatureFormat = QStringLiteral("pkcs1");
    r.signatureAlgorithm = QStringLiteral("RSA PKCS#1 v1.5");
    r.signerCertificateSha256 = hexSha256(input.signerCertificate);
    // 1. Format
    auto cert = Certificate::fromPemOrDer(input.signerCertificate, threadFastLibCtx());
    clearErrors();
    if (!cert || input.signerCertificate.size() > SignatureVerifier::maxSignatureBytes) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("format"),
                 tr("The signer's certificate given with the signature cannot be read."));
        return;
    }
    X509 *signer = cert->get();
    EVP_PKEY *key = X509_get0_pubkey(signer);
    r.signerName = cert->subjectCommonName();
    if (!key || !EVP_PKEY_is_a(key, "RSA")) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("format"),
                 tr("A PKCS#1 signature needs an RSA certificate."));
        return;
    }
    if (input.signature.size() != EVP_PKEY_get_size(key)) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("format"),
                 tr("The PKCS#1 signature has %1 bytes; the key needs %2.")
                     .arg(input.signature.size())
                     .arg(EVP_PKEY_get_size(key)));
        return;
    }
    // 2. Signed data present (the form is always detached)
    if (document.isEmpty()) {
        run.fail(Line::Integrity, SubIndication::SignedDataNotFound, QStringLiteral("no_signed_data"),
                 tr("The signed document is missing."));
        return;
    }
    // 3. The signature is checked over the request's document: is it this request's form?
    if (!expected.consent.isEmpty())
        checkConsentIsThisRequests(run, document, expected.consent);
    // 4. Digest and signature value
    const RawCheck check = checkRsaPkcs1(key, input.signature, document);
    bool cryptoOk = false;
    if (check.outcome == RawCheck::BadSignature)
        run.fail(Line::Integrity, SubIndication::SigCryptoFailure, QStringLiteral("signature_invalid"),
                 tr("The signature value does not verify with the signer's public key."));
    else if (check.outcome == RawCheck::Unsupported)
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("unknown_digest"),
                 tr("The signature uses an unknown digest algorithm."));
    else if (check.outcome == RawCheck::HashMismatch)
        run.fail(Line::Integrity, SubIndication::HashFailure, QStringLiteral("hash_mismatch"),
                 tr("The document's digest does not match the signed digest: the document was changed."));
    else
        cryptoOk = true;
    // 5. Algorithm policy
    if (check.digestNid != NID_undef)
        checkDigestPolicy(run, check.digestNid);
    checkKeyPolicy(run, signer);
    run.integrityChecked = cryptoOk;
    // 9. No timestamp in this form.
    r.bestSignatureTime = run.now;
    r.bestSignatureTimeSource = TimeSource::VerificationTime;
    run.warn(QStringLiteral("no_timestamp"),
             tr("No timestamp: basic level only; the signature time is the verification time."));
    validateCertificate(run, signer, nullptr);
    checkIdentity(run, signer, expected);
}

} // namespace

SignatureVerifier::SignatureVerifier(std::shared_ptr<const TrustStore> trust) : m_trust(std::move(trust)) {}

VerificationReport SignatureVerifier::verify(const SignatureInput &input, const ExpectedSigner &signer,
                                             const QByteArray &expectedDocument, const QDateTime &now) const
{
    Run run{*m_trust, {}, now.toUTC(), {}, {}, {}, false, false, {}, 0};
    VerificationReport &r = run.report;
    r.verifierVersion = QStringLiteral("cooc-esign/1");
    r.verificationTime = run.now;
    r.trustAnchorSha256 = m_trust->anchorPins();
    if (EVP_Digest(expectedDocument.constData(), size_t(expectedDocument.size()), run.documentDigest,
                   &run.documentDigestLength, sha256Md(), nullptr)
        != 1)
        run.documentDigestLength = 0;
    r.documentSha256 = run.documentDigestLength ? hexText(run.documentDigest, run.documentDigestLength) : QString();
    r.signatureSha256 = input.format == SignatureInput::Format::None ? QString() : hexSha256(input.signature);
    r.revocationStatus = QStringLiteral("not_checked");

    if (input.format == SignatureInput::Format::None) {
        VerificationReport none = VerificationReport::noSignature();
        none.verificationTime = r.verificationTime;
        none.documentSha256 = r.documentSha256;
        none.trustAnchorSha256 = r.trustAnchorSha256;
        return none;
    }
    if (input.signature.isEmpty()) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("empty"), tr("The signature is empty."));
    } else if (input.signature.size() > maxSignatureBytes || expectedDocument.size() > maxDocumentBytes) {
        run.fail(Line::Integrity, SubIndication::FormatFailure, QStringLiteral("too_large"),
                 tr("The signature or document is larger than %1 MiB.").arg(maxSignatureBytes >> 20));
    } else if (input.format == SignatureInput::Format::Cms) {
        verifyCms(run, input.signature, signer, expectedDocument);
    } else {
        verifyPkcs1(run, input, signer, expectedDocument);
    }
    clearErrors(); // leave this thread's OpenSSL error queue clean
    return run.finish();
}

QFuture<VerificationReport> SignatureVerifier::verifyAsync(const QList<VerificationJob> &jobs,
                                                           const QDateTime &now) const
{
    const SignatureVerifier self = *this;
    return QtConcurrent::mapped(jobs, [self, now](const VerificationJob &job) { return self.verify(job, now); });
}

QList<VerificationReport> SignatureVerifier::verifyAll(const QList<VerificationJob> &jobs, const QDateTime &now) const
{
    // Joinable workers rather than the (detached) pool threads: when this returns, every
    // worker has exited and OpenSSL has freed its per-thread state.
    QList<VerificationReport> reports(jobs.size());
    // Jobs are taken in small chunks: one shared counter update per chunk, and neighbouring
    // reports are written by the same thread.
    constexpr qsizetype chunk = 8;
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype begin = next.fetch_add(chunk); begin < jobs.size(); begin = next.fetch_add(chunk)) {
            const qsizetype end = qMin(begin + chunk, jobs.size());
            for (qsizetype i = begin; i < end; ++i)
                reports[i] = verify(jobs.at(i), now);
        }
    };
    const qsizetype workers = qMin<qsizetype>(qMax(1, QThread::idealThreadCount()), jobs.size());
    std::vector<std::thread> threads;
    for (qsizetype w = 1; w < workers; ++w)
        threads.emplace_back(work);
    work(); // the calling thread is one of them
    for (std::thread &t : threads)
        t.join();
    return reports;
}

} // namespace cooc::esign
