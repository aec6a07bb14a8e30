#pragma once

// Internal to app/demo: signs the demo parents' consent documents with the shipped DEMO CA
// (app/esign/certificateauthority.h), including the faulty cases a reviewer must recognise.

#include "app/esign/certificateauthority.h"
#include "app/esign/consentdocument.h"
#include "app/esign/signatureverifier.h"
#include "models/database.h"

#include <QHash>

#include <memory>
#include <vector>

namespace cooc::demo {

enum class SignatureCase {
    ValidCms,           // attached CMS, signer = applicant: TOTAL_PASSED
    ValidCmsDetached,   // detached CMS over the stored document: TOTAL_PASSED
    ValidPkcs1,         // mobile citizen certificate: bare PKCS#1 + holder certificate
    WrongName,          // the certificate's CN is not the applicant's name: SIGNER_MISMATCH
    TamperedSignature,  // a byte of the signature value changed: SIG_CRYPTO_FAILURE
    ContentMismatch,    // signed another document than this request's: CONTENT_MISMATCH / HASH_FAILURE
    ExpiredCertificate, // the holder certificate had expired before signing: EXPIRED
    UntrustedChain,     // issued by a CA nobody configured: NO_CERTIFICATE_CHAIN_FOUND
    NoSignature,        // the paper route: NO_SIGNATURE
};

struct SignedConsent
{
    QByteArray document;    // the canonical consent document stored with the request
    QByteArray signature;   // CMS (DER) or PKCS#1; empty for the paper route
    QByteArray certificate; // holder certificate (DER), for the PKCS#1 form
    QString format;         // cms, pkcs1, none
};

struct TrustRow
{
    QString kind; // anchor, intermediate, crl
    QString label;
    QString sha256;
    QString pem;
};

class DemoSigner
{
public:
    // `crlFrom`: the thisUpdate of the DEMO CRLs issued for this run (before the first
    // request); they stay valid for a year after `now`.
    static Result<std::unique_ptr<DemoSigner>> create(const QDateTime &crlFrom, const QDateTime &now);
    ~DemoSigner();
    Q_DISABLE_COPY_MOVE(DemoSigner)

    // `holder` names the person whose card signs (one certificate per person, cached);
    // `certificateName` is the CN on that card (differs from the applicant's for WrongName).
    Result<SignedConsent> sign(const esign::ConsentDocument &document, const QString &holder,
                               const QString &certificateName, const QString &idLast4, SignatureCase signatureCase,
                               const QDateTime &signedAt, quint64 variation);

    // Verifies as the application would on arrival, at `at`, with the DEMO trust store.
    esign::VerificationReport verify(const SignedConsent &consent, const esign::ExpectedSigner &applicant,
                                     const QDateTime &at) const;

    const std::vector<TrustRow> &trustRows() const { return m_trust; }
    qint64 certificatesIssued() const { return m_issued; }

private:
    DemoSigner() = default;
    Result<esign::Certificate> certificateFor(const QString &holder, const QString &name, const QString &last4,
                                              SignatureCase signatureCase, const QDateTime &signedAt,
                                              esign::PrivateKey *key);

    std::vector<esign::PrivateKey> m_keys;
    esign::CertificateAuthority m_intermediate;
    esign::CertificateAuthority m_untrustedCa;
    QHash<QString, esign::Certificate> m_certificates;
    std::vector<TrustRow> m_trust;
    std::unique_ptr<esign::SignatureVerifier> m_verifier;
    qint64 m_issued = 0;
};

} // namespace cooc::demo
