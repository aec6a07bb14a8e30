#include "app/esign/verificationreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <limits>

namespace cooc::esign {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::esign::VerificationReport", text);
}

struct SubInfo
{
    SubIndication sub;
    const char *code;
    Verdict verdict;
};

constexpr SubInfo subTable[] = {
    {SubIndication::FormatFailure, "FORMAT_FAILURE", Verdict::TotalFailed},
    {SubIndication::HashFailure, "HASH_FAILURE", Verdict::TotalFailed},
    {SubIndication::SigCryptoFailure, "SIG_CRYPTO_FAILURE", Verdict::TotalFailed},
    {SubIndication::Revoked, "REVOKED", Verdict::TotalFailed},
    {SubIndication::Expired, "EXPIRED", Verdict::TotalFailed},
    {SubIndication::NotYetValid, "NOT_YET_VALID", Verdict::TotalFailed},
    {SubIndication::ContentMismatch, "CONTENT_MISMATCH", Verdict::TotalFailed},
    {SubIndication::SignerMismatch, "SIGNER_MISMATCH", Verdict::TotalFailed},
    {SubIndication::NoCertificateChainFound, "NO_CERTIFICATE_CHAIN_FOUND", Verdict::Indeterminate},
    {SubIndication::ChainConstraintsFailure, "CHAIN_CONSTRAINTS_FAILURE", Verdict::Indeterminate},
    {SubIndication::CryptoConstraintsFailure, "CRYPTO_CONSTRAINTS_FAILURE", Verdict::Indeterminate},
    {SubIndication::TryLater, "TRY_LATER", Verdict::Indeterminate},
    {SubIndication::RevokedNoPoe, "REVOKED_NO_POE", Verdict::Indeterminate},
    {SubIndication::OutOfBoundsNoPoe, "OUT_OF_BOUNDS_NO_POE", Verdict::Indeterminate},
    {SubIndication::SignedDataNotFound, "SIGNED_DATA_NOT_FOUND", Verdict::Indeterminate},
};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString timeSourceCode(TimeSource s)
{
    switch (s) {
    case TimeSource::Timestamp: return QStringLiteral("timestamp");
    case TimeSource::VerificationTime: return QStringLiteral("verification_time");
    case TimeSource::None: break;
    }
    return QStringLiteral("none");
}

TimeSource timeSourceFrom(const QString &code)
{
    if (code == QLatin1String("timestamp"))
        return TimeSource::Timestamp;
    if (code == QLatin1String("verification_time"))
        return TimeSource::VerificationTime;
    return TimeSource::None;
}

CheckStatus checkStatusFrom(const QString &code)
{
    if (code == QLatin1String("valid"))
        return CheckStatus::Valid;
    if (code == QLatin1String("invalid"))
        return CheckStatus::Invalid;
    if (code == QLatin1String("unknown"))
        return CheckStatus::Unknown;
    return CheckStatus::NotChecked;
}

QJsonObject wordsToJson(const MessageText &words);

// A message's words in JSON: {"source": "...", "context": "...", "args": [[arg, ...], ...]},
// each arg a string or such an object (no context: the verifier's).
QJsonArray argumentsToJson(const MessageText &words)
{
    QJsonArray steps;
    for (const auto &step : words.steps) {
        QJsonArray args;
        for (const MessageText &arg : step) {
            if (arg.source.isEmpty())
                args.append(arg.plain);
            else
                args.append(wordsToJson(arg));
        }
        steps.append(args);
    }
    return steps;
}

QJsonObject wordsToJson(const MessageText &words)
{
    QJsonObject o { { QStringLiteral("source"), words.source }, { QStringLiteral("args"), argumentsToJson(words) } };
    if (!words.context.isEmpty())
        o.insert(QStringLiteral("context"), words.context);
    return o;
}

// What the verifier makes, with room: a stored report beyond it is not read as words.
constexpr int maxSteps = 4; // .arg() calls on one text
constexpr int maxArguments = 5; // in one call (withArguments applies up to 5 at once)
constexpr int maxDepth = 3; // texts inside texts
constexpr qsizetype maxLength = 2000; // of a source, a context or a plain argument

// Reads what wordsToJson wrote; anything else (a stored report edited by hand, too large,
// nested too deep) leaves the words empty, and the stored text is shown instead.
std::optional<MessageText> wordsFrom(const QJsonObject &o, int depth = 0)
{
    const QJsonValue source = o.value(QLatin1String("source"));
    const QJsonValue context = o.value(QLatin1String("context"));
    const QJsonValue steps = o.value(QLatin1String("args"));
    if (!source.isString() || source.toString().isEmpty() || source.toString().size() > maxLength || depth > maxDepth
        || !steps.isArray() || steps.toArray().size() > maxSteps || !(context.isUndefined() || context.isString())
        || context.toString().size() > maxLength)
        return std::nullopt;
    MessageText words;
    words.source = source.toString();
    words.context = context.toString();
    for (const QJsonValue &step : steps.toArray()) {
        if (!step.isArray() || step.toArray().isEmpty() || step.toArray().size() > maxArguments)
            return std::nullopt;
        std::vector<MessageText> args;
        for (const QJsonValue &arg : step.toArray()) {
            if (arg.isString() && arg.toString().size() <= maxLength) {
                args.push_back(MessageText { {}, {}, arg.toString(), {} });
            } else if (auto nested = arg.isObject() ? wordsFrom(arg.toObject(), depth + 1) : std::nullopt) {
                args.push_back(std::move(*nested));
            } else {
                return std::nullopt;
            }
        }
        words.steps.push_back(std::move(args));
    }
    return words;
}

QJsonArray messagesToJson(const QList<ReportMessage> &list)
{
    QJsonArray array;
    for (const ReportMessage &m : list) {
        QJsonObject o{{QStringLiteral("code"), m.code}, {QStringLiteral("text"), m.text}};
        if (!m.line.isEmpty())
            o.insert(QStringLiteral("line"), m.line);
        if (!m.words.source.isEmpty()) {
            const QJsonObject words = wordsToJson(m.words);
            for (auto it = words.begin(); it != words.end(); ++it)
                o.insert(it.key(), it.value());
        }
        array.append(o);
    }
    return array;
}

QList<ReportMessage> messagesFrom(const QJsonValue &v)
{
    QList<ReportMessage> list;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        list.append({ o.value(QLatin1String("code")).toString(), o.value(QLatin1String("text")).toString(),
            o.value(QLatin1String("line")).toString(), wordsFrom(o).value_or(MessageText {}) });
    }
    return list;
}

QJsonObject certificateToJson(const CertificateInfo &c)
{
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("common_name"), c.commonName},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("serial"), c.serialHex},
        {QStringLiteral("subject_key_id"), stringOrNull(c.subjectKeyId)},
        {QStringLiteral("authority_key_id"), stringOrNull(c.authorityKeyId)},
        {QStringLiteral("sha256"), c.sha256},
        {QStringLiteral("not_before"), timeValue(c.notBefore)},
        {QStringLiteral("not_after"), timeValue(c.notAfter)},
        {QStringLiteral("key_algorithm"), c.keyAlgorithm},
        {QStringLiteral("key_bits"), c.keyBits},
        {QStringLiteral("trust_anchor"), c.trustAnchor},
    };
}

CertificateInfo certificateFrom(const QJsonObject &o)
{
    CertificateInfo c;
    c.subject = o.value(QLatin1String("subject")).toString();
    c.commonName = o.value(QLatin1String("common_name")).toString();
    c.issuer = o.value(QLatin1String("issuer")).toString();
    c.serialHex = o.value(QLatin1String("serial")).toString();
    c.subjectKeyId = o.value(QLatin1String("subject_key_id")).toString();
    c.authorityKeyId = o.value(QLatin1String("authority_key_id")).toString();
    c.sha256 = o.value(QLatin1String("sha256")).toString();
    c.notBefore = timeFrom(o.value(QLatin1String("not_before")));
    c.notAfter = timeFrom(o.value(QLatin1String("not_after")));
    c.keyAlgorithm = o.value(QLatin1String("key_algorithm")).toString();
    c.keyBits = o.value(QLatin1String("key_bits")).toInt();
    c.trustAnchor = o.value(QLatin1String("trust_anchor")).toBool();
    return c;
}

} // namespace

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotVerified: return QStringLiteral("NOT_VERIFIED");
    case Verdict::NoSignature: return QStringLiteral("NO_SIGNATURE");
    case Verdict::TotalPassed: return QStringLiteral("TOTAL_PASSED");
    case Verdict::TotalFailed: return QStringLiteral("TOTAL_FAILED");
    case Verdict::Indeterminate: return QStringLiteral("INDETERMINATE");
    }
    return QStringLiteral("NOT_VERIFIED");
}

std::optional<Verdict> verdictFromCode(const QString &code)
{
    for (Verdict v : {Verdict::NotVerified, Verdict::NoSignature, Verdict::TotalPassed, Verdict::TotalFailed,
                      Verdict::Indeterminate}) {
        if (verdictCode(v) == code)
            return v;
    }
    return std::nullopt;
}

QString subIndicationCode(SubIndication sub)
{
    for (const SubInfo &info : subTable) {
        if (info.sub == sub)
            return QString::fromLatin1(info.code);
    }
    return {};
}

std::optional<SubIndication> subIndicationFromCode(const QString &code)
{
    if (code.isEmpty())
        return SubIndication::None;
    for (const SubInfo &info : subTable) {
        if (QLatin1String(info.code) == code)
            return info.sub;
    }
    return std::nullopt;
}

Verdict verdictOf(SubIndication sub)
{
    for (const SubInfo &info : subTable) {
        if (info.sub == sub)
            return info.verdict;
    }
    return Verdict::TotalPassed;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotVerified: return tr("Not verified");
    case Verdict::NoSignature: return tr("No signature");
    case Verdict::TotalPassed: return tr("Valid");
    case Verdict::TotalFailed: return tr("Invalid");
    case Verdict::Indeterminate: return tr("Cannot be confirmed");
    }
    return {};
}

QString subIndicationText(SubIndication sub)
{
    switch (sub) {
    case SubIndication::None: return {};
    case SubIndication::FormatFailure: return tr("The signature is damaged or not in a supported format.");
    case SubIndication::HashFailure: return tr("The signed document was changed after it was signed.");
    case SubIndication::SigCryptoFailure: return tr("The signature value does not match the signer's certificate.");
    case SubIndication::Revoked: return tr("The signer's certificate was revoked before the document was signed.");
    case SubIndication::Expired: return tr("The signer's certificate had expired when the document was signed.");
    case SubIndication::NotYetValid: return tr("The signer's certificate was not yet valid when the document was signed.");
    case SubIndication::ContentMismatch: return tr("The signed content is not this request's consent form.");
    case SubIndication::SignerMismatch: return tr("The certificate belongs to someone other than the applicant.");
    case SubIndication::NoCertificateChainFound:
        return tr("The signer's certificate does not lead to a trusted certificate authority.");
    case SubIndication::ChainConstraintsFailure:
        return tr("The certificate may not be used for signing (usage, policy or CA constraints).");
    case SubIndication::CryptoConstraintsFailure: return tr("The signature uses an algorithm or key that is too weak.");
    case SubIndication::TryLater: return tr("Revocation could not be checked now (no current CRL, or the certificate is suspended).");
    case SubIndication::RevokedNoPoe:
        return tr("The certificate is revoked and there is no proof the document was signed before that.");
    case SubIndication::OutOfBoundsNoPoe:
        return tr("The certificate is outside its validity period and there is no proof of when the document was signed.");
    case SubIndication::SignedDataNotFound: return tr("The signed document is missing.");
    }
    return {};
}

QString subIndicationTextForCode(const QString &code)
{
    const auto sub = subIndicationFromCode(code);
    return sub ? subIndicationText(*sub) : code;
}

QString checkStatusCode(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Valid: return QStringLiteral("valid");
    case CheckStatus::Invalid: return QStringLiteral("invalid");
    case CheckStatus::Unknown: return QStringLiteral("unknown");
    case CheckStatus::NotChecked: break;
    }
    return QStringLiteral("not_checked");
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray chainArray;
    for (const CertificateInfo &c : chain)
        chainArray.append(certificateToJson(c));
    QJsonObject o;
    o[QStringLiteral("verifier")] = verifierVersion;
    o[QStringLiteral("verdict")] = verdictCode(verdict);
    o[QStringLiteral("subindication")] = stringOrNull(subIndicationCode(subIndication));
    o[QStringLiteral("integrity")] = checkStatusCode(integrity);
    o[QStringLiteral("certificate_status")] = checkStatusCode(certificateStatus);
    o[QStringLiteral("signer")] = QJsonObject{
        {QStringLiteral("name"), stringOrNull(signerName)},
        {QStringLiteral("id_last4_masked"), stringOrNull(signerIdLast4Masked)},
        {QStringLiteral("card_number"), stringOrNull(cardNumber)},
        {QStringLiteral("identity_checked"), identityChecked},
        {QStringLiteral("name_matches"), signerNameMatches},
        {QStringLiteral("id_matches"), signerIdMatches},
    };
    o[QStringLiteral("chain")] = chainArray;
    o[QStringLiteral("verification_time")] = timeValue(verificationTime);
    o[QStringLiteral("best_signature_time")] = timeValue(bestSignatureTime);
    o[QStringLiteral("best_signature_time_source")] = timeSourceCode(bestSignatureTimeSource);
    o[QStringLiteral("claimed_signing_time")] = timeValue(claimedSigningTime);
    o[QStringLiteral("timestamp_authority")] = stringOrNull(timestampAuthority);
    o[QStringLiteral("revocation")] = QJsonObject{
        {QStringLiteral("status"), revocationStatus.isEmpty() ? QStringLiteral("not_checked") : revocationStatus},
        {QStringLiteral("source"), stringOrNull(revocationSource)},
        {QStringLiteral("checked_at"), timeValue(revocationCheckedAt)},
        {QStringLiteral("revoked_at"), timeValue(revokedAt)},
        {QStringLiteral("crl_this_update"), timeValue(crlThisUpdate)},
        {QStringLiteral("crl_next_update"), timeValue(crlNextUpdate)},
    };
    o[QStringLiteral("algorithms")] = QJsonObject{
        {QStringLiteral("format"), stringOrNull(signatureFormat)},
        {QStringLiteral("digest"), stringOrNull(digestAlgorithm)},
        {QStringLiteral("signature"), stringOrNull(signatureAlgorithm)},
        {QStringLiteral("key"), stringOrNull(keyAlgorithm)},
        {QStringLiteral("key_bits"), keyBits},
    };
    o[QStringLiteral("errors")] = messagesToJson(errors);
    o[QStringLiteral("warnings")] = messagesToJson(warnings);
    o[QStringLiteral("infos")] = messagesToJson(infos);
    o[QStringLiteral("inputs")] = QJsonObject{
        {QStringLiteral("document_sha256"), stringOrNull(documentSha256)},
        {QStringLiteral("signature_sha256"), stringOrNull(signatureSha256)},
        {QStringLiteral("signer_certificate_sha256"), stringOrNull(signerCertificateSha256)},
        {QStringLiteral("trust_anchor_sha256"), QJsonArray::fromStringList(trustAnchorSha256)},
    };
    return o;
}

QByteArray VerificationReport::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<VerificationReport> VerificationReport::fromJson(const QJsonObject &o)
{
    const auto verdictValue = verdictFromCode(o.value(QLatin1String("verdict")).toString());
    const auto sub = subIndicationFromCode(o.value(QLatin1String("subindication")).toString());
    if (!verdictValue || !sub)
        return Error::make(Error::Code::Corrupt, tr("The stored signature report cannot be read."),
                           QStringLiteral("unknown verdict or sub-indication"));
    VerificationReport r;
    r.verifierVersion = o.value(QLatin1String("verifier")).toString();
    r.verdict = *verdictValue;
    r.subIndication = *sub;
    r.integrity = checkStatusFrom(o.value(QLatin1String("integrity")).toString());
    r.certificateStatus = checkStatusFrom(o.value(QLatin1String("certificate_status")).toString());
    const QJsonObject signer = o.value(QLatin1String("signer")).toObject();
    r.signerName = signer.value(QLatin1String("name")).toString();
    r.signerIdLast4Masked = signer.value(QLatin1String("id_last4_masked")).toString();
    r.cardNumber = signer.value(QLatin1String("card_number")).toString();
    r.identityChecked = signer.value(QLatin1String("identity_checked")).toBool();
    r.signerNameMatches = signer.value(QLatin1String("name_matches")).toBool();
    r.signerIdMatches = signer.value(QLatin1String("id_matches")).toBool();
    for (const QJsonValue &c : o.value(QLatin1String("chain")).toArray())
        r.chain.append(certificateFrom(c.toObject()));
    r.verificationTime = timeFrom(o.value(QLatin1String("verification_time")));
    r.bestSignatureTime = timeFrom(o.value(QLatin1String("best_signature_time")));
    r.bestSignatureTimeSource = timeSourceFrom(o.value(QLatin1String("best_signature_time_source")).toString());
    r.claimedSigningTime = timeFrom(o.value(QLatin1String("claimed_signing_time")));
    r.timestampAuthority = o.value(QLatin1String("timestamp_authority")).toString();
    const QJsonObject rev = o.value(QLatin1String("revocation")).toObject();
    r.revocationStatus = rev.value(QLatin1String("status")).toString();
    r.revocationSource = rev.value(QLatin1String("source")).toString();
    r.revocationCheckedAt = timeFrom(rev.value(QLatin1String("checked_at")));
    r.revokedAt = timeFrom(rev.value(QLatin1String("revoked_at")));
    r.crlThisUpdate = timeFrom(rev.value(QLatin1String("crl_this_update")));
    r.crlNextUpdate = timeFrom(rev.value(QLatin1String("crl_next_update")));
    const QJsonObject alg = o.value(QLatin1String("algorithms")).toObject();
    r.signatureFormat = alg.value(QLatin1String("format")).toString();
    r.digestAlgorithm = alg.value(QLatin1String("digest")).toString();
    r.signatureAlgorithm = alg.value(QLatin1String("signature")).toString();
    r.keyAlgorithm = alg.value(QLatin1String("key")).toString();
    r.keyBits = alg.value(QLatin1String("key_bits")).toInt();
    r.errors = messagesFrom(o.value(QLatin1String("errors")));
    r.warnings = messagesFrom(o.value(QLatin1String("warnings")));
    r.infos = messagesFrom(o.value(QLatin1String("infos")));
    const QJsonObject inputs = o.value(QLatin1String("inputs")).toObject();
    r.documentSha256 = inputs.value(QLatin1String("document_sha256")).toString();
    r.signatureSha256 = inputs.value(QLatin1String("signature_sha256")).toString();
    r.signerCertificateSha256 = inputs.value(QLatin1String("signer_certificate_sha256")).toString();
    for (const QJsonValue &pin : inputs.value(QLatin1String("trust_anchor_sha256")).toArray())
        r.trustAnchorSha256.append(pin.toString());
    return r;
}

Result<VerificationReport> VerificationReport::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Code::Corrupt, tr("The stored signature report cannot be read."),
                           error.errorString());
    return fromJson(doc.object());
}

VerificationReport VerificationReport::notVerified()
{
    VerificationReport r;
    r.verifierVersion = QStringLiteral("cooc-esign/1");
    r.verdict = Verdict::NotVerified;
    return r;
}

VerificationReport VerificationReport::noSignature()
{
    VerificationReport r;
    r.verifierVersion = QStringLiteral("cooc-esign/1");
    r.verdict = Verdict::NoSignature;
    static const char paperRoute[]
        = QT_TRANSLATE_NOOP("cooc::esign::VerificationReport", "The applicant chose the paper consent form.");
    r.infos.append({ QStringLiteral("paper_route"), tr(paperRoute), {},
        MessageText { QString::fromUtf8(paperRoute), QStringLiteral("cooc::esign::VerificationReport"), {}, {} } });
    return r;
}

namespace {

// The longest text whose words are shown: the verifier's messages are far shorter.
constexpr qsizetype maxShownText = 4096;

// How a source becomes a text: the current language, as written (English), or another
// language's catalogue (which answers empty when it has no translation).
using Lookup = std::function<QString(const char *context, const char *source)>;

QString current(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// `words` in the language `lookup` gives (null: as written); false when the text grows past
// `cap` characters on the way (each step may multiply it: "%1%1" with "%1%1" ...). A step is
// not even tried when it could give more than about twice that: every '%' taking the longest
// argument bounds what it gives, and keeps the work in proportion to `cap`.
bool render(const MessageText &words, const Lookup &lookup, qsizetype cap, QString *out)
{
    if (words.source.isEmpty()) {
        *out = words.plain;
        return out->size() <= cap;
    }
    const QByteArray context
        = words.context.isEmpty() ? QByteArrayLiteral("cooc::esign::SignatureVerifier") : words.context.toUtf8();
    QString text = lookup ? lookup(context.constData(), words.source.toUtf8().constData()) : QString();
    if (text.isEmpty())
        text = words.source;
    for (const auto &step : words.steps) {
        std::vector<MessageText> args;
        args.reserve(step.size());
        for (const MessageText &arg : step) {
            QString rendered;
            if (!render(arg, lookup, cap, &rendered))
                return false;
            args.push_back(MessageText { {}, {}, std::move(rendered), {} });
        }
        qsizetype longest = 0;
        for (const MessageText &arg : args)
            longest = std::max(longest, arg.plain.size());
        const bool bounded = cap <= (qsizetype(1) << 30); // toString() has no bound; no overflow below
        if (bounded && text.size() + text.count(QLatin1Char('%')) * longest > 2 * cap + maxShownText)
            return false;
        text = withArguments(text, args);
        if (text.size() > cap)
            return false;
    }
    *out = std::move(text);
    return true;
}

} // namespace

QString MessageText::toString() const
{
    QString text;
    render(*this, current, std::numeric_limits<qsizetype>::max(), &text);
    return text;
}

QString ReportMessage::displayText(const std::function<QString(const char *, const char *)> &madeIn) const
{
    if (words.source.isEmpty() || text.size() > maxShownText)
        return text;
    QString rendered;
    if (render(words, current, text.size(), &rendered) && rendered == text)
        return text; // made in the current language
    const auto gaveText = [&](const Lookup &lookup) {
        return lookup && render(words, lookup, text.size(), &rendered) && rendered == text;
    };
    // Made in English, or in the other language: else not this message's words, or a message
    // since reworded.
    if (!(render(words, nullptr, text.size(), &rendered) && rendered == text) && !gaveText(madeIn))
        return text;
    // In the current language, which may be longer (bounded all the same).
    return render(words, current, 4 * text.size() + 256, &rendered) ? rendered : text;
}

QString withArguments(const QString &text, const std::vector<MessageText> &step)
{
    QStringList a;
    for (const MessageText &arg : step)
        a.append(arg.toString());
    // As the verifier called it: one .arg() with all of them (a multi-argument .arg() does
    // not look for markers inside the arguments it puts in).
    switch (a.size()) {
    case 1:
        return text.arg(a.at(0));
    case 2:
        return text.arg(a.at(0), a.at(1));
    case 3:
        return text.arg(a.at(0), a.at(1), a.at(2));
    case 4:
        return text.arg(a.at(0), a.at(1), a.at(2), a.at(3));
    case 5:
        return text.arg(a.at(0), a.at(1), a.at(2), a.at(3), a.at(4));
    default: {
        QString out = text;
        for (const QString &one : std::as_const(a))
            out = out.arg(one);
        return out;
    }
    }
}

} // namespace cooc::esign
