#pragma once

#include "models/databaseurl.h"
#include "models/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace cooc {

// "Remember me": secrets in the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). One job per call, insecure fallback
// off, asynchronous: the callback runs on the caller's thread once the job finishes, and
// is dropped if `context` is destroyed first.
//
// Any keychain error other than "entry not found" is Error::Code::Unavailable with a
// message saying secure storage is unavailable and nothing was remembered. There is NO
// plaintext fallback: a secret that cannot go to the keychain is not kept anywhere.
// (QSettings may remember the login name and database URL — see RememberedLogin — never
// a password.)
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    // What a secret is for; part of the key so purposes never collide.
    enum class Purpose {
        LoginPassword, // the password typed in the login dialog ("Remember me")
        HouseholdApiKey, // the household service's API key (app/household/householdsettings.h)
    };

    // The keychain key: "<purpose>:<account>@<server>", e.g.
    // "login-password:tpjh123456789@sqlite:/home/lin/.local/share/cooc-desk/demo.sqlite" or
    // "login-password:lin@db.tp.edu.tw:5432/cooc". `server` never contains a password.
    struct Key
    {
        QString server;
        QString account;
        Purpose purpose = Purpose::LoginPassword;

        static Key forLogin(const DatabaseUrl &url, const QString &login);
        QString toString() const;
    };

    using ReadCallback = std::function<void(const Result<std::optional<QString>> &)>; // nullopt: nothing stored
    using WriteCallback = std::function<void(const Status &)>;

    // `service` is the keychain's service name; tests pass their own.
    explicit CredentialStore(QString service = QStringLiteral("CooC Desk"), QObject *parent = nullptr);
    ~CredentialStore() override;

    const QString &service() const { return m_service; }

    void read(const Key &key, QObject *context, ReadCallback done);
    void write(const Key &key, const QString &secret, QObject *context, WriteCallback done);
    // Removing an entry that does not exist succeeds.
    void remove(const Key &key, QObject *context, WriteCallback done);

    // The message used for every "secure storage unavailable" error (for the UI and tests).
    static QString unavailableMessage();

private:
    QString m_service;
};

// What QSettings may remember between runs: the last login name and the last database URL
// (with any password removed). Never a password.
namespace RememberedLogin {
QString lastLogin();
QString lastDatabaseUrl();
void save(const DatabaseUrl &url, const QString &login); // stores url.redacted()
void forget();
} // namespace RememberedLogin

} // namespace cooc
