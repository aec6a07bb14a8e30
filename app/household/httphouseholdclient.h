#pragma once

#include "app/household/householdservice.h"
#include "models/clock.h"
#include "models/result.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace cooc {

// How to reach the city's household-registration service (docs/household-contract.md).
// Everything but apiKey is ordinary configuration; apiKey comes from the OS keychain
// (CredentialStore key "household-api-key:<deployment>@<service host>") and is never written
// to settings, files or logs.
struct HttpHouseholdConfig
{
    QUrl baseUrl; // https://…; checks are POSTed to {base}/v1/household-checks
    QList<QSslCertificate> caCertificates; // the trust anchors for this service; they REPLACE the
                                           // system store. Empty: the system store.
    QByteArray pinnedSha256; // optional, 32 bytes: SHA-256 of the server certificate (DER).
                             // When set, the server's certificate must be exactly this one;
                             // it is then trusted even without a chain to a CA (but host name
                             // and validity dates are still checked).
    QByteArray apiKey; // sent as "Authorization: Bearer <key>"
    QString idKeyId = QStringLiteral("default"); // which ID-hash key (COOC_ID_PEPPER) made the hashes
    int transferTimeoutMs = 10000; // QNetworkRequest::setTransferTimeout: no byte for this long
    int attemptDeadlineMs = 20000; // hard limit for one attempt, however slowly bytes trickle
    HouseholdContract::RetryPolicy retry;

    // Checks the values; the message names the setting to fix.
    Status validate() const;

    // Reads PEM (one or more certificates) or DER; refuses a file without a certificate.
    static Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);
    // "AB:CD:…" or plain hex (64 digits, any case) → 32 bytes.
    static Result<QByteArray> parsePin(const QString &text);
};

// The city's service over HTTPS with Qt Network. TLS fails closed: the only certificate
// exception is an admin-pinned SHA-256, and then only for trust errors of that exact
// certificate. Transient failures (connection refused/closed, timeouts, 408, 429, 500, 502, 503, 504) are
// retried with exponential backoff; every other failure ends the check at once. Whatever
// goes wrong, the answer is UNAVAILABLE with a reason — never a silent pass.
class HttpHouseholdClient final : public QObject, public HouseholdService
{
    Q_OBJECT

public:
    HttpHouseholdClient(HttpHouseholdConfig config, const Clock &clock, QObject *parent = nullptr);
    ~HttpHouseholdClient() override;
    Q_DISABLE_COPY_MOVE(HttpHouseholdClient)

    HouseholdCheck *start(HouseholdQuery query) override;
    QString sourceName() const override { return QStringLiteral("city"); }

    const HttpHouseholdConfig &config() const { return m_config; }

private:
    HttpHouseholdConfig m_config;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
};

} // namespace cooc
