#include "models/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace cooc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DatabaseUrl", text);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("No database address was given."));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error::make(Error::Code::InvalidInput,
                           tr("The database address is not a valid URL."), url.errorString());

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = url.path(QUrl::FullyDecoded);
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(path) || path == QLatin1String("/"))
            return Error::make(Error::Code::InvalidInput,
                               tr("A SQLite address needs an absolute file path, e.g. sqlite:///home/me/school.sqlite."));
        return sqlite(path);
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        DatabaseUrl result;
        result.dialect = Dialect::Postgres;
        result.host = url.host(QUrl::FullyDecoded);
        if (result.host.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("A PostgreSQL address needs a host, e.g. postgresql://user@db.example.tw/cooc."));
        result.port = url.port(5432);
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
            return Error::make(Error::Code::InvalidInput,
                               tr("A PostgreSQL address needs a database name after the host."));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            result.options.insert(key, value);
        return result;
    }
    return Error::make(Error::Code::InvalidInput,
                       tr("Unknown database type \"%1\": use sqlite:// or postgresql://.").arg(scheme));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &absolutePath)
{
    DatabaseUrl result;
    result.dialect = Dialect::Sqlite;
    result.path = QDir::cleanPath(absolutePath);
    return result;
}

static QString build(const DatabaseUrl &u, bool withPassword)
{
    if (u.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(u.path, "/"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(u.host);
    url.setPort(u.port);
    url.setUserName(u.user);
    if (withPassword)
        url.setPassword(u.password);
    url.setPath(QLatin1Char('/') + u.databaseName);
    QUrlQuery query;
    for (auto it = u.options.cbegin(); it != u.options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool DatabaseUrl::isOnThisComputer() const
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString DatabaseUrl::sslMode() const
{
    if (const auto it = options.constFind(QStringLiteral("sslmode")); it != options.constEnd())
        return *it;
    return isOnThisComputer() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

Status DatabaseUrl::checkTransport() const
{
    if (dialect != Dialect::Postgres || isOnThisComputer() || sslMode() == QLatin1String("verify-full"))
        return okStatus();
    return Error::make(Error::Code::InvalidInput,
                       tr("The address of the server at %1 asks for sslmode=%2. CooC Desk connects to a server on "
                          "another computer only with sslmode=verify-full, which checks the server's certificate and "
                          "name; ask the school's IT office for the address with the server's CA certificate "
                          "(sslrootcert). Nothing was sent.")
                           .arg(host, sslMode()));
}

QString DatabaseUrl::libpqOptions() const
{
    static const QStringList allowed = {
        QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),      QStringLiteral("sslcrl"),      QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        // noticing a dead network while a query waits (docs/deploy.md)
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
    };
    // libpq's conninfo quoting: single quotes, with ' and \ escaped by a backslash.
    const auto quoted = [](QString value) -> QString {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (allowed.contains(it.key()))
            parts << it.key() + QLatin1Char('=') + quoted(it.value());
    }
    if (!options.contains(QStringLiteral("sslmode")))
        parts << QStringLiteral("sslmode=") + quoted(sslMode());
    if (!options.contains(QStringLiteral("connect_timeout")))
        parts << QStringLiteral("connect_timeout='5'");
    if (!options.contains(QStringLiteral("application_name")))
        parts << QStringLiteral("application_name='cooc-desk'");
    // A network that dies while a query waits (the GUI waits with it in central mode) shows up
    // in about 20 seconds, not after the operating system's TCP timeout of many minutes: sent
    // data unacknowledged for 20 s, or an idle connection not answering 3 probes 10 s apart
    // after 30 s. The URL's own values win (docs/deploy.md).
    static const std::pair<const char *, const char *> network[] = {
        {"keepalives_idle", "30"}, {"keepalives_interval", "10"}, {"keepalives_count", "3"},
        {"tcp_user_timeout", "20000"}};
    for (const auto &[key, value] : network) {
        if (!options.contains(QLatin1String(key)))
            parts << QLatin1String(key) + QStringLiteral("='") + QLatin1String(value) + QLatin1Char('\'');
    }
    return parts.join(QLatin1Char(';'));
}

Status DatabaseUrl::checkOptions() const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.value().contains(QLatin1Char(';')))
            return Error::make(Error::Code::InvalidInput,
                               tr("The option %1 in the server's address contains \";\", which CooC Desk cannot pass "
                                  "on. Nothing was sent.")
                                   .arg(it.key()));
    }
    return okStatus();
}

QString DatabaseUrl::redacted() const
{
    return build(*this, false);
}

QString DatabaseUrl::toString() const
{
    return build(*this, true);
}

} // namespace cooc
