#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QSslServer;
class QSslSocket;

namespace cooc::test {

// A throwaway PKI for TLS tests, made with the openssl CLI in a temporary folder (P-256
// keys; well under a second in all).
class HouseholdTestPki final
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Null with `error` set when openssl fails.
    static std::unique_ptr<HouseholdTestPki> create(QString *error);

    QSslCertificate ca; // "Household Test CA"
    QSslCertificate otherCa; // an unrelated CA
    QString caPath; // ca as a PEM file
    Identity server; // by ca, for IP 127.0.0.1 and DNS localhost
    Identity otherServer; // by otherCa, for 127.0.0.1
    Identity wrongHost; // by ca, for DNS wrong.example only
    Identity selfSigned; // self-signed, for 127.0.0.1 (the admin-pin case)

private:
    HouseholdTestPki() = default;
    QTemporaryDir m_dir;
};

// A minimal HTTPS server (QSslServer, HTTP/1.1, one request per connection) that speaks the
// household-registration contract as scripted by the test: each request takes the next
// Step; the last step repeats.
class HouseholdTestServer final : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body; // "$REQUEST_ID" is replaced by the request's request_id
        QByteArray extraHeaders; // raw "Name: value\r\n" lines
        int delayMs = 0; // before the answer is written
        bool hangUp = false; // close the connection without answering
        int bodyDelayMs = 0; // the status line and headers at once (after delayMs), the body this much later
        int missingBytes = 0; // Content-Length promises this many bytes more than are sent; then the
                              // connection closes (a truncated answer)
        bool deflate = false; // the body zlib-compressed with Content-Encoding: deflate, asked for or not

        // A contract answer echoing the request id: MATCH, NO_MATCH, NOT_REGISTERED_IN_TAIPEI.
        static Step answer(const QByteArray &result, int delayMs = 0);
        static Step error(int status, const QByteArray &code);
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 atMs = 0; // since the server started
    };

    HouseholdTestServer(const HouseholdTestPki::Identity &identity, QObject *parent = nullptr);
    ~HouseholdTestServer() override;
    Q_DISABLE_COPY_MOVE(HouseholdTestServer)

    bool listen(); // on 127.0.0.1, a free port
    QUrl baseUrl() const; // https://127.0.0.1:<port>/api
    void setSteps(QList<Step> steps) { m_steps = std::move(steps); }
    QByteArray expectedApiKey; // when set, anything else gets 401

    const QList<Received> &received() const { return m_received; }
    int handshakesStarted() const { return m_handshakes; }

private:
    void accept();
    void serve(QSslSocket *socket);
    void respond(QSslSocket *socket, const Received &request);

    QSslServer *m_server;
    QList<Step> m_steps { Step::answer("MATCH") };
    QList<Received> m_received;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    int m_handshakes = 0;
};

} // namespace cooc::test
