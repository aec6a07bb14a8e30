#pragma once

// Verifies a parent's e-signature over the consent document, every check of ESIGN.md in
// order (docs/esign.md has the rules and the verdict table):
//   1 format · 2 signed data present · 3 content is this request's document · 4 digest and
//   signature value · 5 algorithm policy · 6 path validation at the best signature time
//   (purpose ANY, auth level 2) · 7 leaf usage/policy · 8 revocation now, revocation date vs
//   best signature time · 9 RFC 3161 timestamp (evaluated first: it sets the best signature
//   time) · 10 identity (CN and the ID's last 4 characters).
// The first check that fails decides the verdict and sub-indication; later checks still run
// where they can, so the report shows as much as is known.
//
// Thread-safety: a SignatureVerifier is immutable and cheap to copy (it shares one
// TrustStore); verify() may run on any number of threads at once.
//
//   auto store = TrustStore::build(config);            // once, off the GUI thread
//   SignatureVerifier verifier(*store);
//   VerificationReport r = verifier.verify(SignatureInput::cms(sig), {name, last4}, doc, clock.now());
//   QFuture<VerificationReport> all = verifier.verifyAsync(jobs, clock.now()); // progress + cancel

#include "app/esign/consentdocument.h"
#include "app/esign/truststore.h"
#include "app/esign/verificationreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>

#include <memory>

namespace cooc::esign {

struct SignatureInput
{
    enum class Format {
        Cms,   // CMS/PKCS#7 SignedData, DER or PEM, content attached or detached (card + reader)
        Pkcs1, // holder certificate + bare RSA PKCS#1 v1.5 signature (mobile citizen certificate)
        None,  // no signature: the paper route → NO_SIGNATURE
    };
    Format format = Format::None;
    QByteArray signature;         // CMS (DER/PEM) or the raw PKCS#1 signature bytes
    QByteArray signerCertificate; // Pkcs1 only: the holder certificate (DER or PEM)

    static SignatureInput cms(QByteArray signature) { return {Format::Cms, std::move(signature), {}}; }
    static SignatureInput pkcs1(QByteArray certificate, QByteArray signature)
    {
        return {Format::Pkcs1, std::move(signature), std::move(certificate)};
    }
    static SignatureInput none() { return {}; }
};

// Who must have signed. An empty field is not checked (the report says so).
struct ExpectedSigner
{
    QString name;    // the applying parent's name, compared with the certificate's CN (NFC)
    QString idLast4; // the last 4 characters of their national ID
    // What the request says the document is for; empty (the CLI): the document's fields are
    // not compared, only its bytes.
    ExpectedConsent consent = {};
};

struct VerificationJob
{
    SignatureInput signature;
    ExpectedSigner signer;
    QByteArray expectedDocument; // the consent document as the request holds it
};

class SignatureVerifier
{
public:
    static constexpr qsizetype maxSignatureBytes = 1 << 20; // larger input: FORMAT_FAILURE
    static constexpr qsizetype maxDocumentBytes = 1 << 20;

    explicit SignatureVerifier(std::shared_ptr<const TrustStore> trust);

    // `now` is the verification time (inject a Clock); revocation is judged at `now`, the
    // certificate path at the best signature time (a trusted timestamp's time, else `now`).
    VerificationReport verify(const SignatureInput &input, const ExpectedSigner &signer,
                              const QByteArray &expectedDocument, const QDateTime &now) const;
    VerificationReport verify(const VerificationJob &job, const QDateTime &now) const
    {
        return verify(job.signature, job.signer, job.expectedDocument, now);
    }

    // Many jobs on QThreadPool::globalInstance() (idealThreadCount workers); results in job
    // order. Watch the future with a QFutureWatcher for progress; cancel() stops early.
    QFuture<VerificationReport> verifyAsync(const QList<VerificationJob> &jobs, const QDateTime &now) const;
    // The same, blocking, on idealThreadCount() joinable worker threads (the caller is one);
    // for the CLI, benchmarks and tests. Results in job order.
    QList<VerificationReport> verifyAll(const QList<VerificationJob> &jobs, const QDateTime &now) const;

    const TrustStore &trust() const { return *m_trust; }

private:
    std::shared_ptr<const TrustStore> m_trust;
};

} // namespace cooc::esign
