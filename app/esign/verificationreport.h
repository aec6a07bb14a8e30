#pragma once

// The outcome of verifying one e-signature, in the ETSI EN 319 102-1 vocabulary the EU DSS
// validator uses (see docs/esign.md). Stored as JSON with every decision so an audit can
// re-run the verification: it names the inputs by their SHA-256, the trust anchors by their
// pins, and the time that was used.

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cooc::esign {

enum class Verdict {
    NotVerified,   // not checked yet                       未驗證 (grey)
    NoSignature,   // the paper route: nothing to check      無簽章 (grey)
    TotalPassed,   // every check passed                     有效 (green)
    TotalFailed,   // cannot be approved on this signature   無效 (red)
    Indeterminate, // manual review or retry, not rejection  無法確認 (amber)
};

enum class SubIndication {
    None,
    // TOTAL_FAILED
    FormatFailure,
    HashFailure,
    SigCryptoFailure,
    Revoked,
    Expired,
    NotYetValid,
    ContentMismatch,
    SignerMismatch,
    // INDETERMINATE
    NoCertificateChainFound,
    ChainConstraintsFailure,
    CryptoConstraintsFailure,
    TryLater,
    RevokedNoPoe,
    OutOfBoundsNoPoe,
    SignedDataNotFound,
};

QString verdictCode(Verdict verdict);                 // "TOTAL_PASSED", ... (stable, stored)
std::optional<Verdict> verdictFromCode(const QString &code);
QString subIndicationCode(SubIndication sub);         // "HASH_FAILURE", ...; empty for None
std::optional<SubIndication> subIndicationFromCode(const QString &code); // "" → None
Verdict verdictOf(SubIndication sub);                 // the table: which verdict a sub-indication belongs to
QString verdictLabel(Verdict verdict);                // translated: "Valid", "Invalid", "Cannot be confirmed", ...
QString subIndicationText(SubIndication sub);         // translated one-line explanation
QString subIndicationTextForCode(const QString &code); // the same for a stored code (unknown: the code)

// One of the two summary lines (like a PDF reader): signature integrity, certificate status.
enum class CheckStatus { Valid, Invalid, Unknown, NotChecked };
QString checkStatusCode(CheckStatus status); // "valid", "invalid", "unknown", "not_checked"

// How a message's words were made, so that a stored report reads in the language of whoever
// opens it rather than of whoever verified (the command line verifies in English): the
// English source of a translatable text and the arguments of each .arg() step, each itself
// such a text or a plain string (a name, a time, a number).
struct MessageText
{
    QString source; // as written in the code; empty: `plain` is the whole text
    QString context; // its translation context; empty: "cooc::esign::SignatureVerifier"
    QString plain;
    std::vector<std::vector<MessageText>> steps;

    QString toString() const; // in the current language
    bool operator==(const MessageText &) const = default;
};

// `text` with one .arg() step applied, as MessageText::toString() applies each.
QString withArguments(const QString &text, const std::vector<MessageText> &step);

struct ReportMessage
{
    QString code; // stable identifier, e.g. "no_timestamp"
    QString text; // translated when the report was made
    // For errors, the line of the two-line summary it explains: "integrity" (the signature
    // itself) or "certificate"; empty for warnings, infos and reports stored before it existed.
    QString line = {};
    MessageText words = {}; // empty source: only `text` is known (reports stored before it existed)

    // The text in the current language when its words are known and give back the stored
    // text — as written (English), in the current language, or through `madeIn` (another
    // language's catalogue: context and source to its translation, empty when it has none) —
    // else the text as stored: words that do not are not this message's (a report edited by
    // hand, a message since reworded).
    QString displayText(const std::function<QString(const char *context, const char *source)> &madeIn = {}) const;
    bool operator==(const ReportMessage &) const = default;
};

struct CertificateInfo
{
    QString subject;      // RFC 2253
    QString commonName;
    QString issuer;
    QString serialHex;
    QString subjectKeyId; // hex; tells MOICA G2 from G3 (same name)
    QString authorityKeyId;
    QString sha256;       // of the DER: the pin for anchors
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyAlgorithm; // "RSA", "EC P-256"
    int keyBits = 0;
    bool trustAnchor = false;
    bool operator==(const CertificateInfo &) const = default;
};

enum class TimeSource { None, Timestamp, VerificationTime };

struct VerificationReport
{
    Verdict verdict = Verdict::NotVerified;
    SubIndication subIndication = SubIndication::None;
    CheckStatus integrity = CheckStatus::NotChecked;         // digest + signature value (+ content)
    CheckStatus certificateStatus = CheckStatus::NotChecked; // chain, validity, revocation, identity

    // Signer
    QString signerName;          // subject CN of the signing certificate
    QString signerIdLast4Masked; // "*789" (Subject Directory Attributes); empty if absent
    QString cardNumber;          // signed attribute 2.16.886.1.100.2.204, if present
    bool signerNameMatches = false;
    bool signerIdMatches = false;
    bool identityChecked = false; // false when no expected signer was given

    QList<CertificateInfo> chain; // signing certificate first, trust anchor last

    // Times
    QDateTime verificationTime;   // "now" as the verifier was told
    QDateTime bestSignatureTime;  // the time the signature is proven to exist (or now)
    TimeSource bestSignatureTimeSource = TimeSource::None;
    QDateTime claimedSigningTime; // signingTime attribute: the signer's PC clock, information only
    QString timestampAuthority;   // CN of the TSA whose token was accepted

    // Revocation
    QString revocationStatus = QStringLiteral("not_checked"); // "good", "revoked", "on_hold", "unknown"
    QString revocationSource;     // e.g. "CRL of <issuer>, this update …, next update …"
    QDateTime revocationCheckedAt;
    QDateTime revokedAt;
    QDateTime crlThisUpdate;
    QDateTime crlNextUpdate;

    // Algorithms
    QString signatureFormat;      // "cms-attached", "cms-detached", "pkcs1"
    QString digestAlgorithm;      // "SHA256"
    QString signatureAlgorithm;   // "RSA PKCS#1 v1.5", "ECDSA", "RSA-PSS"
    QString keyAlgorithm;         // of the signing certificate
    int keyBits = 0;

    QList<ReportMessage> errors;
    QList<ReportMessage> warnings;
    QList<ReportMessage> infos;

    // What an audit needs to re-run it
    QString documentSha256;            // the expected document (hex)
    QString signatureSha256;           // the signature input (hex)
    QString signerCertificateSha256;   // the certificate given beside a PKCS#1 signature (hex)
    QStringList trustAnchorSha256;     // pins of every configured anchor
    QString verifierVersion;           // "cooc-esign/1"

    bool passed() const { return verdict == Verdict::TotalPassed; }

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // compact UTF-8
    static Result<VerificationReport> fromJson(const QJsonObject &json);
    static Result<VerificationReport> fromJsonBytes(const QByteArray &json);
    // A report for a request that was not checked or came on paper.
    static VerificationReport notVerified();
    static VerificationReport noSignature();

    bool operator==(const VerificationReport &) const = default;
};

} // namespace cooc::esign
