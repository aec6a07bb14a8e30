#pragma once

// Internal to the verifier: the state of one verification and the path/revocation checks.

#include "app/esign/openssl.h"
#include "app/esign/signatureverifier.h"

#include <optional>

namespace cooc::esign::detail {

// A translated text that remembers how it was made (MessageText), so that the report can
// show it in another language later. Used like the QString tr() returns: .arg() steps, and
// it converts to the QString of the current language.
class Text
{
public:
    explicit Text(const char *source);
    static Text plain(const QString &text);
    // A text made elsewhere (e.g. once, when the trust store was built) with its words.
    static Text made(const QString &text, const MessageText &words);

    template <typename... Args> Text arg(const Args &...args) const &
    {
        return Text(*this).arg(args...);
    }
    template <typename... Args> Text arg(const Args &...args) &&
    {
        std::vector<MessageText> step { wordsOf(args)... };
        m_text = withArguments(m_text, step);
        m_words.steps.push_back(std::move(step));
        return std::move(*this);
    }

    const QString &toString() const { return m_text; }
    operator QString() const { return m_text; } // NOLINT(google-explicit-constructor): a drop-in for tr()
    const MessageText &words() const { return m_words; }

private:
    Text() = default;
    static MessageText wordsOf(const Text &text) { return text.m_words; }
    static MessageText wordsOf(const QString &text) { return MessageText { {}, {}, text, {} }; }
    template <typename Number, typename = std::enable_if_t<std::is_arithmetic_v<Number>>>
    static MessageText wordsOf(Number n)
    {
        return MessageText { {}, {}, QString::number(n), {} };
    }

    QString m_text; // in the current language
    MessageText m_words; // how it was made
};

Text tr(const char *text); // context "cooc::esign::SignatureVerifier"

enum class Line { Integrity, Certificate };

// One verification in progress: the report being filled and the first failure.
struct Run
{
    const TrustStore &trust;
    VerificationReport report;
    QDateTime now;
    std::optional<SubIndication> decided;
    std::optional<SubIndication> integrityFailure;
    std::optional<SubIndication> certificateFailure;
    bool integrityChecked = false;   // steps 1–5 completed
    bool certificateChecked = false; // steps 6–8 and 10 completed
    unsigned char documentDigest[EVP_MAX_MD_SIZE] = {}; // SHA-256 of the expected document
    unsigned int documentDigestLength = 0;

    void fail(Line line, SubIndication sub, const QString &code, const Text &text);
    void warn(const QString &code, const Text &text) { report.warnings.append({ code, text, {}, text.words() }); }
    void info(const QString &code, const Text &text) { report.infos.append({ code, text, {}, text.words() }); }
    VerificationReport finish();
};

// A time inside a message: Taipei time, "2026/11/28 17:30:00 (UTC+8)", as the application
// shows times (the report's own time fields stay ISO 8601 UTC).
QString messageTime(const QDateTime &t);

// Interned OIDs (created once, never freed).
const ASN1_OBJECT *objectFor(const char *oidText);
// Digest by NID, fetched once per process for the common ones (null if unavailable).
const EVP_MD *digestFor(int nid);
bool digestAllowed(int nid); // SHA-256/384/512
QString digestLabel(int nid);

// The report's summary of `cert` in a chain; `issuer` (with its summary) and `signer` let it
// reuse what is already known (may be null).
CertificateInfo describe(const Run &run, X509 *cert, bool anchor, X509 *issuer, const CertificateInfo *issuerInfo,
                         X509 *signer);

// Steps 6–8 for `leaf`: path at the best signature time, leaf constraints, revocation now.
// `embedded` are the certificates that came with the signature (may be null).
void validateCertificate(Run &run, X509 *leaf, STACK_OF(X509) *embedded);

// Step 10: CN and SDA last-4 against the expected signer.
void checkIdentity(Run &run, X509 *leaf, const ExpectedSigner &expected);

// A CMS signature's DER as it is best parsed: without the certificates the TrustStore already
// holds (those are in `held`), in a context for the key kind of the certificates left. When
// the structure is not plain DER, `der` as it is, nothing held, any kind.
struct CmsForParsing
{
    QByteArray der;
    QList<Certificate> held;
    ossl::KeyKind keys = ossl::KeyKind::Any;
};
CmsForParsing forParsing(const QByteArray &der, const TrustStore &trust);

// Step 4 for an RSA PKCS#1 v1.5 signature over `data` without signed attributes: the
// DigestInfo is recovered and must be exactly the DER one of RFC 8017 (parameters NULL).
struct RawCheck
{
    enum Outcome { Ok, HashMismatch, BadSignature, Unsupported } outcome = BadSignature;
    int digestNid = NID_undef;
};
RawCheck checkRsaPkcs1(EVP_PKEY *key, const QByteArray &signature, const QByteArray &data);

// Step 4 for an EC key's signature over signed attributes without CMS_SignerInfo_verify, which
// re-encodes the attributes and sets up a digest-verify context (three fetches) per signature:
// `attributes` as received (signedAttributesOf) hashed with `md` and verified with `key` in
// `context`. Only when the attributes keep the rules CMS_SignerInfo_verify checks first in the
// plainest way (each signed attribute once with one value, no signed countersignature, only
// timestamp tokens unsigned) and are byte for byte the DER it would hash. 1: verified, 0: not
// (let CMS_SignerInfo_verify decide), -1: not a case handled here.
int verifyEcSignedAttributes(EVP_PKEY *key, OSSL_LIB_CTX *context, const EVP_MD *md, CMS_SignerInfo *si,
                             QByteArrayView attributes);
// The [0] IMPLICIT signedAttrs TLV of a DER SignedData's one SignerInfo, as received.
std::optional<QByteArrayView> signedAttributesOf(const QByteArray &der);

// The last 4 ID characters from the Subject Directory Attributes extension (empty if absent).
QString idLast4From(X509 *cert);

} // namespace cooc::esign::detail
