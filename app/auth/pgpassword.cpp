#include "app/auth/pgpassword.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace cooc::PgPassword {

namespace {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
            size_t(data.size()), out, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

} // namespace

bool needsServerSideHash(const QString &password)
{
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return true;
    }
    return false;
}

QString scramSha256Verifier(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray salted(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations, EVP_sha256(),
            int(salted.size()), reinterpret_cast<unsigned char *>(salted.data()))
        != 1)
        return {};
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    if (clientKey.isEmpty() || serverKey.isEmpty())
        return {};
    QByteArray storedKey(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(clientKey.constData()), size_t(clientKey.size()),
        reinterpret_cast<unsigned char *>(storedKey.data()));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

QString alterRolePasswordValue(const QString &password, const QSqlDatabase &connection)
{
    if (needsServerSideHash(password)) {
        // Qt's PostgreSQL driver hands out its libpq connection as a PGconn* (named after the
        // struct, pg_conn*, in Qt 6).
        const QVariant handle = connection.isValid() && connection.driver() ? connection.driver()->handle() : QVariant();
        const bool pgConn = handle.isValid()
            && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
        if (!pgConn)
            return {};
        PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
        char *verifier = pg ? PQencryptPasswordConn(pg, password.toUtf8().constData(),
                                                    connection.userName().toUtf8().constData(), "scram-sha-256")
                            : nullptr;
        if (!verifier)
            return {};
        const QString value = QString::fromLatin1(verifier);
        PQfreemem(verifier);
        return value;
    }
    QByteArray salt(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        return {};
    return scramSha256Verifier(password.toLatin1(), salt);
}

QString escapeLiteral(const QString &text)
{
    QString body = text;
    body.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!text.contains(QLatin1Char('\\')))
        return QLatin1Char('\'') + body + QLatin1Char('\'');
    body.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QStringLiteral(" E'") + body + QLatin1Char('\'');
}

} // namespace cooc::PgPassword
