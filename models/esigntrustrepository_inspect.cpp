// EsignTrustRepository::inspect(): what a certificate or CRL file holds, with OpenSSL.
#include "models/esigntrustrepository.h"
#include "models/esigntrustrepository_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::EsignTrustRepository", text);
}

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct CrlFree
{
    void operator()(X509_CRL *c) const { X509_CRL_free(c); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using CrlPtr = std::unique_ptr<X509_CRL, CrlFree>;

QString opensslErrors()
{
    QStringList texts;
    while (unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        texts << QString::fromLatin1(buffer);
    }
    return texts.join(QStringLiteral("; "));
}

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Code::InvalidInput, message, detail);
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    if (!time)
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QString commonName(const X509_NAME *name)
{
    if (!name)
        return {};
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (size < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

template<typename T, int (*I2d)(const T *, unsigned char **)>
QByteArray toDer(const T *object)
{
    const int size = I2d(object, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    I2d(object, &out);
    return der;
}

// One PEM block as read by PEM_read_bio: its type ("CERTIFICATE", "X509 CRL", ...) and DER.
struct PemBlock
{
    QString type;
    QByteArray der;
};

// Every PEM block of `bytes`; nullopt when `bytes` is not PEM at all.
std::optional<QList<PemBlock>> pemBlocks(const QByteArray &bytes)
{
    if (!bytes.contains("-----BEGIN "))
        return std::nullopt;
    BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    QList<PemBlock> blocks;
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1)
            break;
        blocks.append({QString::fromLatin1(name),
                       QByteArray(reinterpret_cast<const char *>(data), int(length))});
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
    }
    ERR_clear_error(); // the loop ends with "no start line"
    return blocks;
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (cert && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        cert.reset(); // trailing bytes: not one well-formed certificate
    return cert;
}

CrlPtr crlFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
    if (crl && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        crl.reset();
    return crl;
}

bool isCertificateType(const QString &type)
{
    return type == QLatin1String("CERTIFICATE") || type == QLatin1String("X509 CERTIFICATE")
        || type == QLatin1String("TRUSTED CERTIFICATE");
}

// Why a PEM block of this type is not what was asked for.
QString wrongBlockMessage(const QString &type, bool wantCertificate)
{
    if (type.contains(QLatin1String("PRIVATE KEY")))
        return tr("This file holds a private key, not a %1. Never hand a private key to anyone; choose the "
                  "certificate file instead.")
            .arg(wantCertificate ? tr("certificate") : tr("revocation list"));
    if (wantCertificate && type == QLatin1String("X509 CRL"))
        return tr("This file holds a revocation list (CRL), not a certificate. Add it as a revocation list.");
    if (!wantCertificate && isCertificateType(type))
        return tr("This file holds a certificate, not a revocation list (CRL).");
    return tr("This file holds a \"%1\" block, not a %2.")
        .arg(type, wantCertificate ? tr("certificate") : tr("revocation list (CRL)"));
}

QByteArray sha256(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

Result<TrustMaterialInfo> certificateInfo(TrustMaterial::Kind kind, const QByteArray &der)
{
    X509Ptr cert = certificateFromDer(der);
    if (!cert)
        return invalid(tr("The certificate in this file is damaged: it is not valid DER."), opensslErrors());
    TrustMaterialInfo info;
    info.kind = kind;
    info.der = toDer<X509, i2d_X509>(cert.get());
    info.sha256 = QString::fromLatin1(sha256(info.der).toHex());
    info.subject = nameText(X509_get_subject_name(cert.get()));
    info.commonName = commonName(X509_get_subject_name(cert.get()));
    info.issuer = nameText(X509_get_issuer_name(cert.get()));
    info.issuerCommonName = commonName(X509_get_issuer_name(cert.get()));
    info.validFrom = fromAsn1(X509_get0_notBefore(cert.get()));
    info.validUntil = fromAsn1(X509_get0_notAfter(cert.get()));
    info.isCa = (X509_get_extension_flags(cert.get()) & EXFLAG_CA) != 0;
    info.selfSigned = X509_self_signed(cert.get(), 0) == 1;
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    info.pem = QByteArray(data, int(size));
    ERR_clear_error();
    if (!info.validFrom.isValid() || !info.validUntil.isValid())
        return invalid(tr("The certificate's validity dates cannot be read."));
    return info;
}

Result<TrustMaterialInfo> crlInfo(const QByteArray &der)
{
    CrlPtr crl = crlFromDer(der);
    if (!crl)
        return invalid(tr("The revocation list (CRL) in this file does not parse: it is not valid DER."),
                       opensslErrors());
    TrustMaterialInfo info;
    info.kind = TrustMaterial::Kind::Crl;
    info.der = toDer<X509_CRL, i2d_X509_CRL>(crl.get());
    info.sha256 = QString::fromLatin1(sha256(info.der).toHex());
    info.subject = nameText(X509_CRL_get_issuer(crl.get()));
    info.commonName = commonName(X509_CRL_get_issuer(crl.get()));
    info.issuer = info.subject;
    info.validFrom = fromAsn1(X509_CRL_get0_lastUpdate(crl.get()));
    info.validUntil = fromAsn1(X509_CRL_get0_nextUpdate(crl.get()));
    STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl.get());
    info.revokedCount = revoked ? sk_X509_REVOKED_num(revoked) : 0;
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_CRL(bio.get(), crl.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    info.pem = QByteArray(data, int(size));
    ERR_clear_error();
    if (!info.validFrom.isValid())
        return invalid(tr("The revocation list's issue date (thisUpdate) cannot be read."));
    return info;
}

} // namespace

QString TrustMaterialInfo::displayFingerprint(const QString &hex)
{
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

QString TrustMaterialInfo::defaultLabel() const
{
    const QString name = commonName.isEmpty() ? subject : commonName;
    if (kind == TrustMaterial::Kind::Crl)
        return tr("CRL: %1").arg(name);
    return name;
}

std::optional<QString> normalizeSha256(const QString &text)
{
    QString hex;
    hex.reserve(64);
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return std::nullopt;
        hex += QChar(u);
    }
    if (hex.size() != 64)
        return std::nullopt;
    return hex;
}

Result<TrustMaterialInfo> EsignTrustRepository::inspect(TrustMaterial::Kind kind, const QByteArray &bytes)
{
    const bool wantCertificate = TrustMaterial::isCertificateKind(kind);
    if (bytes.trimmed().isEmpty())
        return invalid(tr("The file is empty."));
    if (bytes.size() > maxFileBytes)
        return invalid(tr("The file is larger than %1 MB; it is not a certificate or revocation list.")
                           .arg(maxFileBytes / (1024 * 1024)));

    QByteArray der;
    if (auto blocks = pemBlocks(bytes)) {
        if (blocks->isEmpty())
            return invalid(tr("The file looks like PEM but holds no readable block (the Base64 text is damaged)."));
        QList<PemBlock> wanted;
        for (const PemBlock &block : *blocks) {
            const bool matches = wantCertificate ? isCertificateType(block.type) : block.type == QLatin1String("X509 CRL");
            if (matches)
                wanted.append(block);
            else if (block.type.contains(QLatin1String("PRIVATE KEY")))
                return invalid(wrongBlockMessage(block.type, wantCertificate)); // never store a key by accident
        }
        if (wanted.isEmpty())
            return invalid(wrongBlockMessage(blocks->first().type, wantCertificate));
        if (wanted.size() > 1)
            return invalid(wantCertificate
                               ? tr("This file holds %1 certificates. Add them one at a time, each with its own "
                                    "fingerprint check.").arg(wanted.size())
                               : tr("This file holds %1 revocation lists. Add them one at a time.").arg(wanted.size()));
        der = wanted.first().der;
    } else {
        der = bytes;
        // DER: say so when it is the other kind of object.
        if (wantCertificate && !certificateFromDer(der) && crlFromDer(der))
            return invalid(wrongBlockMessage(QStringLiteral("X509 CRL"), true));
        if (!wantCertificate && !crlFromDer(der) && certificateFromDer(der))
            return invalid(wrongBlockMessage(QStringLiteral("CERTIFICATE"), false));
        ERR_clear_error();
        if (wantCertificate && !certificateFromDer(der)) {
            ERR_clear_error();
            return invalid(tr("This file is not a certificate: neither PEM (\"-----BEGIN CERTIFICATE-----\") nor "
                              "DER."));
        }
        if (!wantCertificate && !crlFromDer(der)) {
            ERR_clear_error();
            return invalid(tr("This file is not a revocation list (CRL): neither PEM (\"-----BEGIN X509 CRL-----\") "
                              "nor DER."));
        }
    }
    return wantCertificate ? certificateInfo(kind, der) : crlInfo(der);
}

namespace trustdetail {

CrlIssuer crlIssuedBy(const QByteArray &crlDer, const QByteArray &certificateDer)
{
    CrlPtr crl = crlFromDer(crlDer);
    X509Ptr cert = certificateFromDer(certificateDer);
    if (!crl || !cert) {
        ERR_clear_error();
        return CrlIssuer::OtherName;
    }
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(cert.get())) != 0)
        return CrlIssuer::OtherName;
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    const bool ok = key && X509_CRL_verify(crl.get(), key) == 1;
    ERR_clear_error();
    return ok ? CrlIssuer::Verifies : CrlIssuer::DoesNotVerify;
}

bool sameIssuer(const QByteArray &crlDerA, const QByteArray &crlDerB)
{
    CrlPtr a = crlFromDer(crlDerA);
    CrlPtr b = crlFromDer(crlDerB);
    ERR_clear_error();
    return a && b && X509_NAME_cmp(X509_CRL_get_issuer(a.get()), X509_CRL_get_issuer(b.get())) == 0;
}

} // namespace trustdetail

} // namespace cooc
