#pragma once

// Trust for e-signature verification, configured by the school admin and never fetched:
// trust anchors pinned by SHA-256, optional intermediates, CRLs and TSA anchors.
// TrustStore::build() checks the pins, verifies and indexes every CRL once (the real MOICA
// CRL holds ~412,000 entries), and returns an immutable store that any number of threads
// share. It also remembers certificate signatures above the signer that were already proven
// (keyed by the SHA-256 of both certificates), so a batch pays for the shared chain once.

#include "app/esign/pki.h"
#include "app/esign/verificationreport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <shared_mutex>

typedef struct x509_store_st X509_STORE;

namespace cooc::esign {

// The policies an anchor demands of signers unless an administrator said otherwise: the MOICA
// holder policy (the application's trust rows with required_policies NULL, `verify --trust`).
QStringList defaultRequiredPolicies();

struct TrustConfiguration
{
    struct Anchor
    {
        Certificate certificate;
        // The admin's pin (hex SHA-256 of the DER). Empty: the certificate is pinned to its own
        // fingerprint (the admin handed us this very file, e.g. `--trust ROOT.pem`).
        QString pinnedSha256;
        // Policy OIDs of which a signing certificate under this anchor must carry one
        // (MOICA: 2.16.886.101.0.3.3). Empty: no policy required.
        QStringList requiredPolicies;
    };
    QList<Anchor> anchors;
    QList<Certificate> intermediates;   // untrusted helpers for path building
    // Each CRL must verify against its issuer: a configured anchor or intermediate (checked by
    // build()), or a CA that only arrives inside signatures (checked the first time it is met).
    QList<RevocationList> crls;
    QList<Certificate> timestampAnchors; // roots for RFC 3161 TSA certificates

    void addAnchor(const Certificate &certificate, const QStringList &requiredPolicies = {},
                   const QString &pinnedSha256 = {})
    {
        anchors.append({certificate, pinnedSha256, requiredPolicies});
    }
};

class TrustStore
{
public:
    // Fails (InvalidInput) when a pin does not match, a certificate is unusable, or a CRL is
    // not signed by any configured CA.
    static Result<std::shared_ptr<const TrustStore>> build(const TrustConfiguration &config);
    ~TrustStore();
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    struct RevokedEntry
    {
        QDateTime revokedAt;
        int reason = -1; // CRLReason, -1 when absent
    };
    struct IndexedCrl
    {
        RevocationList crl;
        QByteArray issuerKeySha256; // SHA-256 of the issuer's public key; empty until proven
        QString issuerName;
        QString sourceText; // "CRL of <issuer> (this update …, next update …)", translated at build
        MessageText sourceWords; // how sourceText was made (reports show it in the reader's language)
        QDateTime thisUpdate;
        QDateTime nextUpdate;
        bool onlyUserCerts = false;
        bool onlyCaCerts = false;
        // A partition (Issuing Distribution Point with a fullName): its names, DER-encoded. It
        // covers only certificates whose cRLDistributionPoints name one of them (RFC 5280
        // §6.3.3 b.2); empty: the whole CA.
        QList<QByteArray> scope;
        QHash<QByteArray, RevokedEntry> revoked; // by serial number (DER content octets)
    };
    // Whether `crl` speaks for `cert` at all (its partition, if it is one).
    static bool crlCovers(const IndexedCrl &crl, X509 *cert);

    const QList<TrustConfiguration::Anchor> &anchors() const { return m_anchors; }
    QStringList anchorPins() const;
    const TrustConfiguration::Anchor *anchorFor(X509 *cert) const;
    X509_STORE *x509Store() const { return m_store; }
    bool hasTimestampAnchors() const { return !m_tsaAnchors.isEmpty(); }
    // A new store (the caller owns it) of the TSA anchors that verifies certificates at `at`
    // (the verification's time, never the computer's clock); null when there are none.
    X509_STORE *newTimestampStore(const QDateTime &at) const;
    const QList<Certificate> &intermediates() const { return m_intermediates; }
    // CRLs whose signature verifies with `issuer`'s key (verified once, then cached).
    QList<const IndexedCrl *> crlsFor(X509 *issuer) const;
    bool hasCrls() const { return !m_crls.isEmpty(); }

    // The cache of proven CA-certificate signatures (thread-safe).
    bool isProven(const QByteArray &edge) const;
    void markProven(const QByteArray &edge) const;

    static QByteArray publicKeySha256(X509 *cert);
    // SHA-256 of a certificate's DER; precomputed for configured certificates.
    QByteArray fingerprint(X509 *cert) const;
    // A held certificate with exactly these DER bytes: configured ones, and CA certificates
    // seen in earlier signatures (a parse cache; holding one implies no trust).
    Certificate knownCertificate(const QByteArray &der) const;
    // Remembers a CA certificate from a signature, unless it is large (a real CA certificate
    // is 1–2 KB: the cache must not become a way to hold memory with crafted input) or the
    // cache is full (256 certificates, 1 MiB of DER).
    void learnCertificate(const Certificate &caCertificate) const;
    static constexpr qsizetype maxLearnedCertificateBytes = 8 * 1024;
    // Summary of a configured certificate (null for others).
    const CertificateInfo *knownInfo(X509 *cert) const;

private:
    TrustStore() = default;

    QList<TrustConfiguration::Anchor> m_anchors;
    QStringList m_anchorPins; // of m_anchors, in order
    QList<Certificate> m_intermediates;
    QList<IndexedCrl> m_crls;
    X509_STORE *m_store = nullptr;
    QList<Certificate> m_tsaAnchors;

    QHash<const X509 *, QByteArray> m_fingerprints; // configured certificates
    QHash<const X509 *, QByteArray> m_keyHashes;    // configured certificates: publicKeySha256
    QHash<const X509 *, CertificateInfo> m_infos;
    QHash<QByteArray, Certificate> m_byDer; // configured certificates

    mutable std::shared_mutex m_learnedLock;
    mutable QHash<QByteArray, Certificate> m_learned; // CA certificates from signatures, bounded
    mutable qsizetype m_learnedBytes = 0; // their DER, in all

    mutable std::shared_mutex m_provenLock;
    mutable QSet<QByteArray> m_proven;               // CA certificate signatures
    mutable QHash<QByteArray, bool> m_crlProofs;     // CRL index + issuer key → signature valid
};

} // namespace cooc::esign
