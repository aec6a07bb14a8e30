// cooc-desk-cli verify: e-signature verification for administrators and scripts.
//
//   cooc-desk-cli verify --trust ROOT.pem [--trust …] [--intermediate CA.pem …] [--crl CRL.pem …]
//                        [--tsa-trust TSA-ROOT.pem …] [--policy OID … | --no-policy]
//                        [--signer-name NAME] [--signer-id-last4 NNNN] [--at ISO-8601] [--json]
//                        DOC SIG [DOC SIG …]
//
// SIG is a CMS/PKCS#7 file (DER or PEM, attached or detached), or for the mobile citizen
// certificate `pkcs1:CERT.pem:SIG.bin` (the holder certificate and the bare PKCS#1 v1.5
// signature, raw or base64). Exit: 0 every pair passed, 1 any failed, 2 any indeterminate
// and none failed, 3 usage error. Pairs are verified in parallel with one trust store. The
// anchors require the citizen-certificate holder policy, as the application's do by default.
#include "app/cli/command.h"
#include "app/esign/signatureverifier.h"
#include "app/esign/truststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

namespace cooc::cli {

namespace {

using namespace esign;

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::verify", text);
}

const char usageText[] =
    QT_TRANSLATE_NOOP("cooc::cli::verify",
                      "usage: cooc-desk-cli verify --trust ROOT.pem [--trust ...] [--intermediate CA.pem ...]\n"
                      "           [--crl CRL.pem ...] [--tsa-trust TSA-ROOT.pem ...] [--policy OID ... | --no-policy]\n"
                      "           [--signer-name NAME] [--signer-id-last4 NNNN] [--at ISO-8601] [--json]\n"
                      "           DOC SIG [DOC SIG ...]\n"
                      "\n"
                      "Verifies each consent document DOC against its signature SIG.\n"
                      "SIG is a CMS/PKCS#7 signature (DER or PEM, content attached or detached), or for the\n"
                      "mobile citizen certificate pkcs1:CERT.pem:SIG.bin (holder certificate and bare PKCS#1\n"
                      "v1.5 SHA-256 signature, raw or base64).\n"
                      "  --trust FILE           trust anchor(s), PEM bundle or DER; each pinned to its own SHA-256\n"
                      "  --intermediate FILE    intermediate CA certificate(s), PEM or DER; not trusted alone\n"
                      "  --crl FILE             certificate revocation list(s), PEM or DER\n"
                      "  --tsa-trust FILE       roots of trusted RFC 3161 timestamp authorities, PEM or DER\n"
                      "  --policy OID           a certificate policy signers must carry (repeatable); default:\n"
                      "                         the citizen-certificate policy 2.16.886.101.0.3.3\n"
                      "  --no-policy            signers need no particular policy\n"
                      "  --signer-name NAME     the applicant's name, compared with the certificate's CN\n"
                      "  --signer-id-last4 NNNN the last 4 characters of the applicant's national ID (give both\n"
                      "                         or neither)\n"
                      "  --                     every argument after it is a file\n"
                      "  --at ISO-8601          verify as at this time (default now; no offset means UTC)\n"
                      "  --json                 one JSON object per pair and line\n"
                      "Exit status: 0 all passed, 1 any failed, 2 any indeterminate (none failed), 3 usage error,\n"
                      "4 the results could not be written.\n");

constexpr qint64 maxTrustFileBytes = qint64(256) << 20; // a full MOICA CRL is ~20 MB

struct Pair
{
    QString document;
    QString signature; // as given on the command line
    VerificationJob job;
};

std::optional<QByteArray> readFile(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(limit); // longer input is cut here; the verifier then refuses it as too large
}

// A PKCS#1 signature file may hold the raw bytes or their base64 text, on one line or wrapped
// (openssl base64 writes 64 characters a line).
QByteArray rawOrBase64(const QByteArray &bytes)
{
    QByteArray text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        const bool space = c == '\n' || c == '\r' || c == ' ' || c == '\t';
        if (!base64 && !space)
            return bytes;
        if (base64)
            text += c;
    }
    if (text.isEmpty())
        return bytes;
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : bytes;
}

std::optional<QDateTime> parseTime(const QString &text)
{
    // No offset given: UTC, read as UTC (read as this computer's local time first, a time in
    // its daylight-saving gap would not exist).
    // Also as psql prints a timestamptz ("2026-11-28 09:30:00+08"): a space for the T, an
    // offset of hours only, a lower-case z.
    static const QRegularExpression offset(QStringLiteral("([Zz]|[+-]\\d\\d(:?\\d\\d)?)$"));
    static const QRegularExpression hasTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d[T ]\\d"));
    QString utc = text.trimmed();
    if (utc.endsWith(QLatin1Char('z')))
        utc[utc.size() - 1] = QLatin1Char('Z');
    if (!hasTime.match(utc).hasMatch()) { // a date alone: its 00:00 UTC
        if (utc.size() != 10)
            return std::nullopt;
        utc += QStringLiteral("T00:00:00Z");
    } else if (!offset.match(utc).hasMatch()) {
        utc += QLatin1Char('Z');
    }
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

// A --trust certificate authority that is not a root, and whose root is not given with
// --trust either: no path can end at it (OpenSSL ends paths only at self-signed trusted
// certificates), so every signature would come out INDETERMINATE. A bundle of a root and its
// intermediates is fine (they then serve as intermediates), and so is a root's cross-certificate
// given with that root. What is no certificate authority is left to TrustStore::build to name.
QString unrootedAnchor(const QList<std::pair<QString, Certificate>> &anchors)
{
    QList<bool> rooted;
    for (const auto &[path, cert] : anchors) {
        bool root = !cert.isCa() || cert.isSelfSigned();
        for (const auto &given : anchors)
            root = root || (given.second.isSelfSigned() && cert.hasSubjectAndKeyOf(given.second));
        rooted.append(root);
    }
    for (bool grew = true; grew;) { // an intermediate issued by an intermediate issued by a root
        grew = false;
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            for (qsizetype j = 0; j < anchors.size() && !rooted.at(i); ++j) {
                if (rooted.at(j) && anchors.at(j).second.isCa()
                    && anchors.at(j).second.mayHaveIssued(anchors.at(i).second))
                    rooted[i] = grew = true;
            }
        }
    }
    const qsizetype unrooted = rooted.indexOf(false);
    if (unrooted < 0)
        return {};
    const auto &[path, cert] = anchors.at(unrooted);
    const QString issuer = cert.issuerCommonName().isEmpty() ? cert.issuerText() : cert.issuerCommonName();
    return tr("%1: \"%2\" is not a root certificate (it was issued by \"%3\"), and that root is not given with "
              "--trust, so no signature could pass. Give the root with --trust and this certificate with "
              "--intermediate.")
        .arg(path, cert.subjectCommonName(), issuer);
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&](const QString &message) {
        if (!message.isEmpty())
            err << "cooc-desk-cli verify: " << message << "\n\n";
        err << tr(usageText);
        return int(UsageError);
    };

    QStringList trustFiles, intermediateFiles, crlFiles, tsaFiles, policies, positional;
    bool noPolicy = false;
    std::optional<QString> signerName, signerLast4;
    std::optional<QDateTime> at;
    bool json = false;
    bool optionsEnded = false; // after "--" every argument is a file
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded) {
            positional << arg;
            continue;
        }
        const auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        QString v;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << tr(usageText);
            return Success;
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--trust") && value(&v)) {
            trustFiles << v;
        } else if (arg == QLatin1String("--intermediate") && value(&v)) {
            intermediateFiles << v;
        } else if (arg == QLatin1String("--crl") && value(&v)) {
            crlFiles << v;
        } else if (arg == QLatin1String("--tsa-trust") && value(&v)) {
            tsaFiles << v;
        } else if (arg == QLatin1String("--policy") && value(&v)) {
            policies << v.trimmed();
        } else if (arg == QLatin1String("--no-policy")) {
            noPolicy = true;
        } else if (arg == QLatin1String("--signer-name") && value(&v)) {
            signerName = v.trimmed();
        } else if (arg == QLatin1String("--signer-id-last4") && value(&v)) {
            signerLast4 = v.trimmed();
        } else if (arg == QLatin1String("--at") && value(&v)) {
            at = parseTime(v);
            if (!at)
                return usageError(tr("--at needs an ISO-8601 time such as 2026-11-28T09:30:00+08:00"));
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usageError(tr("unknown or incomplete option %1").arg(arg));
        } else {
            positional << arg;
        }
    }
    if (trustFiles.isEmpty())
        return usageError(tr("at least one --trust anchor is required"));
    if (signerName.has_value() != signerLast4.has_value())
        return usageError(tr("give --signer-name and --signer-id-last4 together: one alone cannot confirm the signer"));
    if (signerName && signerName->isEmpty())
        return usageError(tr("--signer-name needs the applicant's name"));
    static const QRegularExpression last4(QStringLiteral("^[0-9A-Za-z]{4}$"));
    if (signerLast4 && !last4.match(*signerLast4).hasMatch())
        return usageError(tr("--signer-id-last4 needs exactly 4 letters or digits, not \"%1\"").arg(*signerLast4));
    ExpectedSigner signer;
    signer.name = signerName.value_or(QString());
    signer.idLast4 = signerLast4.value_or(QString());
    if (noPolicy && !policies.isEmpty())
        return usageError(tr("--policy and --no-policy exclude each other"));
    static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    for (const QString &policy : std::as_const(policies)) {
        if (!oid.match(policy).hasMatch())
            return usageError(tr("--policy needs an object identifier such as 2.16.886.101.0.3.3, not \"%1\"").arg(policy));
    }
    if (policies.isEmpty() && !noPolicy)
        policies = defaultRequiredPolicies();
    if (positional.isEmpty() || positional.size() % 2 != 0)
        return usageError(tr("give the documents and signatures in pairs: DOC SIG [DOC SIG ...]"));

    // The trust store, once.
    QString error;
    TrustConfiguration config;
    const auto certificatesIn = [&](const QString &path, QList<Certificate> *into) {
        const auto bytes = readFile(path, maxTrustFileBytes, &error);
        auto certs = bytes ? Certificate::listFromPemOrDer(*bytes) : Result<QList<Certificate>>(Error{});
        if (bytes && !certs)
            error = tr("%1: %2").arg(path, certs.error().message);
        if (!bytes || !certs)
            return false;
        *into << *certs;
        return true;
    };
    QList<std::pair<QString, Certificate>> anchors; // with the file each came from
    for (const QString &path : trustFiles) {
        QList<Certificate> inFile;
        if (!certificatesIn(path, &inFile))
            return usageError(error);
        for (const Certificate &c : std::as_const(inFile))
            anchors.append({ path, c });
    }
    if (const QString problem = unrootedAnchor(anchors); !problem.isEmpty())
        return usageError(problem);
    for (const auto &[path, c] : std::as_const(anchors))
        config.addAnchor(c, policies, c.sha256Hex());
    for (const QString &path : intermediateFiles) {
        if (!certificatesIn(path, &config.intermediates))
            return usageError(error);
    }
    for (const QString &path : tsaFiles) {
        if (!certificatesIn(path, &config.timestampAnchors))
            return usageError(error);
    }
    for (const QString &path : crlFiles) {
        const auto bytes = readFile(path, maxTrustFileBytes, &error);
        auto crl = bytes ? RevocationList::fromPemOrDer(*bytes) : Result<RevocationList>(Error{});
        if (!bytes || !crl)
            return usageError(bytes ? tr("%1: %2").arg(path, crl.error().message) : error);
        config.crls << *crl;
    }
    auto store = TrustStore::build(config);
    if (!store)
        return usageError(store.error().message
                          + (store.error().detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(store.error().detail)));

    // The pairs.
    QList<Pair> pairs;
    for (int i = 0; i < positional.size(); i += 2) {
        Pair pair;
        pair.document = positional.at(i);
        pair.signature = positional.at(i + 1);
        const auto document = readFile(pair.document, SignatureVerifier::maxDocumentBytes + 1, &error);
        if (!document)
            return usageError(error);
        pair.job.expectedDocument = *document;
        pair.job.signer = signer;
        if (pair.signature.startsWith(QLatin1String("pkcs1:"))) {
            const QString rest = pair.signature.mid(6);
            const qsizetype colon = rest.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == rest.size() - 1)
                return usageError(tr("the mobile form is written pkcs1:CERT.pem:SIG.bin, not %1").arg(pair.signature));
            const auto cert = readFile(rest.left(colon), SignatureVerifier::maxSignatureBytes + 1, &error);
            const auto sig = cert ? readFile(rest.mid(colon + 1), SignatureVerifier::maxSignatureBytes + 1, &error)
                                  : std::nullopt;
            if (!cert || !sig)
                return usageError(error);
            pair.job.signature = SignatureInput::pkcs1(*cert, rawOrBase64(*sig));
        } else {
            const auto sig = readFile(pair.signature, SignatureVerifier::maxSignatureBytes + 1, &error);
            if (!sig)
                return usageError(error);
            pair.job.signature = SignatureInput::cms(*sig);
        }
        pairs.append(pair);
    }

    QList<VerificationJob> jobs;
    for (const Pair &pair : pairs)
        jobs.append(pair.job);
    const SignatureVerifier verifier(*store);
    const QList<VerificationReport> reports =
        verifier.verifyAll(jobs, at.value_or(QDateTime::currentDateTimeUtc()));

    bool anyFailed = false;
    bool anyIndeterminate = false;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const VerificationReport &r = reports.at(i);
        anyFailed = anyFailed || r.verdict == Verdict::TotalFailed;
        anyIndeterminate = anyIndeterminate || r.verdict == Verdict::Indeterminate;
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        const auto timeOrNull = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
        };
        if (json) {
            const QJsonObject report = r.toJson();
            const QJsonObject line{
                {QStringLiteral("document"), pairs.at(i).document},
                {QStringLiteral("signature"), pairs.at(i).signature},
                {QStringLiteral("verdict"), verdictCode(r.verdict)},
                {QStringLiteral("subindication"), orNull(subIndicationCode(r.subIndication))},
                {QStringLiteral("signer"), orNull(r.signerName)},
                {QStringLiteral("signing_time"), timeOrNull(r.claimedSigningTime)},
                {QStringLiteral("best_signature_time"), timeOrNull(r.bestSignatureTime)},
                {QStringLiteral("best_signature_time_source"), report.value(QLatin1String("best_signature_time_source"))},
                {QStringLiteral("report"), report},
            };
            out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << pairs.at(i).document << "  " << pairs.at(i).signature << "\n  " << verdictCode(r.verdict);
            if (r.subIndication != SubIndication::None)
                out << ' ' << subIndicationCode(r.subIndication);
            out << " — " << verdictLabel(r.verdict);
            if (!r.signerName.isEmpty())
                out << "; " << tr("signer %1").arg(r.signerName);
            out << '\n';
            for (const ReportMessage &m : r.errors)
                out << "  " << tr("error: %1").arg(m.displayText()) << '\n';
            for (const ReportMessage &m : r.warnings)
                out << "  " << tr("warning: %1").arg(m.displayText()) << '\n';
        }
    }
    out.flush();
    if (out.status() != QTextStream::Ok) { // a full disk, a closed pipe: no results is not "all passed"
        err << "cooc-desk-cli verify: " << tr("the results could not be written to the standard output") << '\n';
        return OutputError;
    }
    return anyFailed ? Failure : anyIndeterminate ? Indeterminate : Success;
}

const CommandRegistration registration{Command{
    QStringLiteral("verify"),
    QStringLiteral("verify consent documents against their e-signatures"),
    &run,
}};

} // namespace

} // namespace cooc::cli
