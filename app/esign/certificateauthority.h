#pragma once

// A small certificate authority for tests, benchmarks and the demo school. It issues the
// same shapes as the real Taiwanese chain (GRCA → MOICA → holder): holder certificates
// with CN = the holder's name, policy 2.16.886.101.0.3.3 and the last 4 ID characters in
// the Subject Directory Attributes extension; CRLs; CMS and PKCS#1 signatures; RFC 3161
// timestamps. Never used to decide whether a real signature is valid.

#include "app/esign/pki.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cooc::esign {

class TimestampAuthority;

// What a holder certificate says and allows.
struct HolderProfile
{
    enum class Usage {
        Signing,        // keyUsage digitalSignature + nonRepudiation (the signing certificate)
        DigitalSignatureOnly, // keyUsage digitalSignature
        NonRepudiationOnly,   // keyUsage nonRepudiation
        EncryptionOnly, // keyUsage keyEncipherment (the card's encryption certificate)
        None,           // no keyUsage extension
    };
    QString commonName;         // the holder's name (UTF-8, rare characters welcome)
    QString idLast4;            // empty: no Subject Directory Attributes extension
    Usage usage = Usage::Signing;
    bool holderPolicy = true;   // certificatePolicies 2.16.886.101.0.3.3
    QStringList otherPolicies;  // certificatePolicies listed before the holder policy
    QByteArray subjectDirectoryAttributes; // for tests: the extension's contents as given (not idLast4's)
    bool isCa = false;          // for negative tests: a CA certificate used as a signer
    QDateTime notBefore;        // invalid: now − 1 day
    QDateTime notAfter;         // invalid: notBefore + 2 years
    Digest digest = Digest::Sha256; // the issuer's signature digest over this certificate
    QString email;              // optional subjectAltName rfc822Name
    QString crlDistributionPoint; // optional cRLDistributionPoints fullName URI
};

struct RevokedEntry
{
    enum class Reason { Unspecified = 0, KeyCompromise = 1, Superseded = 4, CessationOfOperation = 5,
                        CertificateHold = 6 };
    Certificate certificate; // or serialHex when only the number is known
    QString serialHex;
    QDateTime revokedAt;
    Reason reason = Reason::Unspecified;
};

struct CmsSignOptions
{
    bool detached = false;               // content not embedded (signature over expected bytes)
    bool pem = false;                    // PEM ("-----BEGIN CMS-----") instead of DER
    bool signedAttributes = true;        // false: the signature is over the content itself (no
                                         // signingTime; a cardNumber cannot be given)
    Digest digest = Digest::Sha256;
    QDateTime signingTime;               // signingTime attribute; invalid: the current time
    QString cardNumber;                  // card-number attribute (2.16.886.1.100.2.204) if set
    QList<Certificate> extraCertificates; // e.g. the intermediate; empty: not embedded
    const TimestampAuthority *timestamp = nullptr; // adds an RFC 3161 token (unsigned attribute)
    QDateTime timestampTime;             // the TSA's genTime; invalid: now
};

class CertificateAuthority
{
public:
    CertificateAuthority() = default;

    // A self-signed root. Names are CNs; organisation/country are added as given.
    static Result<CertificateAuthority> createRoot(const QString &commonName, const PrivateKey &key,
                                                   const QDateTime &notBefore, const QDateTime &notAfter,
                                                   Digest digest = Digest::Sha256,
                                                   const QString &organization = {});
    // A CA whose certificate is issued by this one (pathlen 0: issues holders only).
    Result<CertificateAuthority> createIntermediate(const QString &commonName, const PrivateKey &key,
                                                    const QDateTime &notBefore, const QDateTime &notAfter,
                                                    Digest digest = Digest::Sha256,
                                                    const QString &organization = {}) const;
    // An existing CA from its certificate and key (e.g. the shipped DEMO CA).
    static Result<CertificateAuthority> load(const Certificate &certificate, const PrivateKey &key);
    static Result<CertificateAuthority> loadPem(const QByteArray &certificatePem, const QByteArray &keyPem);

    bool isNull() const { return m_cert.isNull(); }
    const Certificate &certificate() const { return m_cert; }
    const PrivateKey &key() const { return m_key; }

    // A holder certificate for `subjectKey` (its public half is certified). Serial numbers
    // are random 64-bit values.
    Result<Certificate> issueHolder(const HolderProfile &profile, const PrivateKey &subjectKey) const;
    // A timestamping certificate (extendedKeyUsage timeStamping, critical).
    Result<Certificate> issueTimestampingCertificate(const QString &commonName, const PrivateKey &subjectKey,
                                                     const QDateTime &notBefore, const QDateTime &notAfter) const;
    // A v2 CRL listing `revoked` (an invalid nextUpdate is omitted). With `distributionPoint`, a
    // partition of the CA's CRL: a critical Issuing Distribution Point with that fullName URI.
    Result<RevocationList> issueCrl(const QList<RevokedEntry> &revoked, const QDateTime &thisUpdate,
                                    const QDateTime &nextUpdate, Digest digest = Digest::Sha256,
                                    const QString &distributionPoint = {}) const;

private:
    Certificate m_cert;
    PrivateKey m_key;
};

// An RFC 3161 time-stamping authority (for tests and the demo): signs tokens at a chosen time.
class TimestampAuthority
{
public:
    TimestampAuthority(Certificate certificate, PrivateKey key, QList<Certificate> chain = {});
    // A TimeStampToken (DER ContentInfo) whose imprint is SHA-256(data) and genTime `at`.
    Result<QByteArray> timestampToken(const QByteArray &data, const QDateTime &at) const;
    const Certificate &certificate() const { return m_cert; }

private:
    Certificate m_cert;
    PrivateKey m_key;
    QList<Certificate> m_chain;
};

// CMS SignedData over `content` by `signer` (its certificate is always embedded).
Result<QByteArray> signCms(const QByteArray &content, const Certificate &signer, const PrivateKey &key,
                           const CmsSignOptions &options = {});
// The mobile citizen certificate form: a bare RSA PKCS#1 v1.5 signature over `content`.
Result<QByteArray> signPkcs1(const QByteArray &content, const PrivateKey &key, Digest digest = Digest::Sha256);

// The DEMO chain shipped in resources/demo (":/demo/..."): RSA-2048, labelled NOT REAL.
namespace demo {
Result<CertificateAuthority> rootCa();
Result<CertificateAuthority> intermediateCa(); // issues the demo parents' certificates
Result<RevocationList> intermediateCrl();      // current CRL of the intermediate (nothing revoked)
Result<RevocationList> rootCrl();              // the root's CRL (nothing revoked)
} // namespace demo

} // namespace cooc::esign
