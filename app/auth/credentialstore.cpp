#include "app/auth/credentialstore.h"

#include "app/logging.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

namespace cooc {

namespace {

QString purposeCode(CredentialStore::Purpose purpose)
{
    switch (purpose) {
    case CredentialStore::Purpose::LoginPassword:
        return QStringLiteral("login-password");
    case CredentialStore::Purpose::HouseholdApiKey:
        return QStringLiteral("household-api-key");
    }
    return QStringLiteral("unknown");
}

// Every failure except "not found" means the keychain cannot be used right now: no Secret
// Service, a locked collection, access denied, no backend. The caller remembers nothing.
Error unavailable(const QKeychain::Job *job)
{
    return Error::make(Error::Code::Unavailable, CredentialStore::unavailableMessage(),
        QStringLiteral("QtKeychain error %1: %2").arg(int(job->error())).arg(job->errorString()));
}

template <typename JobT> JobT *newJob(const QString &service, const CredentialStore::Key &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file: no keychain, nothing remembered
    job->setKey(key.toString());
    return job;
}

} // namespace

CredentialStore::Key CredentialStore::Key::forLogin(const DatabaseUrl &url, const QString &login)
{
    Key key;
    if (url.dialect == Dialect::Sqlite)
        key.server = QStringLiteral("sqlite:") + url.path;
    else
        key.server = url.host + QLatin1Char(':') + QString::number(url.port) + QLatin1Char('/') + url.databaseName;
    key.account = login.trimmed().toLower();
    key.purpose = Purpose::LoginPassword;
    return key;
}

QString CredentialStore::Key::toString() const
{
    return purposeCode(purpose) + QLatin1Char(':') + account + QLatin1Char('@') + server;
}

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::unavailableMessage()
{
    return tr("Secure storage (the system keychain) is not available, so the password was not remembered. "
              "You will be asked for it next time.");
}

void CredentialStore::read(const Key &key, QObject *context, ReadCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(
        job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            switch (finished->error()) {
            case QKeychain::NoError:
                done(std::optional<QString>(readJob->textData()));
                return;
            case QKeychain::EntryNotFound:
                done(std::optional<QString>());
                return;
            default:
                qCWarning(lcAuth) << "keychain read failed:" << int(finished->error()) << finished->errorString();
                done(unavailable(finished));
                return;
            }
        });
    job->start();
}

void CredentialStore::write(const Key &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(
        job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                done(okStatus());
                return;
            }
            qCWarning(lcAuth) << "keychain write failed:" << int(finished->error()) << finished->errorString();
            done(unavailable(finished));
        });
    job->start();
}

void CredentialStore::remove(const Key &key, QObject *context, WriteCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(
        job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
                done(okStatus());
                return;
            }
            qCWarning(lcAuth) << "keychain delete failed:" << int(finished->error()) << finished->errorString();
            done(unavailable(finished));
        });
    job->start();
}

namespace RememberedLogin {

namespace {
const QString kLogin = QStringLiteral("login/lastLogin");
const QString kUrl = QStringLiteral("login/lastDatabaseUrl");
} // namespace

QString lastLogin()
{
    return QSettings().value(kLogin).toString();
}

QString lastDatabaseUrl()
{
    return QSettings().value(kUrl).toString();
}

void save(const DatabaseUrl &url, const QString &login)
{
    QSettings settings;
    settings.setValue(kLogin, login.trimmed());
    settings.setValue(kUrl, url.redacted()); // never the password
}

void forget()
{
    QSettings settings;
    settings.remove(kLogin);
    settings.remove(kUrl);
}

} // namespace RememberedLogin

} // namespace cooc
