#pragma once

// Value types for keys, certificates and CRLs shared by the certificate authority (tests,
// demo school) and the verifier. Copies share the underlying OpenSSL object (up_ref), which
// is never modified after construction, so they may be read from several threads at once.

#include "models/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;
typedef struct X509_crl_st X509_CRL;
typedef struct asn1_string_st ASN1_TIME;
typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;

namespace cooc::esign {

// Object identifiers of the Taiwanese citizen certificate (MOICA) profile.
namespace oid {
inline constexpr char moicaHolderPolicy[] = "2.16.886.101.0.3.3";  // certificatePolicies of holder certificates
inline constexpr char subjectDirectoryAttributes[] = "2.5.29.9";  // extension
inline constexpr char idLast4Attribute[] = "2.16.886.1.100.2.51"; // inside SDA: last 4 ID characters
inline constexpr char cardNumberAttribute[] = "2.16.886.1.100.2.204"; // CMS signed attribute
inline constexpr char timeStampToken[] = "1.2.840.113549.1.9.16.2.14"; // CMS unsigned attribute (RFC 3161)
} // namespace oid

enum class Digest { Sha1, Sha256, Sha384, Sha512 };
const char *digestName(Digest digest); // "SHA1", "SHA256", ... (OpenSSL fetch names)

// A private key (RSA or EC). Generating RSA keys is slow: generate once, reuse for many
// certificates.
class PrivateKey
{
public:
    PrivateKey() = default;
    static PrivateKey generateRsa(int bits = 2048);
    static PrivateKey generateEc(const char *curve = "P-256"); // "P-256", "P-384", "P-521"
    static Result<PrivateKey> fromPem(const QByteArray &pem);  // unencrypted PKCS#8 or traditional
    static PrivateKey adopt(EVP_PKEY *key);                    // takes ownership

    QByteArray toPem() const; // unencrypted PKCS#8
    QByteArray publicKeyDer() const;
    bool isNull() const { return !m_key; }
    EVP_PKEY *get() const { return m_key.get(); }

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

class Certificate
{
public:
    Certificate() = default;
    // `context`: the OpenSSL library context the certificate lives in (null: the default).
    static Result<Certificate> fromDer(const QByteArray &der, OSSL_LIB_CTX *context = nullptr);
    static Result<Certificate> fromPem(const QByteArray &pem, OSSL_LIB_CTX *context = nullptr);
    static Result<Certificate> fromPemOrDer(const QByteArray &bytes, OSSL_LIB_CTX *context = nullptr);
    // Every certificate of a PEM bundle, or the one DER certificate; a damaged certificate block
    // is an error (none of the file is used). Blocks of other kinds are skipped.
    static Result<QList<Certificate>> listFromPemOrDer(const QByteArray &bytes);
    static Certificate adopt(X509 *cert); // takes ownership
    static Certificate share(X509 *cert); // up_ref

    bool isNull() const { return !m_cert; }
    X509 *get() const { return m_cert.get(); }

    QByteArray toDer() const;
    QByteArray toPem() const;
    QByteArray sha256() const; // of the DER encoding: the pin
    QString sha256Hex() const;

    QString subjectCommonName() const;
    QString issuerCommonName() const;
    QString subjectText() const; // RFC 2253, UTF-8
    QString issuerText() const;
    QString serialHex() const;
    QString subjectKeyIdHex() const;   // empty if absent
    QString authorityKeyIdHex() const; // empty if absent
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isCa() const;
    // Whether it names itself as issuer, with a matching key identifier and signature algorithm:
    // a root, which can end a certificate path (OpenSSL ends paths only at self-signed trusted
    // certificates, judged the same way, without checking their own signature).
    bool isSelfSigned() const;
    // Whether `subject` names this certificate as its issuer, with a matching key identifier
    // and signature algorithm (no signature is checked).
    bool mayHaveIssued(const Certificate &subject) const;
    // Whether `other` names the same subject with the same public key (a cross-certificate of a
    // root and that root speak for the same authority).
    bool hasSubjectAndKeyOf(const Certificate &other) const;
    QString keyAlgorithm() const; // "RSA", "EC P-256", ...
    int keyBits() const;

    bool operator==(const Certificate &other) const;

private:
    std::shared_ptr<X509> m_cert;
};

class RevocationList
{
public:
    RevocationList() = default;
    static Result<RevocationList> fromPemOrDer(const QByteArray &bytes);
    static RevocationList adopt(X509_CRL *crl);

    bool isNull() const { return !m_crl; }
    X509_CRL *get() const { return m_crl.get(); }
    QByteArray toDer() const;
    QByteArray toPem() const;
    QString issuerText() const;
    QDateTime thisUpdate() const;
    QDateTime nextUpdate() const; // invalid if absent

private:
    std::shared_ptr<X509_CRL> m_crl;
};

// ASN1_TIME ↔ QDateTime (UTC).
QDateTime toDateTime(const ASN1_TIME *time);

} // namespace cooc::esign
