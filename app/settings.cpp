#include "app/settings.h"

#include "models/databaseurl.h"

#include <QCoreApplication>

namespace cooc {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabaseUrl = QStringLiteral("database/url");
const QString kLastLogin = QStringLiteral("login/lastLogin");
const QString kRemember = QStringLiteral("login/remember");
const QString kCurrentPage = QStringLiteral("mainWindow/currentPage");

QString windowKey(const QString &window, const char *what)
{
    return QStringLiteral("windows/") + window + QLatin1Char('/') + QLatin1String(what);
}
} // namespace

Settings::Settings(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}

Settings::~Settings()
{
    m_store->sync();
}

std::unique_ptr<Settings> Settings::openDefault()
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                                  QCoreApplication::organizationName(),
                                                                  QCoreApplication::applicationName()));
}

QStringList Settings::supportedLanguages()
{
    return {QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString Settings::language() const
{
    const QString value = SettingValue<QString>(*m_store, kLanguage, defaultLanguage()).get();
    return supportedLanguages().contains(value) ? value : defaultLanguage();
}

Status Settings::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("cooc::Settings", "The language \"%1\" is not available; "
                                                                         "choose Traditional Chinese or English.")
                               .arg(language));
    SettingValue<QString>(*m_store, kLanguage).set(language);
    return okStatus();
}

QString Settings::databaseUrl() const
{
    return SettingValue<QString>(*m_store, kDatabaseUrl).get();
}

Status Settings::setDatabaseUrl(const QString &url)
{
    const auto parsed = DatabaseUrl::parse(url.trimmed());
    if (!parsed)
        return parsed.error();
    SettingValue<QString>(*m_store, kDatabaseUrl).set(parsed->redacted());
    return okStatus();
}

void Settings::clearDatabaseUrl()
{
    SettingValue<QString>(*m_store, kDatabaseUrl).reset();
}

QString Settings::lastLogin() const
{
    return SettingValue<QString>(*m_store, kLastLogin).get();
}

void Settings::setLastLogin(const QString &login)
{
    SettingValue<QString>(*m_store, kLastLogin).set(login);
}

bool Settings::rememberLogin() const
{
    return SettingValue<bool>(*m_store, kRemember, false).get();
}

void Settings::setRememberLogin(bool remember)
{
    SettingValue<bool>(*m_store, kRemember).set(remember);
}

QByteArray Settings::windowGeometry(const QString &window) const
{
    return SettingValue<QByteArray>(*m_store, windowKey(window, "geometry")).get();
}

void Settings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    SettingValue<QByteArray>(*m_store, windowKey(window, "geometry")).set(geometry);
}

QByteArray Settings::windowState(const QString &window) const
{
    return SettingValue<QByteArray>(*m_store, windowKey(window, "state")).get();
}

void Settings::setWindowState(const QString &window, const QByteArray &state)
{
    SettingValue<QByteArray>(*m_store, windowKey(window, "state")).set(state);
}

QByteArray Settings::splitterState(const QString &splitter) const
{
    return SettingValue<QByteArray>(*m_store, QStringLiteral("splitters/") + splitter).get();
}

void Settings::setSplitterState(const QString &splitter, const QByteArray &state)
{
    SettingValue<QByteArray>(*m_store, QStringLiteral("splitters/") + splitter).set(state);
}

QString Settings::currentPage() const
{
    return SettingValue<QString>(*m_store, kCurrentPage).get();
}

void Settings::setCurrentPage(const QString &pageId)
{
    SettingValue<QString>(*m_store, kCurrentPage).set(pageId);
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

} // namespace cooc
