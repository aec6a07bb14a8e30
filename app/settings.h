#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cooc {

// One typed setting: a key and a default, read and written through QSettings. Nothing secret
// ever goes through here (passwords live in the keychain; see CredentialStore).
template<typename T>
class SettingValue
{
public:
    SettingValue(QSettings &store, QString key, T defaultValue = T())
        : m_store(store), m_key(std::move(key)), m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QVariant value = m_store.value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }
    void set(const T &value) { m_store.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_store.remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QSettings &m_store;
    QString m_key;
    T m_default;
};

// The user's non-secret preferences: UI language, the database to open, the last login name,
// window geometry. Built once by the composition root and injected; tests give it a
// QSettings on a temporary .ini file.
class Settings final
{
public:
    // Takes a store of the caller's choosing (tests: an .ini file in a temporary folder).
    explicit Settings(std::unique_ptr<QSettings> store);
    // The user's own settings (organisation "CooC Desk", application "cooc-desk").
    static std::unique_ptr<Settings> openDefault();
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    // UI language: "zh_TW" (the default) or "en". Anything else reads back as "zh_TW".
    static QStringList supportedLanguages();
    static QString defaultLanguage() { return QStringLiteral("zh_TW"); }
    QString language() const;
    // InvalidInput for a language we do not ship; nothing is stored then.
    Status setLanguage(const QString &language);

    // The database URL to open, always stored without a password (DatabaseUrl::redacted()).
    // Empty: none configured, so the GUI creates or opens the demo school in the data folder.
    QString databaseUrl() const;
    // InvalidInput for a URL that does not parse; nothing is stored then.
    Status setDatabaseUrl(const QString &url);
    void clearDatabaseUrl();

    // The login name last used successfully, to prefill the login dialog (not a secret).
    QString lastLogin() const;
    void setLastLogin(const QString &login);
    // Whether "Remember me" was ticked (the password itself is only in the keychain).
    bool rememberLogin() const;
    void setRememberLogin(bool remember);

    // Window state: geometry, dock/toolbars, splitters by name, and the page last shown.
    QByteArray windowGeometry(const QString &window) const;
    void setWindowGeometry(const QString &window, const QByteArray &geometry);
    QByteArray windowState(const QString &window) const;
    void setWindowState(const QString &window, const QByteArray &state);
    QByteArray splitterState(const QString &splitter) const;
    void setSplitterState(const QString &splitter, const QByteArray &state);
    QString currentPage() const;
    void setCurrentPage(const QString &pageId);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace cooc
