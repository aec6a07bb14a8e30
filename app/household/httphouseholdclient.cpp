#include "app/household/httphouseholdclient.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::HttpHouseholdClient", text);
}

// The certificate errors an admin pin may excuse: "no chain to a trusted CA". Never a
// wrong host name, an expired or not-yet-valid certificate, a revoked one or a bad signature.
bool isTrustError(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

// Qt's network-layer (1–99) and proxy (101–199) errors: the answer, if any began, did not
// arrive whole (closed early, transfer timeout, aborted), so no byte of its body counts.
// Qt's content (201–299) and server (401–499) error codes stand for an HTTP error status
// (401, 404, 503, …), which is judged by that status.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code >= 1 && code <= 99) || (code >= 101 && code <= 199);
}

// A cookie jar that keeps nothing: a Set-Cookie from one check never comes back on the next.
class NoCookies final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

QString sslErrorList(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

class HttpHouseholdCheck final : public HouseholdCheck
{
public:
    HttpHouseholdCheck(HouseholdQuery query, const HttpHouseholdConfig &config, QNetworkAccessManager *network,
        const Clock &clock, QObject *parent)
        : HouseholdCheck(query.requestId, clock, parent)
        , m_query(std::move(query))
        , m_config(config)
        , m_network(network)
    {
        m_deadline.setSingleShot(true);
        m_backoff.setSingleShot(true);
        m_backoff.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            if (QNetworkReply *reply = m_reply) {
                m_deadlineHit = true;
                reply->abort();
            }
        });
        connect(&m_backoff, &QTimer::timeout, this, [this] { startAttempt(); });
    }

    ~HttpHouseholdCheck() override { dropReply(); }
    Q_DISABLE_COPY_MOVE(HttpHouseholdCheck)

    // Called queued from start(): nothing is emitted before start() returns. A cancel that came
    // in between has already finished the check: nothing is sent.
    void begin()
    {
        if (isFinished())
            return;
        if (Status valid = m_config.validate(); !valid) {
            end(HouseholdResult::unavailable(
                HouseholdResult::Failure::Configuration, valid.error().message, valid.error().detail, {}, {}));
            return;
        }
        if (auto problem = HouseholdContract::queryProblem(m_query)) {
            end(HouseholdResult::unavailable(HouseholdResult::Failure::InvalidQuery, *problem, {}, {}, {}));
            return;
        }
        m_endpoint = HouseholdContract::endpoint(m_config.baseUrl).value();
        m_body = HouseholdContract::requestBody(m_query, m_config.idKeyId);
        startAttempt();
    }

protected:
    void stopWork() override
    {
        m_backoff.stop();
        m_deadline.stop();
        dropReply();
        qCInfo(lcNet).noquote() << "household check" << requestId() << "cancelled after" << m_attempts << "attempt(s)";
    }

private:
    // Aborts the reply in flight without hearing from it again.
    void dropReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }

    void startAttempt()
    {
        ++m_attempts;
        m_sslErrors.clear();
        m_pinExcused = false;
        m_pinMismatch = false;
        m_deadlineHit = false;
        m_tooLarge = false;
        emit attemptStarted(m_attempts, m_config.retry.maxAttempts);

        QNetworkRequest request(m_endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        // Qt would otherwise offer gzip/deflate/br itself and unpack the answer unseen, without
        // checking that all the Content-Length bytes arrived: a cut-short compressed MATCH
        // would read as whole. The contract's answer is plain; an encoded one is refused.
        request.setRawHeader("Accept-Encoding", "identity");
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_config.apiKey);
        request.setHeader(QNetworkRequest::UserAgentHeader,
            QStringLiteral("CooC-Desk/%1").arg(QCoreApplication::applicationVersion()));
        request.setTransferTimeout(m_config.transferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caCertificates.isEmpty())
            ssl.setCaCertificates(m_config.caCertificates); // replaces the system store
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(ssl);

        QNetworkReply *reply = m_network->post(request, m_body);
        m_reply = reply;
        connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
        // Before any request byte (and so before the API key) leaves: the pin.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (!pinHolds(reply)) {
                m_pinMismatch = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
            if (received > HouseholdContract::maxReplyBytes || total > HouseholdContract::maxReplyBytes) {
                m_tooLarge = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        m_deadline.start(m_config.attemptDeadlineMs);
        qCDebug(lcNet).noquote() << "household check" << requestId() << "attempt" << m_attempts << "of"
                                 << m_config.retry.maxAttempts << "to" << m_endpoint.host();
    }

    bool pinHolds(QNetworkReply *reply) const
    {
        if (m_config.pinnedSha256.isEmpty())
            return true;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return !peer.isNull() && peer.digest(QCryptographicHash::Sha256) == m_config.pinnedSha256;
    }

    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
    {
        m_sslErrors = errors;
        if (m_config.pinnedSha256.isEmpty() || !pinHolds(reply))
            return; // fail closed
        for (const QSslError &e : errors) {
            if (!isTrustError(e.error()))
                return;
        }
        // Exactly these errors, for exactly the pinned certificate.
        m_pinExcused = true;
        reply->ignoreSslErrors(errors);
    }

    HouseholdContract::Verdict verdictFor(QNetworkReply *reply)
    {
        using HouseholdContract::Verdict;
        using F = HouseholdResult::Failure;
        const auto make = [](Verdict::Kind kind, F failure, const QString &reason, const QString &detail) {
            Verdict v;
            v.kind = kind;
            v.result = HouseholdResult::unavailable(failure, reason, detail, {}, {});
            return v;
        };
        if (m_pinMismatch || (reply->error() == QNetworkReply::NoError && !pinHolds(reply)))
            return make(Verdict::Kind::Fail, F::Tls,
                QCoreApplication::translate("cooc::HttpHouseholdClient",
                    "The service's certificate is not the one the administrator pinned; the connection "
                    "was refused."),
                QStringLiteral("pinned SHA-256 mismatch"));
        if (!m_sslErrors.isEmpty() && !m_pinExcused)
            return make(Verdict::Kind::Fail, F::Tls,
                QCoreApplication::translate("cooc::HttpHouseholdClient",
                    "The service's certificate was not accepted; the connection was refused."),
                sslErrorList(m_sslErrors));
        const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusValue.isValid() ? statusValue.toInt() : 0;
        HouseholdContract::Reply r;
        r.httpStatus = status;
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        r.retryAfter = reply->rawHeader("Retry-After");
        r.contentEncoding = reply->rawHeader("Content-Encoding");
        if (m_tooLarge) {
            // An error status is judged by the status alone (its body is only ever read for
            // the detail): a 503 with a huge maintenance page is still retried. Only an
            // answer status (2xx) fails for its size.
            if (status >= 300 && status < 600) {
                HouseholdContract::Verdict v = HouseholdContract::interpretReply(r, requestId(), clock().now());
                v.result.detail
                    += QStringLiteral(" (body of more than %1 bytes not read)").arg(HouseholdContract::maxReplyBytes);
                return v;
            }
            return make(Verdict::Kind::Fail, F::Protocol,
                QCoreApplication::translate("cooc::HttpHouseholdClient", "The service's answer is too large."),
                QStringLiteral("more than %1 bytes").arg(HouseholdContract::maxReplyBytes));
        }
        if (m_deadlineHit)
            return make(Verdict::Kind::Retry, F::Timeout,
                QCoreApplication::translate("cooc::HttpHouseholdClient", "The service did not answer in time."),
                QStringLiteral("attempt deadline of %1 ms passed").arg(m_config.attemptDeadlineMs));
        // A network failure after the headers (connection closed before the promised
        // Content-Length, a transfer timeout) leaves a partial body, maybe one that parses:
        // it is never read. The contract: every network failure is UNAVAILABLE and retried.
        // Likewise a success status that Qt reports with any error (a protocol failure such as
        // a broken chunked encoding): what arrived is not read as an answer.
        const QNetworkReply::NetworkError error = reply->error();
        if (isTransportError(error) || (status >= 200 && status < 300 && error != QNetworkReply::NoError))
            return HouseholdContract::interpretTransportError(error, reply->errorString());
        if (status > 0) {
            r.body = reply->read(HouseholdContract::maxReplyBytes + 1);
            return HouseholdContract::interpretReply(r, requestId(), clock().now());
        }
        return HouseholdContract::interpretTransportError(reply->error(), reply->errorString());
    }

    void onFinished(QNetworkReply *reply)
    {
        reply->deleteLater();
        if (reply != m_reply || isFinished())
            return;
        m_reply = nullptr;
        m_deadline.stop();

        HouseholdContract::Verdict v = verdictFor(reply);
        m_lastStatus = v.result.httpStatus ? v.result.httpStatus : m_lastStatus;
        qCInfo(lcNet).noquote() << "household check" << requestId() << "attempt" << m_attempts << "status"
                                << v.result.httpStatus << "failure" << HouseholdResult::failureCode(v.result.failure);
        using Kind = HouseholdContract::Verdict::Kind;
        if (v.kind == Kind::Retry) {
            const int delay = HouseholdContract::retryDelayMs(m_config.retry, m_attempts, v.retryAfterMs);
            if (delay >= 0) {
                qCInfo(lcNet).noquote() << "household check" << requestId() << "retrying in" << delay << "ms";
                m_backoff.start(delay);
                return;
            }
            //: %1 = the last failure, e.g. "The service did not answer in time."
            v.result.reason = QCoreApplication::translate(
                "cooc::HttpHouseholdClient", "%1 (no answer after %n attempt(s))", nullptr, m_attempts)
                                  .arg(v.result.reason);
        }
        end(std::move(v.result));
    }

    void end(HouseholdResult r)
    {
        r.attempts = m_attempts;
        if (!r.httpStatus)
            r.httpStatus = m_lastStatus;
        if (!r.isAnswer())
            r.checkedAt = clock().now();
        qCInfo(lcNet).noquote() << "household check" << requestId() << "finished:" << HouseholdResult::code(r.outcome)
                                << HouseholdResult::failureCode(r.failure) << "after" << m_attempts << "attempt(s)";
        finish(std::move(r));
    }

    HouseholdQuery m_query;
    HttpHouseholdConfig m_config;
    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    QByteArray m_body;
    QNetworkReply *m_reply = nullptr; // the attempt in flight; cleared when it ends
    QTimer m_deadline;
    QTimer m_backoff;
    QList<QSslError> m_sslErrors;
    int m_attempts = 0;
    int m_lastStatus = 0;
    bool m_pinExcused = false;
    bool m_pinMismatch = false;
    bool m_deadlineHit = false;
    bool m_tooLarge = false;
};

} // namespace

Status HttpHouseholdConfig::validate() const
{
    const auto refuse = [](const QString &message, const QString &detail = {}) {
        return Error::make(Error::Code::InvalidInput, message, detail);
    };
    if (auto url = HouseholdContract::endpoint(baseUrl); !url)
        return url.error();
    if (apiKey.isEmpty())
        return refuse(tr("No API key for the household service is stored in the keychain."));
    for (char c : apiKey) {
        if (c <= ' ' || c == 0x7f)
            return refuse(tr("The household service's API key contains characters that cannot be sent."));
    }
    for (const QSslCertificate &ca : caCertificates) {
        if (ca.isNull())
            return refuse(tr("A CA certificate for the household service could not be read."));
    }
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        return refuse(tr("The pinned certificate fingerprint must be a SHA-256 (64 hex digits)."));
    if (idKeyId.isEmpty() || idKeyId.size() > 64)
        return refuse(tr("The ID-hash key id of the household service is missing or too long."));
    if (transferTimeoutMs <= 0 || attemptDeadlineMs <= 0 || retry.maxAttempts < 1 || retry.maxAttempts > 10
        || retry.baseDelayMs < 0 || retry.maxDelayMs < retry.baseDelayMs)
        return refuse(tr("The household service's timeouts or retry settings are out of range."));
    return okStatus();
}

Result<QList<QSslCertificate>> HttpHouseholdConfig::loadCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::NotFound, tr("The CA certificate file %1 cannot be read.").arg(path), file.errorString());
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    certs.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certs.isEmpty())
        return Error::make(Error::Code::Corrupt, tr("The file %1 holds no certificate.").arg(path));
    return certs;
}

Result<QByteArray> HttpHouseholdConfig::parsePin(const QString &text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    hex = hex.trimmed().toLower();
    if (!HouseholdContract::isIdHash(hex)) // the same shape: 64 lower-case hex digits
        return Error::make(Error::Code::InvalidInput,
            tr("A certificate fingerprint is 64 hexadecimal digits (SHA-256), optionally "
               "separated by colons."));
    return QByteArray::fromHex(hex.toLatin1());
}

HttpHouseholdClient::HttpHouseholdClient(HttpHouseholdConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    // No cookies (nor on each request), no cache, no automatic redirects: each check stands
    // alone.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setCookieJar(new NoCookies(m_network));
}

HttpHouseholdClient::~HttpHouseholdClient()
{
    // Unfinished checks go first, while the network manager still exists; they emit nothing.
    const auto jobs = findChildren<HouseholdCheck *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

HouseholdCheck *HttpHouseholdClient::start(HouseholdQuery query)
{
    if (query.requestId.isEmpty())
        query.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = new HttpHouseholdCheck(std::move(query), m_config, m_network, m_clock, this);
    QMetaObject::invokeMethod(
        job, [job] { job->begin(); }, Qt::QueuedConnection);
    return job;
}

} // namespace cooc
