#pragma once
// Shared by the tst_central_* tests: a fresh PostgreSQL database owned by a role of its own,
// migrated as that owner (so row-level security binds everybody but the superuser), plus
// login roles for staff. Role names are cluster-wide and the tests share one server, so
// every role this fixture makes carries a random prefix and is dropped again at the end.
#include "models/database.h"
#include "models/migrator.h"
#include "support/testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace cooc::test::central {

// The outcome of one raw statement: SQLSTATE ("" when it ran) and the rows it touched.
struct Outcome
{
    QString state;
    int rows = -1;
    QString text;
    bool ok() const { return state.isEmpty(); }
};

inline Outcome run(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    if (values.isEmpty()) { // TRUNCATE, COMMIT … cannot be prepared
        if (!q.exec(sql))
            return {q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("exec") : q.lastError().nativeErrorCode(), -1,
                    q.lastError().text()};
        return {QString(), q.numRowsAffected(), QString()};
    }
    if (!q.prepare(sql))
        return {q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("prepare") : q.lastError().nativeErrorCode(),
                -1, q.lastError().text()};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return {q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("exec") : q.lastError().nativeErrorCode(), -1,
                q.lastError().text()};
    return {QString(), q.numRowsAffected(), QString()};
}

// Values of the first column of every row, as qint64 (sorted), or {-1} on an error.
inline QList<qint64> ids(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values, Database::Rows::Buffered);
    if (!q)
        return {-1};
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    std::sort(out.begin(), out.end());
    return out;
}

class Fixture final
{
public:
    Q_DISABLE_COPY_MOVE(Fixture)

    static std::unique_ptr<Fixture> create()
    {
        std::unique_ptr<Fixture> f(new Fixture);
        f->m_prefix = QStringLiteral("c%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        f->m_db = TestDatabase::create(Dialect::Postgres, false);
        if (!f->m_db->error().isEmpty()) {
            f->m_error = f->m_db->error();
            return f;
        }
        const Database &super = f->m_db->db();
        f->m_owner = f->m_prefix + QStringLiteral("_owner");
        // The owner creates the group roles and the staff login roles: CREATEROLE, no superuser.
        if (Status s = super.execDdl(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'")
                                         .arg(f->m_owner, password(f->m_owner)));
            !s) {
            f->m_error = s.error().detail;
            return f;
        }
        f->m_roles << f->m_owner;
        if (Status s = super.execDdl(QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                                         .arg(f->m_db->url().databaseName, f->m_owner));
            !s) {
            f->m_error = s.error().detail;
            return f;
        }
        auto owner = Database::open(f->urlFor(f->m_owner));
        if (!owner) {
            f->m_error = owner.error().message + QLatin1Char(' ') + owner.error().detail;
            return f;
        }
        f->m_ownerDb = std::move(owner).value();
        if (Status s = Migrator(*f->m_ownerDb).migrate(); !s)
            f->m_error = s.error().message + QLatin1Char(' ') + s.error().detail;
        return f;
    }

    ~Fixture()
    {
        m_ownerDb.reset();
        const QString server = TestDatabase::postgresServerUrl();
        m_db.reset(); // drops the database
        auto url = DatabaseUrl::parse(server);
        if (!url)
            return;
        auto admin = Database::open(url.value());
        if (!admin)
            return;
        for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it)
            (void)admin.value()->execDdl(QStringLiteral("DROP ROLE IF EXISTS ") + *it);
    }

    const QString &error() const { return m_error; }
    const QString &prefix() const { return m_prefix; }
    const QString &ownerRole() const { return m_owner; }
    // A superuser connection to the test database (bypasses row-level security).
    const Database &superuser() { return m_db->db(); }
    const Database &owner() { return *m_ownerDb; }
    TestDatabase &testDatabase() { return *m_db; }

    // Every role of this fixture has the password "pw-<role>".
    static QString password(const QString &role) { return QStringLiteral("pw-") + role; }
    DatabaseUrl urlFor(const QString &role) const
    {
        DatabaseUrl url = m_db->url();
        url.user = role;
        url.password = password(role);
        return url;
    }
    // A login role named prefix_<suffix>, member of `groups`.
    QString createLogin(const QString &suffix, const QStringList &groups)
    {
        const QString role = m_prefix + QLatin1Char('_') + suffix;
        QString sql = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password(role));
        if (!groups.isEmpty())
            sql += QStringLiteral(" IN ROLE ") + groups.join(QStringLiteral(", "));
        if (Status s = m_ownerDb->execDdl(sql); !s) {
            qWarning() << "createLogin" << s.error().detail;
            return {};
        }
        m_roles << role;
        return role;
    }
    // Remembers a role made elsewhere (accounts sync, demo) so that it is dropped at the end.
    void adoptRole(const QString &role) { m_roles << role; }
    std::unique_ptr<Database> connectAs(const QString &role) const
    {
        auto db = Database::open(urlFor(role));
        if (!db) {
            qWarning() << "connectAs" << role << db.error().message << db.error().detail;
            return nullptr;
        }
        return std::move(db).value();
    }

private:
    Fixture() = default;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_ownerDb;
    QString m_prefix;
    QString m_owner;
    QStringList m_roles;
    QString m_error;
};

} // namespace cooc::test::central
