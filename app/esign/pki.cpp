#include "app/esign/pki.h"

#include "app/esign/openssl.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace cooc::esign {

using namespace ossl;

namespace {

Error formatError(const char *what)
{
    return Error::make(Error::Code::InvalidInput,
                       QCoreApplication::translate("cooc::esign::Pki", "The %1 could not be read.")
                           .arg(QCoreApplication::translate("cooc::esign::Pki", what)),
                       takeErrors());
}

bool looksLikePem(const QByteArray &bytes)
{
    return bytes.contains("-----BEGIN ");
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return result;
}

QString nameText(const X509_NAME *name)
{
    // One memory BIO per thread, emptied for each name: a new BIO and buffer for every name
    // printed showed in verification profiles.
    thread_local const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || BIO_reset(bio.get()) != 1)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return length > 0 ? QString::fromUtf8(text, qsizetype(length)) : QString();
}

QString hex(const ASN1_STRING *s)
{
    if (!s)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s)).toHex());
}

} // namespace

const char *digestName(Digest digest)
{
    switch (digest) {
    case Digest::Sha1: return "SHA1";
    case Digest::Sha256: return "SHA256";
    case Digest::Sha384: return "SHA384";
    case Digest::Sha512: return "SHA512";
    }
    return "SHA256";
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// --- PrivateKey ------------------------------------------------------------------------

PrivateKey PrivateKey::adopt(EVP_PKEY *key)
{
    PrivateKey k;
    if (key)
        k.m_key.reset(key, EVP_PKEY_free);
    return k;
}

PrivateKey PrivateKey::generateRsa(int bits)
{
    return adopt(EVP_RSA_gen(static_cast<unsigned int>(bits)));
}

PrivateKey PrivateKey::generateEc(const char *curve)
{
    return adopt(EVP_EC_gen(curve));
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "private key"));
    return adopt(key);
}

QByteArray PrivateKey::toPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char *out = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

// --- Certificate -----------------------------------------------------------------------

Certificate Certificate::adopt(X509 *cert)
{
    Certificate c;
    if (cert) {
        X509_check_purpose(cert, -1, 0); // cache the extensions now, before threads share it
        c.m_cert.reset(cert, X509_free);
    }
    return c;
}

Certificate Certificate::share(X509 *cert)
{
    if (!cert)
        return {};
    X509_up_ref(cert);
    return adopt(cert);
}

Result<Certificate> Certificate::fromDer(const QByteArray &der, OSSL_LIB_CTX *context)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = X509_new_ex(context, nullptr);
    cert = cert ? d2i_X509(&cert, &p, long(der.size())) : nullptr; // frees it on failure
    if (!cert)
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "certificate"));
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        X509_free(cert);
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "certificate"));
    }
    return adopt(cert);
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem, OSSL_LIB_CTX *context)
{
    BioPtr bio = memoryBio(pem);
    X509 *cert = X509_new_ex(context, nullptr);
    if (!cert || !PEM_read_bio_X509(bio.get(), &cert, nullptr, nullptr)) {
        X509_free(cert); // null if the decoder already freed it
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "certificate"));
    }
    return adopt(cert);
}

Result<Certificate> Certificate::fromPemOrDer(const QByteArray &bytes, OSSL_LIB_CTX *context)
{
    return looksLikePem(bytes) ? fromPem(bytes, context) : fromDer(bytes, context);
}

namespace {

// The certificate of an OpenSSL "TRUSTED CERTIFICATE" (X509 + auxiliary trust), all of it read.
Result<Certificate> fromTrustedDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509_AUX(nullptr, &p, long(der.size()));
    if (!cert || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        X509_free(cert);
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "certificate"));
    }
    const QByteArray plain = ossl::toDer(cert); // i2d_X509: the certificate without the trust
    X509_free(cert);
    return Certificate::fromDer(plain);
}

} // namespace

Result<QList<Certificate>> Certificate::listFromPemOrDer(const QByteArray &bytes)
{
    const auto noCertificate = [] {
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("cooc::esign::Pki", "The file holds no certificate."));
    };
    if (!looksLikePem(bytes)) {
        auto one = fromDer(bytes);
        if (!one)
            return noCertificate();
        return QList<Certificate>{*one};
    }
    // Block by block: a damaged certificate block is an error, not the end of the bundle (the
    // certificates after it were dropped unseen). Blocks of other kinds (a key) are skipped.
    QList<Certificate> list;
    BioPtr bio = memoryBio(bytes);
    for (int block = 1;; ++block) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
            const bool end = ERR_GET_REASON(ERR_peek_last_error()) == PEM_R_NO_START_LINE;
            takeErrors();
            if (!end)
                return Error::make(Error::Code::InvalidInput,
                                   QCoreApplication::translate("cooc::esign::Pki",
                                                               "PEM block %1 of the file is damaged; nothing from "
                                                               "the file was used.")
                                       .arg(block));
            break;
        }
        const QByteArray label(name);
        const QByteArray der(reinterpret_cast<const char *>(data), int(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE" && label != "TRUSTED CERTIFICATE")
            continue;
        // OpenSSL's "TRUSTED CERTIFICATE" is the certificate followed by trust settings, which
        // are not used: the configuration pins what is trusted.
        auto cert = label == "TRUSTED CERTIFICATE" ? fromTrustedDer(der) : fromDer(der);
        if (!cert)
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate("cooc::esign::Pki",
                                                           "Certificate block %1 of the file cannot be read; "
                                                           "nothing from the file was used.")
                                   .arg(block));
        list.append(*cert);
    }
    if (list.isEmpty())
        return noCertificate();
    return list;
}

QByteArray Certificate::toDer() const
{
    return m_cert ? ossl::toDer(m_cert.get()) : QByteArray();
}

QByteArray Certificate::toPem() const
{
    if (!m_cert)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return bioBytes(bio.get());
}

QByteArray Certificate::sha256() const
{
    if (!m_cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(m_cert.get(), sha256Md(), md, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

QString Certificate::sha256Hex() const
{
    return QString::fromLatin1(sha256().toHex());
}

QString Certificate::subjectCommonName() const
{
    return m_cert ? nameEntry(X509_get_subject_name(m_cert.get()), NID_commonName) : QString();
}

QString Certificate::issuerCommonName() const
{
    return m_cert ? nameEntry(X509_get_issuer_name(m_cert.get()), NID_commonName) : QString();
}

QString Certificate::subjectText() const
{
    return m_cert ? nameText(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuerText() const
{
    return m_cert ? nameText(X509_get_issuer_name(m_cert.get())) : QString();
}

QString Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    BignumPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    if (!bn)
        return {};
    char *text = BN_bn2hex(bn.get());
    QString result = QString::fromLatin1(text).toLower();
    OPENSSL_free(text);
    return result;
}

QString Certificate::subjectKeyIdHex() const
{
    return m_cert ? hex(X509_get0_subject_key_id(m_cert.get())) : QString();
}

QString Certificate::authorityKeyIdHex() const
{
    return m_cert ? hex(X509_get0_authority_key_id(m_cert.get())) : QString();
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? toDateTime(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? toDateTime(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

bool Certificate::isCa() const
{
    return m_cert && X509_check_ca(m_cert.get()) != 0;
}

bool Certificate::isSelfSigned() const
{
    const bool selfSigned = m_cert && X509_self_signed(m_cert.get(), 0) == 1;
    ERR_clear_error();
    return selfSigned;
}

bool Certificate::mayHaveIssued(const Certificate &subject) const
{
    return m_cert && subject.m_cert && X509_check_issued(m_cert.get(), subject.m_cert.get()) == X509_V_OK;
}

bool Certificate::hasSubjectAndKeyOf(const Certificate &other) const
{
    if (!m_cert || !other.m_cert
        || X509_NAME_cmp(X509_get_subject_name(m_cert.get()), X509_get_subject_name(other.m_cert.get())) != 0)
        return false;
    EVP_PKEY *mine = X509_get0_pubkey(m_cert.get());
    EVP_PKEY *theirs = X509_get0_pubkey(other.m_cert.get());
    const bool same = mine && theirs && EVP_PKEY_eq(mine, theirs) == 1;
    ERR_clear_error();
    return same;
}

QString Certificate::keyAlgorithm() const
{
    EVP_PKEY *key = m_cert ? X509_get0_pubkey(m_cert.get()) : nullptr;
    if (!key)
        return {};
    // The key was decoded from the SubjectPublicKeyInfo, whose algorithm and curve OIDs say
    // what it is without asking the key (each EVP_PKEY_is_a is a name look-up under a lock).
    const ASN1_OBJECT *algorithm = nullptr;
    X509_ALGOR *parameters = nullptr;
    if (X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &parameters, X509_get_X509_PUBKEY(m_cert.get())) == 1)
        X509_ALGOR_get0(&algorithm, nullptr, nullptr, parameters);
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption: return QStringLiteral("RSA");
    case NID_rsassaPss: return QStringLiteral("RSA-PSS");
    case NID_X9_62_id_ecPublicKey: {
        int type = V_ASN1_UNDEF;
        const void *value = nullptr;
        X509_ALGOR_get0(nullptr, &type, &value, parameters);
        const int curve = type == V_ASN1_OBJECT ? OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(value)) : NID_undef;
        const char *nist = curve != NID_undef ? EC_curve_nid2nist(curve) : nullptr;
        const char *name = nist ? nist : (curve != NID_undef ? OBJ_nid2sn(curve) : nullptr);
        return name ? QStringLiteral("EC ") + QString::fromLatin1(name) : QStringLiteral("EC");
    }
    default: return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

int Certificate::keyBits() const
{
    EVP_PKEY *key = m_cert ? X509_get0_pubkey(m_cert.get()) : nullptr;
    return key ? EVP_PKEY_get_bits(key) : 0;
}

bool Certificate::operator==(const Certificate &other) const
{
    if (m_cert == other.m_cert)
        return true;
    return m_cert && other.m_cert && X509_cmp(m_cert.get(), other.m_cert.get()) == 0;
}

// --- RevocationList --------------------------------------------------------------------

RevocationList RevocationList::adopt(X509_CRL *crl)
{
    RevocationList l;
    if (crl)
        l.m_crl.reset(crl, X509_CRL_free);
    return l;
}

Result<RevocationList> RevocationList::fromPemOrDer(const QByteArray &bytes)
{
    X509_CRL *crl = nullptr;
    if (looksLikePem(bytes)) {
        BioPtr bio = memoryBio(bytes);
        crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
        // One list per file: a second one would be dropped unseen (and with it, perhaps, the
        // list of the signer's CA).
        if (crl && bytes.indexOf("-----BEGIN X509 CRL-----", bytes.indexOf("-----BEGIN X509 CRL-----") + 1) >= 0) {
            X509_CRL_free(crl);
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate("cooc::esign::Pki",
                                                           "The file holds more than one certificate revocation list; "
                                                           "give each list in a file of its own."));
        }
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        crl = d2i_X509_CRL(nullptr, &p, long(bytes.size()));
        if (crl && p != reinterpret_cast<const unsigned char *>(bytes.constData()) + bytes.size()) {
            X509_CRL_free(crl); // bytes after the list: another list, or not one at all
            crl = nullptr;
        }
    }
    if (!crl)
        return formatError(QT_TRANSLATE_NOOP("cooc::esign::Pki", "certificate revocation list"));
    return adopt(crl);
}

QByteArray RevocationList::toDer() const
{
    if (!m_crl)
        return {};
    unsigned char *out = nullptr;
    const int len = i2d_X509_CRL(m_crl.get(), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

QByteArray RevocationList::toPem() const
{
    if (!m_crl)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_CRL(bio.get(), m_crl.get());
    return bioBytes(bio.get());
}

QString RevocationList::issuerText() const
{
    return m_crl ? nameText(X509_CRL_get_issuer(m_crl.get())) : QString();
}

QDateTime RevocationList::thisUpdate() const
{
    return m_crl ? toDateTime(X509_CRL_get0_lastUpdate(m_crl.get())) : QDateTime();
}

QDateTime RevocationList::nextUpdate() const
{
    return m_crl ? toDateTime(X509_CRL_get0_nextUpdate(m_crl.get())) : QDateTime();
}

} // namespace cooc::esign
