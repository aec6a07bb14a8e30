#include "support/householdtestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace cooc::test {

namespace {

const char *const kOpensslConfig = R"(
[req]
distinguished_name = dn
prompt = no
[dn]
CN = placeholder
[v3_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[v3_server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
[v3_wronghost]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
)";

bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QStringList newKey(const QString &name)
{
    return { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        name + QStringLiteral(".key") };
}

bool makeCa(const QString &dir, const QString &name, const QString &cn, QString *error)
{
    return openssl(dir,
        QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new") } + newKey(name)
            + QStringList { QStringLiteral("-subj"), QStringLiteral("/CN=") + cn, QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-config"), QStringLiteral("ext.cnf"),
                QStringLiteral("-extensions"), QStringLiteral("v3_ca"), QStringLiteral("-out"),
                name + QStringLiteral(".pem") },
        error);
}

bool makeLeaf(const QString &dir, const QString &name, const QString &issuer, const QString &extensions, QString *error)
{
    const QString cn = QStringLiteral("/CN=household test ") + name;
    if (issuer.isEmpty()) // self-signed
        return openssl(dir,
            QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new") } + newKey(name)
                + QStringList { QStringLiteral("-subj"), cn, QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-sha256"), QStringLiteral("-config"), QStringLiteral("ext.cnf"),
                    QStringLiteral("-extensions"), extensions, QStringLiteral("-out"), name + QStringLiteral(".pem") },
            error);
    return openssl(dir,
               QStringList { QStringLiteral("req"), QStringLiteral("-new") } + newKey(name)
                   + QStringList { QStringLiteral("-subj"), cn, QStringLiteral("-config"), QStringLiteral("ext.cnf"),
                       QStringLiteral("-out"), name + QStringLiteral(".csr") },
               error)
        && openssl(dir,
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                issuer + QStringLiteral(".key"), QStringLiteral("-set_serial"),
                QString::number(QRandomGenerator::global()->bounded(1, 1 << 30)), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf"),
                QStringLiteral("-extensions"), extensions, QStringLiteral("-out"), name + QStringLiteral(".pem") },
            error);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HouseholdTestPki::Identity identity(const QString &dir, const QString &name)
{
    return { QSslCertificate(readFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem")), QSsl::Pem),
        QSslKey(readFile(dir + QLatin1Char('/') + name + QStringLiteral(".key")), QSsl::Ec, QSsl::Pem) };
}

} // namespace

std::unique_ptr<HouseholdTestPki> HouseholdTestPki::create(QString *error)
{
    std::unique_ptr<HouseholdTestPki> pki(new HouseholdTestPki);
    if (!pki->m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return nullptr;
    }
    const QString dir = pki->m_dir.path();
    QFile config(dir + QStringLiteral("/ext.cnf"));
    if (!config.open(QIODevice::WriteOnly) || config.write(kOpensslConfig) < 0) {
        *error = QStringLiteral("cannot write ext.cnf");
        return nullptr;
    }
    config.close();
    if (!makeCa(dir, QStringLiteral("ca"), QStringLiteral("Household Test CA"), error)
        || !makeCa(dir, QStringLiteral("otherca"), QStringLiteral("Some Other CA"), error)
        || !makeLeaf(dir, QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("v3_server"), error)
        || !makeLeaf(dir, QStringLiteral("otherserver"), QStringLiteral("otherca"), QStringLiteral("v3_server"), error)
        || !makeLeaf(dir, QStringLiteral("wronghost"), QStringLiteral("ca"), QStringLiteral("v3_wronghost"), error)
        || !makeLeaf(dir, QStringLiteral("selfsigned"), QString(), QStringLiteral("v3_server"), error))
        return nullptr;
    pki->caPath = dir + QStringLiteral("/ca.pem");
    pki->ca = QSslCertificate(readFile(pki->caPath), QSsl::Pem);
    pki->otherCa = QSslCertificate(readFile(dir + QStringLiteral("/otherca.pem")), QSsl::Pem);
    pki->server = identity(dir, QStringLiteral("server"));
    pki->otherServer = identity(dir, QStringLiteral("otherserver"));
    pki->wrongHost = identity(dir, QStringLiteral("wronghost"));
    pki->selfSigned = identity(dir, QStringLiteral("selfsigned"));
    for (const Identity *id : { &pki->server, &pki->otherServer, &pki->wrongHost, &pki->selfSigned }) {
        if (id->certificate.isNull() || id->key.isNull()) {
            *error = QStringLiteral("a generated certificate or key could not be loaded");
            return nullptr;
        }
    }
    if (pki->ca.isNull() || pki->otherCa.isNull()) {
        *error = QStringLiteral("a generated CA could not be loaded");
        return nullptr;
    }
    return pki;
}

HouseholdTestServer::Step HouseholdTestServer::Step::answer(const QByteArray &result, int delayMs)
{
    Step s;
    s.body = QByteArrayLiteral(R"({"request_id":"$REQUEST_ID","result":")") + result
        + QByteArrayLiteral(R"(","checked_at":"2026-11-28T00:30:00.250Z","reference":"HR-20261128-0001"})");
    s.delayMs = delayMs;
    return s;
}

HouseholdTestServer::Step HouseholdTestServer::Step::error(int status, const QByteArray &code)
{
    Step s;
    s.status = status;
    s.body = QByteArrayLiteral(R"({"request_id":"$REQUEST_ID","error":{"code":")") + code
        + QByteArrayLiteral(R"(","message":"scripted failure"}})");
    return s;
}

HouseholdTestServer::HouseholdTestServer(const HouseholdTestPki::Identity &identity, QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(identity.certificate);
    ssl.setPrivateKey(identity.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates in this contract
    m_server->setSslConfiguration(ssl);
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HouseholdTestServer::accept);
    m_clock.start();
}

HouseholdTestServer::~HouseholdTestServer() = default;

bool HouseholdTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HouseholdTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(m_server->serverPort()));
}

void HouseholdTestServer::accept()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        serve(socket);
    }
}

void HouseholdTestServer::serve(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Received r;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    r.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    r.body = buffer.mid(end + 4, length);
    r.atMs = m_clock.elapsed();
    buffer.clear();
    disconnect(socket, &QSslSocket::readyRead, this, nullptr);
    m_received.append(r);
    respond(socket, r);
}

void HouseholdTestServer::respond(QSslSocket *socket, const Received &request)
{
    Step step = m_steps.value(qMin(m_received.size(), m_steps.size()) - 1);
    if (!expectedApiKey.isEmpty() && request.headers.value("authorization") != "Bearer " + expectedApiKey)
        step = Step::error(401, "unauthorized");
    const QByteArray requestId
        = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("request_id")).toString().toUtf8();
    QPointer<QSslSocket> guard(socket);
    QTimer::singleShot(step.delayMs, this, [guard, step, requestId] {
        QSslSocket *const s = guard.data();
        if (!s)
            return;
        if (step.hangUp) {
            s->disconnectFromHost();
            return;
        }
        QByteArray body = step.body;
        body.replace("$REQUEST_ID", requestId);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\n";
        if (step.deflate) {
            body = qCompress(body).mid(4); // without Qt's length prefix: a zlib stream (HTTP "deflate")
            head += "Content-Encoding: deflate\r\n";
        }
        if (!step.contentType.isEmpty())
            head += "Content-Type: " + step.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size() + step.missingBytes) + "\r\nConnection: close\r\n"
            + step.extraHeaders + "\r\n";
        if (step.bodyDelayMs <= 0) {
            s->write(head + body);
            s->disconnectFromHost();
            return;
        }
        s->write(head);
        s->flush();
        QTimer::singleShot(step.bodyDelayMs, s, [s, body] {
            s->write(body);
            s->disconnectFromHost();
        });
    });
}

} // namespace cooc::test
