#include "app/esign/certificateauthority.h"

#include "app/esign/openssl.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace cooc::esign {

using namespace ossl;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::esign::CertificateAuthority", text);
}

Error failure(const char *what)
{
    return Error::make(Error::Code::Generic, tr(what), takeErrors());
}

EvpMdPtr fetchDigest(Digest digest)
{
    return EvpMdPtr(EVP_MD_fetch(nullptr, digestName(digest), nullptr));
}

bool setTime(ASN1_TIME *field, const QDateTime &at)
{
    return ASN1_TIME_set(field, time_t(at.toSecsSinceEpoch())) != nullptr;
}

Asn1TimePtr makeTime(const QDateTime &at)
{
    return Asn1TimePtr(ASN1_TIME_set(nullptr, time_t(at.toSecsSinceEpoch())));
}

Asn1IntegerPtr randomSerial()
{
    BignumPtr bn(BN_new());
    if (!bn || BN_rand(bn.get(), 63, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1)
        return nullptr;
    return Asn1IntegerPtr(BN_to_ASN1_INTEGER(bn.get(), nullptr));
}

X509NamePtr makeName(const QString &commonName, const QString &organization)
{
    X509NamePtr name(X509_NAME_new());
    const auto add = [&](const char *field, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        return X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(utf8.constData()),
                                          int(utf8.size()), -1, 0) == 1;
    };
    if (!add("C", QStringLiteral("TW")))
        return nullptr;
    if (!organization.isEmpty() && !add("O", organization))
        return nullptr;
    if (!add("CN", commonName))
        return nullptr;
    return name;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509ExtensionPtr ext(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// certificatePolicies with one policy OID (built directly: the text form needs a config database).
bool addPolicies(X509 *cert, const QStringList &policyOids)
{
    std::unique_ptr<CERTIFICATEPOLICIES, Deleter<&CERTIFICATEPOLICIES_free>> policies(sk_POLICYINFO_new_null());
    if (!policies)
        return false;
    for (const QString &policyOid : policyOids) {
        POLICYINFO *info = POLICYINFO_new();
        if (!info)
            return false;
        info->policyid = OBJ_txt2obj(policyOid.toLatin1().constData(), 1);
        if (!info->policyid || sk_POLICYINFO_push(policies.get(), info) <= 0) {
            POLICYINFO_free(info);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_certificate_policies, policies.get(), 0, 0) == 1;
}

// DER length octets.
QByteArray derLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out += char(length);
        return out;
    }
    QByteArray digits;
    while (length > 0) {
        digits.prepend(char(length & 0xff));
        length >>= 8;
    }
    out += char(0x80 | digits.size());
    out += digits;
    return out;
}

// SubjectDirectoryAttributes ::= SEQUENCE OF Attribute, with one attribute: the last 4
// ID characters as a PrintableString (OpenSSL 3.0 has no built-in support for 2.5.29.9).
QByteArray subjectDirectoryAttributes(const QString &idLast4)
{
    Asn1ObjectPtr attrOid(OBJ_txt2obj(oid::idLast4Attribute, 1));
    const QByteArray value = idLast4.toLatin1();
    X509AttributePtr attr(X509_ATTRIBUTE_create_by_OBJ(nullptr, attrOid.get(), V_ASN1_PRINTABLESTRING,
                                                       reinterpret_cast<const unsigned char *>(value.constData()),
                                                       int(value.size())));
    unsigned char *encoded = nullptr;
    const int len = attr ? i2d_X509_ATTRIBUTE(attr.get(), &encoded) : 0;
    if (len <= 0)
        return {};
    QByteArray der = QByteArray(1, char(0x30)) + derLength(len) + QByteArray(reinterpret_cast<const char *>(encoded), len);
    OPENSSL_free(encoded);
    return der;
}

// The extension with `contents` (DER of SubjectDirectoryAttributes).
bool addSubjectDirectoryAttributes(X509 *cert, const QByteArray &contents)
{
    Asn1ObjectPtr extOid(OBJ_txt2obj(oid::subjectDirectoryAttributes, 1));
    Asn1OctetStringPtr octets(ASN1_OCTET_STRING_new());
    if (contents.isEmpty() || !octets
        || ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char *>(contents.constData()),
                                 int(contents.size()))
            != 1)
        return false;
    X509ExtensionPtr ext(X509_EXTENSION_create_by_OBJ(nullptr, extOid.get(), 0, octets.get()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// The parts every certificate shares. `issuer` null: self-signed.
X509Ptr newCertificate(const X509_NAME *subject, EVP_PKEY *subjectKey, X509 *issuer, const QDateTime &notBefore,
                       const QDateTime &notAfter)
{
    X509Ptr cert(X509_new());
    Asn1IntegerPtr serial = randomSerial();
    if (!cert || !serial || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || X509_set_serialNumber(cert.get(), serial.get()) != 1
        || X509_set_subject_name(cert.get(), subject) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1
        || !setTime(X509_getm_notBefore(cert.get()), notBefore) || !setTime(X509_getm_notAfter(cert.get()), notAfter)
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return nullptr;
    if (!addExtension(cert.get(), issuer ? issuer : cert.get(), NID_subject_key_identifier, "hash"))
        return nullptr;
    return cert;
}

bool finish(X509 *cert, X509 *issuer, EVP_PKEY *issuerKey, Digest digest)
{
    if (!addExtension(cert, issuer ? issuer : cert, NID_authority_key_identifier, "keyid:always"))
        return false;
    EvpMdPtr md = fetchDigest(digest);
    return md && X509_sign(cert, issuerKey, md.get()) > 0;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error resourceMissing(const QString &path)
{
    return Error::make(Error::Code::NotFound, tr("The DEMO certificate authority is missing from this build."), path);
}

} // namespace

// --- CertificateAuthority --------------------------------------------------------------

Result<CertificateAuthority> CertificateAuthority::createRoot(const QString &commonName, const PrivateKey &key,
                                                              const QDateTime &notBefore, const QDateTime &notAfter,
                                                              Digest digest, const QString &organization)
{
    X509NamePtr name = makeName(commonName, organization);
    if (!name || key.isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the root certificate."));
    X509Ptr cert = newCertificate(name.get(), key.get(), nullptr, notBefore, notAfter);
    if (!cert || !addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !finish(cert.get(), nullptr, key.get(), digest))
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the root certificate."));
    CertificateAuthority ca;
    ca.m_cert = Certificate::adopt(cert.release());
    ca.m_key = key;
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::createIntermediate(const QString &commonName,
                                                                      const PrivateKey &key,
                                                                      const QDateTime &notBefore,
                                                                      const QDateTime &notAfter, Digest digest,
                                                                      const QString &organization) const
{
    X509NamePtr name = makeName(commonName, organization);
    if (!name || key.isNull() || isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the intermediate certificate."));
    X509Ptr cert = newCertificate(name.get(), key.get(), m_cert.get(), notBefore, notAfter);
    if (!cert || !addExtension(cert.get(), m_cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !finish(cert.get(), m_cert.get(), m_key.get(), digest))
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the intermediate certificate."));
    CertificateAuthority ca;
    ca.m_cert = Certificate::adopt(cert.release());
    ca.m_key = key;
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::load(const Certificate &certificate, const PrivateKey &key)
{
    if (certificate.isNull() || key.isNull() || !certificate.isCa()
        || X509_check_private_key(certificate.get(), key.get()) != 1)
        return Error::make(Error::Code::InvalidInput,
                           tr("The certificate and key do not form a certificate authority."), takeErrors());
    CertificateAuthority ca;
    ca.m_cert = certificate;
    ca.m_key = key;
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::loadPem(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    auto cert = Certificate::fromPem(certificatePem);
    if (!cert)
        return cert.error();
    auto key = PrivateKey::fromPem(keyPem);
    if (!key)
        return key.error();
    return load(*cert, *key);
}

Result<Certificate> CertificateAuthority::issueHolder(const HolderProfile &profile, const PrivateKey &subjectKey) const
{
    if (isNull() || subjectKey.isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    const QDateTime notBefore =
        profile.notBefore.isValid() ? profile.notBefore : QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime notAfter = profile.notAfter.isValid() ? profile.notAfter : notBefore.addYears(2);
    X509NamePtr name = makeName(profile.commonName, {});
    if (!name)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    X509Ptr cert = newCertificate(name.get(), subjectKey.get(), m_cert.get(), notBefore, notAfter);
    if (!cert)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    bool ok = addExtension(cert.get(), m_cert.get(), NID_basic_constraints,
                           profile.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE");
    switch (profile.usage) {
    case HolderProfile::Usage::Signing:
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation");
        break;
    case HolderProfile::Usage::DigitalSignatureOnly:
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,digitalSignature");
        break;
    case HolderProfile::Usage::NonRepudiationOnly:
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,nonRepudiation");
        break;
    case HolderProfile::Usage::EncryptionOnly:
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,keyEncipherment");
        break;
    case HolderProfile::Usage::None:
        break;
    }
    const QStringList policies =
        profile.otherPolicies + (profile.holderPolicy ? QStringList{QLatin1String(oid::moicaHolderPolicy)} : QStringList());
    if (!policies.isEmpty())
        ok = ok && addPolicies(cert.get(), policies);
    if (!profile.subjectDirectoryAttributes.isEmpty())
        ok = ok && addSubjectDirectoryAttributes(cert.get(), profile.subjectDirectoryAttributes);
    else if (!profile.idLast4.isEmpty())
        ok = ok && addSubjectDirectoryAttributes(cert.get(), subjectDirectoryAttributes(profile.idLast4));
    if (!profile.crlDistributionPoint.isEmpty()) {
        const QByteArray uri = "URI:" + profile.crlDistributionPoint.toUtf8();
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_crl_distribution_points, uri.constData());
    }
    if (!profile.email.isEmpty()) {
        const QByteArray san = "email:" + profile.email.toUtf8();
        ok = ok && addExtension(cert.get(), m_cert.get(), NID_subject_alt_name, san.constData());
    }
    if (!ok || !finish(cert.get(), m_cert.get(), m_key.get(), profile.digest))
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    return Certificate::adopt(cert.release());
}

Result<Certificate> CertificateAuthority::issueTimestampingCertificate(const QString &commonName,
                                                                        const PrivateKey &subjectKey,
                                                                        const QDateTime &notBefore,
                                                                        const QDateTime &notAfter) const
{
    X509NamePtr name = makeName(commonName, {});
    if (!name || isNull() || subjectKey.isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    X509Ptr cert = newCertificate(name.get(), subjectKey.get(), m_cert.get(), notBefore, notAfter);
    if (!cert || !addExtension(cert.get(), m_cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), m_cert.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation")
        || !addExtension(cert.get(), m_cert.get(), NID_ext_key_usage, "critical,timeStamping")
        || !finish(cert.get(), m_cert.get(), m_key.get(), Digest::Sha256))
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the certificate."));
    return Certificate::adopt(cert.release());
}

namespace {

// A critical Issuing Distribution Point naming one URI (a partitioned CRL).
bool addIssuingDistributionPoint(X509_CRL *crl, const QString &uri)
{
    std::unique_ptr<ISSUING_DIST_POINT, Deleter<&ISSUING_DIST_POINT_free>> idp(ISSUING_DIST_POINT_new());
    DIST_POINT_NAME *name = DIST_POINT_NAME_new();
    GENERAL_NAMES *names = GENERAL_NAMES_new();
    GENERAL_NAME *general = GENERAL_NAME_new();
    ASN1_IA5STRING *text = ASN1_IA5STRING_new();
    const QByteArray bytes = uri.toUtf8();
    const bool made = idp && name && names && general && text
        && ASN1_STRING_set(text, bytes.constData(), int(bytes.size())) == 1;
    if (!made) {
        DIST_POINT_NAME_free(name);
        GENERAL_NAMES_free(names);
        GENERAL_NAME_free(general);
        ASN1_IA5STRING_free(text);
        return false;
    }
    GENERAL_NAME_set0_value(general, GEN_URI, text);
    sk_GENERAL_NAME_push(names, general);
    name->type = 0; // fullName
    name->name.fullname = names;
    idp->distpoint = name;
    return X509_CRL_add1_ext_i2d(crl, NID_issuing_distribution_point, idp.get(), 1, 0) == 1;
}

} // namespace

Result<RevocationList> CertificateAuthority::issueCrl(const QList<RevokedEntry> &revoked, const QDateTime &thisUpdate,
                                                      const QDateTime &nextUpdate, Digest digest,
                                                      const QString &distributionPoint) const
{
    if (isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
    X509CrlPtr crl(X509_CRL_new());
    Asn1TimePtr last = makeTime(thisUpdate);
    if (!crl || !last || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(m_cert.get())) != 1
        || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
    if (nextUpdate.isValid()) {
        Asn1TimePtr next = makeTime(nextUpdate);
        if (!next || X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
    }
    for (const RevokedEntry &entry : revoked) {
        X509RevokedPtr r(X509_REVOKED_new());
        Asn1TimePtr when = makeTime(entry.revokedAt.isValid() ? entry.revokedAt : thisUpdate);
        Asn1IntegerPtr serial;
        if (!entry.certificate.isNull()) {
            serial.reset(ASN1_INTEGER_dup(X509_get0_serialNumber(entry.certificate.get())));
        } else {
            BIGNUM *bn = nullptr;
            if (BN_hex2bn(&bn, entry.serialHex.toLatin1().constData()) > 0)
                serial.reset(BN_to_ASN1_INTEGER(bn, nullptr));
            BN_free(bn);
        }
        if (!r || !when || !serial || X509_REVOKED_set_serialNumber(r.get(), serial.get()) != 1
            || X509_REVOKED_set_revocationDate(r.get(), when.get()) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
        if (entry.reason != RevokedEntry::Reason::Unspecified) {
            std::unique_ptr<ASN1_ENUMERATED, Deleter<&ASN1_ENUMERATED_free>> code(ASN1_ENUMERATED_new());
            if (!code || ASN1_ENUMERATED_set(code.get(), long(entry.reason)) != 1
                || X509_REVOKED_add1_ext_i2d(r.get(), NID_crl_reason, code.get(), 0, 0) != 1)
                return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
        }
        if (X509_CRL_add0_revoked(crl.get(), r.get()) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
        r.release();
    }
    X509_CRL_sort(crl.get());
    Asn1IntegerPtr number(ASN1_INTEGER_new());
    ASN1_INTEGER_set_int64(number.get(), thisUpdate.toSecsSinceEpoch());
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, m_cert.get(), nullptr, nullptr, crl.get(), 0);
    X509ExtensionPtr akid(X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    EvpMdPtr md = fetchDigest(digest);
    if (!akid || X509_CRL_add_ext(crl.get(), akid.get(), -1) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1 || !md
        || (!distributionPoint.isEmpty() && !addIssuingDistributionPoint(crl.get(), distributionPoint))
        || X509_CRL_sign(crl.get(), m_key.get(), md.get()) <= 0)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not issue the revocation list."));
    return RevocationList::adopt(crl.release());
}

// --- TimestampAuthority ----------------------------------------------------------------

TimestampAuthority::TimestampAuthority(Certificate certificate, PrivateKey key, QList<Certificate> chain)
    : m_cert(std::move(certificate)), m_key(std::move(key)), m_chain(std::move(chain))
{
}

namespace {

int fixedTime(TS_RESP_CTX *, void *data, long *sec, long *usec)
{
    *sec = long(*static_cast<const qint64 *>(data));
    *usec = 0;
    return 1;
}

ASN1_INTEGER *randomTsSerial(TS_RESP_CTX *, void *)
{
    return randomSerial().release();
}

} // namespace

Result<QByteArray> TimestampAuthority::timestampToken(const QByteArray &data, const QDateTime &at) const
{
    const QByteArray hash = sha256(data);
    X509AlgorPtr algorithm(X509_ALGOR_new());
    TsMsgImprintPtr imprint(TS_MSG_IMPRINT_new());
    TsReqPtr request(TS_REQ_new());
    if (!algorithm || !imprint || !request
        || X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1
        || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1
        || TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char *>(const_cast<char *>(hash.constData())),
                                  int(hash.size())) != 1
        || TS_REQ_set_version(request.get(), 1) != 1 || TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1
        || TS_REQ_set_cert_req(request.get(), 1) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));
    BioPtr requestBio(BIO_new(BIO_s_mem()));
    if (i2d_TS_REQ_bio(requestBio.get(), request.get()) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));

    TsRespCtxPtr ctx(TS_RESP_CTX_new());
    Asn1ObjectPtr policy(OBJ_txt2obj("1.3.6.1.4.1.99999.1.1", 1)); // test TSA policy
    qint64 seconds = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    if (!ctx || TS_RESP_CTX_set_signer_cert(ctx.get(), m_cert.get()) != 1
        || TS_RESP_CTX_set_signer_key(ctx.get(), m_key.get()) != 1
        || TS_RESP_CTX_set_def_policy(ctx.get(), policy.get()) != 1
        || TS_RESP_CTX_add_md(ctx.get(), EVP_sha256()) != 1
        || TS_RESP_CTX_set_signer_digest(ctx.get(), EVP_sha256()) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));
    if (!m_chain.isEmpty()) {
        X509StackPtr chain(sk_X509_new_null());
        for (const Certificate &c : m_chain) {
            X509_up_ref(c.get());
            sk_X509_push(chain.get(), c.get());
        }
        TS_RESP_CTX_set_certs(ctx.get(), chain.get()); // copies
    }
    TS_RESP_CTX_set_time_cb(ctx.get(), fixedTime, &seconds);
    TS_RESP_CTX_set_serial_cb(ctx.get(), randomTsSerial, nullptr);
    TsRespPtr response(TS_RESP_create_response(ctx.get(), requestBio.get()));
    if (!response)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));
    const TS_STATUS_INFO *status = TS_RESP_get_status_info(response.get());
    const long granted = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    PKCS7 *token = TS_RESP_get_token(response.get());
    if (granted != TS_STATUS_GRANTED || !token)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));
    unsigned char *out = nullptr;
    const int len = i2d_PKCS7(token, &out);
    if (len <= 0)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not create the timestamp."));
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

// --- Signing ---------------------------------------------------------------------------

Result<QByteArray> signCms(const QByteArray &content, const Certificate &signer, const PrivateKey &key,
                           const CmsSignOptions &options)
{
    EvpMdPtr md = fetchDigest(options.digest);
    const int flags = CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | (options.detached ? CMS_DETACHED : 0)
        | (options.signedAttributes ? 0 : CMS_NOATTR);
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, static_cast<unsigned int>(flags)));
    if (!cms || !md || signer.isNull() || key.isNull())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), signer.get(), key.get(), md.get(), static_cast<unsigned int>(flags));
    if (!si)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    Asn1TimePtr signingTime =
        makeTime(options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc());
    if (options.signedAttributes && (!signingTime
        || CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, ASN1_STRING_type(signingTime.get()),
                                       signingTime.get(), -1) != 1))
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    if (!options.signedAttributes && !options.cardNumber.isEmpty())
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    if (!options.cardNumber.isEmpty()) {
        Asn1ObjectPtr cardOid(OBJ_txt2obj(oid::cardNumberAttribute, 1));
        const QByteArray card = options.cardNumber.toLatin1();
        if (CMS_signed_add1_attr_by_OBJ(si, cardOid.get(), V_ASN1_PRINTABLESTRING, card.constData(),
                                        int(card.size())) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    }
    for (const Certificate &extra : options.extraCertificates) {
        if (extra == signer) // already embedded
            continue;
        if (CMS_add1_cert(cms.get(), extra.get()) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    }
    BioPtr data = memoryBio(content);
    if (CMS_final(cms.get(), data.get(), nullptr, static_cast<unsigned int>(flags)) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    if (options.timestamp) {
        const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(si);
        const QByteArray signatureValue(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                                        ASN1_STRING_length(value));
        auto token = options.timestamp->timestampToken(signatureValue, options.timestampTime);
        if (!token)
            return token.error();
        Asn1ObjectPtr tstOid(OBJ_txt2obj(oid::timeStampToken, 1));
        if (CMS_unsigned_add1_attr_by_OBJ(si, tstOid.get(), V_ASN1_SEQUENCE, token->constData(),
                                          int(token->size())) != 1)
            return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    const int written = options.pem ? PEM_write_bio_CMS(out.get(), cms.get()) : i2d_CMS_bio(out.get(), cms.get());
    if (written != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    return bioBytes(out.get());
}

Result<QByteArray> signPkcs1(const QByteArray &content, const PrivateKey &key, Digest digest)
{
    EvpMdPtr md = fetchDigest(digest);
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!md || !ctx || key.isNull() || EVP_DigestSignInit(ctx.get(), &pctx, md.get(), nullptr, key.get()) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    if (EVP_PKEY_is_a(key.get(), "RSA") && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    size_t len = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(content.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, data, size_t(content.size())) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    QByteArray signature(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len, data,
                       size_t(content.size())) != 1)
        return failure(QT_TRANSLATE_NOOP("cooc::esign::CertificateAuthority", "Could not sign."));
    signature.truncate(qsizetype(len));
    return signature;
}

// --- The shipped DEMO chain ------------------------------------------------------------

namespace demo {

namespace {
Result<CertificateAuthority> loadCa(const QString &base)
{
    const QByteArray cert = readResource(base + QLatin1String(".pem"));
    const QByteArray key = readResource(base + QLatin1String(".key.pem"));
    if (cert.isEmpty() || key.isEmpty())
        return resourceMissing(base);
    return CertificateAuthority::loadPem(cert, key);
}

Result<RevocationList> loadCrl(const QString &path)
{
    const QByteArray bytes = readResource(path);
    if (bytes.isEmpty())
        return resourceMissing(path);
    return RevocationList::fromPemOrDer(bytes);
}
} // namespace

Result<CertificateAuthority> rootCa()
{
    return loadCa(QStringLiteral(":/demo/demo-root-ca"));
}

Result<CertificateAuthority> intermediateCa()
{
    return loadCa(QStringLiteral(":/demo/demo-intermediate-ca"));
}

Result<RevocationList> intermediateCrl()
{
    return loadCrl(QStringLiteral(":/demo/demo-intermediate-ca.crl.pem"));
}

Result<RevocationList> rootCrl()
{
    return loadCrl(QStringLiteral(":/demo/demo-root-ca.crl.pem"));
}

} // namespace demo

} // namespace cooc::esign
