#include "app/esign/trustconfigservice.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/err.h>
#include <openssl/x509.h>

namespace cooc::esign {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::esign::TrustConfigService", text);
}

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QString cacheKey(const Database &db, qint64 schoolId)
{
    return db.url().redacted() + QLatin1Char('#') + QString::number(schoolId);
}

QString signatureOf(const QList<TrustMaterial> &rows)
{
    QString signature;
    for (const TrustMaterial &row : rows) {
        signature += QString::number(row.id) + QLatin1Char(':') + TrustMaterial::kindCode(row.kind) + QLatin1Char(':')
            + row.sha256 + QLatin1Char(':');
        if (row.requiredPolicies)
            signature += QLatin1Char('=') + row.requiredPolicies->join(QLatin1Char(','));
        signature += QLatin1Char(';');
    }
    return signature;
}

// Why a CRL is left out of the store: it names a configured CA as its issuer but that CA's
// key does not verify it (TrustStore::build would refuse the whole configuration).
QString crlProblem(const RevocationList &crl, const QList<Certificate> &cas)
{
    bool nameKnown = false;
    for (const Certificate &ca : cas) {
        if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(ca.get())) != 0)
            continue;
        nameKnown = true;
        EVP_PKEY *key = X509_get0_pubkey(ca.get());
        const bool verifies = key && X509_CRL_verify(crl.get(), key) == 1;
        ERR_clear_error();
        if (verifies)
            return {};
    }
    if (!nameKnown)
        return {};
    return tr("Ignored: its signature does not verify with the configured certificate of its issuer's name.");
}

} // namespace

QStringList requiredPoliciesOf(const TrustMaterial &anchor)
{
    return anchor.requiredPolicies ? *anchor.requiredPolicies : defaultRequiredPolicies();
}

struct TrustConfigService::Parsed
{
    QHash<QString, Certificate> certificates; // by fingerprint
    QHash<QString, RevocationList> crls;
};

TrustConfigService::TrustConfigService() : m_parsed(std::make_unique<Parsed>()) {}

TrustConfigService::~TrustConfigService() = default;

TrustConfigService &TrustConfigService::shared()
{
    // Never destroyed: it holds OpenSSL objects, and OpenSSL may already be cleaned up (atexit)
    // when static destructors run.
    static TrustConfigService *const service = new TrustConfigService;
    return *service;
}

int TrustConfigService::buildCount() const
{
    std::lock_guard lock(m_lock);
    return m_builds;
}

namespace {

struct ParsedRow
{
    Certificate certificate;
    RevocationList crl;
};

} // namespace

// Parses a row once (by fingerprint) and checks that its content still has that fingerprint.
static Result<ParsedRow> parsedRow(const Database &db, qint64 schoolId, const TrustMaterial &row,
                                   std::mutex &lock, QHash<QString, Certificate> &certificates,
                                   QHash<QString, RevocationList> &crls)
{
    const bool isCrl = row.kind == TrustMaterial::Kind::Crl;
    {
        std::lock_guard guard(lock);
        if (isCrl) {
            if (auto it = crls.constFind(row.sha256); it != crls.constEnd())
                return ParsedRow{{}, *it};
        } else if (auto it = certificates.constFind(row.sha256); it != certificates.constEnd()) {
            return ParsedRow{*it, {}};
        }
    }
    auto withPem = EsignTrustRepository(db, Actor{}, systemClock()).find(row.id, schoolId);
    if (!withPem)
        return withPem.error();
    const auto corrupt = [&](const QString &detail) {
        return Error::make(Error::Code::Corrupt,
                           tr("The stored trust entry \"%1\" is damaged or was changed outside CooC Desk: it does not "
                              "match its SHA-256 fingerprint. Signatures cannot be verified until an administrator "
                              "removes it and adds the file again.")
                               .arg(row.label),
                           detail);
    };
    ParsedRow parsed;
    QByteArray der;
    if (isCrl) {
        auto crl = RevocationList::fromPemOrDer(withPem->pem);
        if (!crl)
            return corrupt(crl.error().message);
        parsed.crl = crl.value();
        der = parsed.crl.toDer();
    } else {
        auto cert = Certificate::fromPemOrDer(withPem->pem);
        if (!cert)
            return corrupt(cert.error().message);
        parsed.certificate = cert.value();
        der = parsed.certificate.toDer();
    }
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    if (actual != row.sha256)
        return corrupt(QStringLiteral("row %1: stored %2, content %3").arg(row.id).arg(row.sha256, actual));
    std::lock_guard guard(lock);
    if (isCrl)
        crls.insert(row.sha256, parsed.crl);
    else
        certificates.insert(row.sha256, parsed.certificate);
    return parsed;
}

Result<SharedTrustStore> TrustConfigService::trustStore(const Database &db, qint64 schoolId) const
{
    auto rows = EsignTrustRepository(db, Actor{}, systemClock()).list(schoolId);
    if (!rows)
        return rows.error();
    const QString key = cacheKey(db, schoolId);
    const QString signature = signatureOf(rows.value());
    const auto cached = [&]() -> SharedTrustStore {
        std::lock_guard lock(m_lock);
        const auto it = m_cache.constFind(key);
        return it != m_cache.constEnd() && it->signature == signature ? it->store : SharedTrustStore();
    };
    if (SharedTrustStore store = cached())
        return store;
    std::lock_guard building(m_buildLock);
    if (SharedTrustStore store = cached()) // built by another thread meanwhile
        return store;
    QElapsedTimer timer;
    timer.start();
    auto store = build(db, schoolId, rows.value());
    if (!store)
        return store.error();
    {
        std::lock_guard lock(m_lock);
        m_cache.insert(key, {signature, store.value()});
        ++m_builds;
        // Keep parsed material only while a cached configuration still uses it.
        QSet<QString> used;
        for (const Cached &entry : std::as_const(m_cache)) {
            for (const QString &part : entry.signature.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                used.insert(part.section(QLatin1Char(':'), 2, 2));
        }
        m_parsed->certificates.removeIf([&](const auto &it) { return !used.contains(it.key()); });
        m_parsed->crls.removeIf([&](const auto &it) { return !used.contains(it.key()); });
    }
    qCInfo(lcEsign) << "trust store of school" << schoolId << "built from" << rows->size() << "rows in"
                    << timer.elapsed() << "ms";
    return store;
}

Result<SharedTrustStore> TrustConfigService::build(const Database &db, qint64 schoolId,
                                                   const QList<TrustMaterial> &rows) const
{
    TrustConfiguration config;
    QList<RevocationList> crls;
    for (const TrustMaterial &row : rows) {
        auto parsed = parsedRow(db, schoolId, row, m_lock, m_parsed->certificates, m_parsed->crls);
        if (!parsed)
            return parsed.error();
        switch (row.kind) {
        case TrustMaterial::Kind::Anchor:
            config.addAnchor(parsed->certificate, requiredPoliciesOf(row), row.sha256);
            break;
        case TrustMaterial::Kind::Intermediate:
            config.intermediates.append(parsed->certificate);
            break;
        case TrustMaterial::Kind::Crl:
            crls.append(parsed->crl);
            break;
        case TrustMaterial::Kind::Tsa:
            config.timestampAnchors.append(parsed->certificate);
            break;
        }
    }
    if (config.anchors.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("No trust anchor is configured for this school, so e-signatures cannot be verified. "
                              "An administrator adds the certificate authority's root certificate in Settings → "
                              "E-signature trust."));
    QList<Certificate> cas;
    for (const auto &anchor : std::as_const(config.anchors))
        cas.append(anchor.certificate);
    cas.append(config.intermediates);
    for (const RevocationList &crl : std::as_const(crls)) {
        if (const QString problem = crlProblem(crl, cas); !problem.isEmpty()) {
            qCWarning(lcEsign) << "ignoring a CRL of" << crl.issuerText() << "that its CA does not verify";
            continue;
        }
        config.crls.append(crl);
    }
    auto store = TrustStore::build(config);
    if (!store)
        return Error::make(Error::Code::Corrupt,
                           tr("The e-signature trust settings of this school cannot be used: %1")
                               .arg(store.error().message),
                           store.error().detail);
    return store;
}

Result<QList<TrustMaterialEntry>> TrustConfigService::entries(const Database &db, qint64 schoolId) const
{
    auto rows = EsignTrustRepository(db, Actor{}, systemClock()).list(schoolId);
    if (!rows)
        return rows.error();
    QList<TrustMaterialEntry> entries;
    QList<Certificate> cas;
    QList<std::pair<qsizetype, RevocationList>> crls;
    for (const TrustMaterial &row : rows.value()) {
        TrustMaterialEntry entry;
        entry.material = row;
        auto parsed = parsedRow(db, schoolId, row, m_lock, m_parsed->certificates, m_parsed->crls);
        if (!parsed) {
            entry.problem = parsed.error().message;
            entries.append(entry);
            continue;
        }
        {
            std::lock_guard lock(m_lock);
            if (auto it = m_info.constFind(row.sha256); it != m_info.constEnd())
                entry.info = *it;
        }
        if (!entry.info) {
            const QByteArray der = row.kind == TrustMaterial::Kind::Crl ? parsed->crl.toDer() : parsed->certificate.toDer();
            auto info = EsignTrustRepository::inspect(row.kind, der);
            if (info) {
                TrustMaterialInfo light = info.value();
                light.der.clear();
                light.pem.clear();
                entry.info = light;
                std::lock_guard lock(m_lock);
                m_info.insert(row.sha256, light);
            } else {
                entry.problem = info.error().message;
            }
        }
        // An intermediate added as an anchor before adding refused it: no path ends at it.
        if (row.kind == TrustMaterial::Kind::Anchor && entry.info && entry.info->isCa && !entry.info->selfSigned
            && entry.problem.isEmpty())
            entry.problem
                = tr("Not a root certificate (issued by \"%1\"): no signature's certificate path can end at "
                     "it. Add its root as the trust anchor and this certificate as an intermediate, then "
                     "remove this row.")
                      .arg(entry.info->issuerCommonName.isEmpty() ? entry.info->issuer : entry.info->issuerCommonName);
        if (row.kind == TrustMaterial::Kind::Anchor || row.kind == TrustMaterial::Kind::Intermediate)
            cas.append(parsed->certificate);
        else if (row.kind == TrustMaterial::Kind::Crl)
            crls.append({entries.size(), parsed->crl});
        entries.append(entry);
    }
    for (const auto &[index, crl] : std::as_const(crls)) {
        if (const QString problem = crlProblem(crl, cas); !problem.isEmpty())
            entries[index].problem = problem;
    }
    return entries;
}

Result<TrustAddition> TrustConfigService::readFile(const QString &path, TrustMaterial::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, tr("The file %1 cannot be read.").arg(path), file.errorString());
    if (file.size() > EsignTrustRepository::maxFileBytes)
        return Error::make(Error::Code::InvalidInput,
                           tr("The file %1 is larger than %2 MB; it is not a certificate or revocation list.")
                               .arg(path)
                               .arg(EsignTrustRepository::maxFileBytes / (1024 * 1024)));
    TrustAddition addition;
    addition.kind = kind;
    addition.bytes = file.readAll();
    return addition;
}

Result<TrustChange> TrustConfigService::add(const Database &db, const Actor &actor, const Clock &clock,
                                            qint64 schoolId, const TrustAddition &addition) const
{
    return EsignTrustRepository(db, actor, clock).add(schoolId, addition);
}

Result<TrustChange> TrustConfigService::remove(const Database &db, const Actor &actor, const Clock &clock,
                                               qint64 schoolId, qint64 id) const
{
    return EsignTrustRepository(db, actor, clock).remove(schoolId, id);
}

QFuture<Result<SharedTrustStore>> TrustConfigService::trustStoreAsync(const DatabaseUrl &url, qint64 schoolId) const
{
    return QtConcurrent::run([this, url, schoolId]() -> Result<SharedTrustStore> {
        auto db = Database::open(url, Database::Access::ReadOnly);
        if (!db)
            return db.error();
        return trustStore(*db.value(), schoolId);
    });
}

QFuture<Result<QList<TrustMaterialEntry>>> TrustConfigService::entriesAsync(const DatabaseUrl &url,
                                                                            qint64 schoolId) const
{
    return QtConcurrent::run([this, url, schoolId]() -> Result<QList<TrustMaterialEntry>> {
        auto db = Database::open(url, Database::Access::ReadOnly);
        if (!db)
            return db.error();
        return entries(*db.value(), schoolId);
    });
}

QFuture<Result<TrustMaterialInfo>> TrustConfigService::inspectFileAsync(const QString &path,
                                                                        TrustMaterial::Kind kind) const
{
    return QtConcurrent::run([path, kind]() -> Result<TrustMaterialInfo> {
        auto addition = readFile(path, kind);
        if (!addition)
            return addition.error();
        return EsignTrustRepository::inspect(kind, addition->bytes);
    });
}

QFuture<Result<TrustChange>> TrustConfigService::addAsync(const DatabaseUrl &url, const Actor &actor,
                                                          const Clock &clock, qint64 schoolId,
                                                          const TrustAddition &addition) const
{
    return QtConcurrent::run([this, url, actor, &clock, schoolId, addition]() -> Result<TrustChange> {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return add(*db.value(), actor, clock, schoolId, addition);
    });
}

QFuture<Result<TrustChange>> TrustConfigService::removeAsync(const DatabaseUrl &url, const Actor &actor,
                                                             const Clock &clock, qint64 schoolId, qint64 id) const
{
    return QtConcurrent::run([this, url, actor, &clock, schoolId, id]() -> Result<TrustChange> {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return remove(*db.value(), actor, clock, schoolId, id);
    });
}

Result<SharedTrustStore> schoolTrustStore(const Database &db, qint64 schoolId)
{
    return TrustConfigService::shared().trustStore(db, schoolId);
}

} // namespace cooc::esign
