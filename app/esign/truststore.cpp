#include "app/esign/truststore.h"

#include "app/esign/openssl.h"
#include "app/esign/verification_p.h"

#include <QCoreApplication>

#include <mutex>
#include <optional>

namespace cooc::esign {

using namespace ossl;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::esign::TrustStore", text);
}

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Code::InvalidInput, message, detail);
}

QByteArray serialKey(const ASN1_INTEGER *serial)
{
    unsigned char *out = nullptr;
    const int len = i2d_ASN1_INTEGER(serial, &out);
    if (len <= 0)
        return {};
    QByteArray key(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return key;
}

bool usable(const Certificate &cert)
{
    // Extensions we cannot parse make X509_check_purpose flag the certificate invalid.
    return !cert.isNull() && (X509_get_extension_flags(cert.get()) & EXFLAG_INVALID) == 0;
}

QList<QByteArray> generalNamesDer(const GENERAL_NAMES *names)
{
    QList<QByteArray> out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        unsigned char *der = nullptr;
        const int length = i2d_GENERAL_NAME(sk_GENERAL_NAME_value(names, i), &der);
        if (length > 0)
            out.append(QByteArray(reinterpret_cast<const char *>(der), length));
        OPENSSL_free(der);
    }
    return out;
}

// Indexes one CRL whose issuer is `issuer` (already verified). Returns an error text when
// the CRL is of a kind we do not handle (delta, indirect, partitioned by reason).
QString indexCrl(TrustStore::IndexedCrl &out, const RevocationList &list, X509 *issuer)
{
    X509_CRL *crl = list.get();
    for (int i = 0; i < X509_CRL_get_ext_count(crl); ++i) {
        X509_EXTENSION *ext = X509_CRL_get_ext(crl, i);
        const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(ext));
        if (nid == NID_delta_crl)
            return QStringLiteral("delta CRLs are not supported");
        if (X509_EXTENSION_get_critical(ext) && nid != NID_issuing_distribution_point && nid != NID_crl_number
            && nid != NID_authority_key_identifier)
            return QStringLiteral("unsupported critical CRL extension");
    }
    if (auto *idp = static_cast<ISSUING_DIST_POINT *>(
            X509_CRL_get_ext_d2i(crl, NID_issuing_distribution_point, nullptr, nullptr))) {
        bool unsupported = idp->onlysomereasons || idp->indirectCRL || idp->onlyattr;
        out.onlyUserCerts = idp->onlyuser;
        out.onlyCaCerts = idp->onlyCA;
        if (idp->distpoint && idp->distpoint->type != 0)
            unsupported = true; // a name relative to the issuer
        else if (idp->distpoint)
            out.scope = generalNamesDer(idp->distpoint->name.fullname);
        if (idp->distpoint && out.scope.isEmpty())
            unsupported = true; // a partition that names nothing covers nothing
        ISSUING_DIST_POINT_free(idp);
        if (unsupported)
            return QStringLiteral("indirect or reason-partitioned CRLs are not supported");
    }
    out.crl = list;
    out.issuerKeySha256 = issuer ? TrustStore::publicKeySha256(issuer) : QByteArray();
    out.issuerName = list.issuerText();
    out.thisUpdate = list.thisUpdate();
    out.nextUpdate = list.nextUpdate();
    static const char source[]
        = QT_TRANSLATE_NOOP("cooc::esign::TrustStore", "CRL of %1 (this update %2, next update %3)");
    static const char none[] = QT_TRANSLATE_NOOP("cooc::esign::TrustStore", "none");
    const QString context = QStringLiteral("cooc::esign::TrustStore");
    const QString next = out.nextUpdate.isValid() ? detail::messageTime(out.nextUpdate) : QString();
    out.sourceWords = MessageText { QString::fromUtf8(source), context, {},
        { { MessageText { {}, {}, out.issuerName, {} }, MessageText { {}, {}, detail::messageTime(out.thisUpdate), {} },
            next.isEmpty() ? MessageText { QString::fromUtf8(none), context, {}, {} }
                           : MessageText { {}, {}, next, {} } } } };
    out.sourceText = out.sourceWords.toString();
    STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl);
    const int count = sk_X509_REVOKED_num(revoked);
    out.revoked.reserve(count);
    for (int i = 0; i < count; ++i) {
        X509_REVOKED *entry = sk_X509_REVOKED_value(revoked, i);
        for (int e = 0; e < X509_REVOKED_get_ext_count(entry); ++e) {
            X509_EXTENSION *ext = X509_REVOKED_get_ext(entry, e);
            if (X509_EXTENSION_get_critical(ext)) // e.g. certificateIssuer: an indirect CRL
                return QStringLiteral("unsupported critical CRL entry extension");
        }
        TrustStore::RevokedEntry value;
        value.revokedAt = toDateTime(X509_REVOKED_get0_revocationDate(entry));
        if (auto *reason = static_cast<ASN1_ENUMERATED *>(
                X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr))) {
            value.reason = int(ASN1_ENUMERATED_get(reason));
            ASN1_ENUMERATED_free(reason);
        }
        out.revoked.insert(serialKey(X509_REVOKED_get0_serialNumber(entry)), value);
    }
    return {};
}

} // namespace

QStringList defaultRequiredPolicies()
{
    return {QLatin1String(oid::moicaHolderPolicy)};
}

TrustStore::~TrustStore()
{
    X509_STORE_free(m_store);
}

X509_STORE *TrustStore::newTimestampStore(const QDateTime &at) const
{
    if (m_tsaAnchors.isEmpty())
        return nullptr;
    X509_STORE *store = X509_STORE_new();
    if (!store)
        return nullptr;
    for (const Certificate &cert : m_tsaAnchors) {
        if (X509_STORE_add_cert(store, cert.get()) != 1)
            clearErrors(); // a duplicate anchor is harmless
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(at.toSecsSinceEpoch()));
    return store;
}

bool TrustStore::crlCovers(const IndexedCrl &crl, X509 *cert)
{
    if (crl.scope.isEmpty())
        return true;
    // As OpenSSL's own check: a distribution point of the certificate (a full name, not via
    // another CRL issuer) that shares a name with the partition. No such point: not covered.
    auto *points = static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    bool covered = false;
    for (int i = 0; points && !covered && i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *point = sk_DIST_POINT_value(points, i);
        if (point->CRLissuer || !point->distpoint || point->distpoint->type != 0)
            continue;
        for (const QByteArray &name : generalNamesDer(point->distpoint->name.fullname))
            covered = covered || crl.scope.contains(name);
    }
    CRL_DIST_POINTS_free(points);
    return covered;
}

QByteArray TrustStore::publicKeySha256(X509 *cert)
{
    const ASN1_BIT_STRING *bits = cert ? X509_get0_pubkey_bitstr(cert) : nullptr;
    if (!bits)
        return {};
    return sha256(QByteArray::fromRawData(reinterpret_cast<const char *>(ASN1_STRING_get0_data(bits)),
                                          ASN1_STRING_length(bits)));
}

Result<std::shared_ptr<const TrustStore>> TrustStore::build(const TrustConfiguration &config)
{
    std::shared_ptr<TrustStore> store(new TrustStore);
    if (config.anchors.isEmpty())
        return invalid(tr("No trust anchor is configured."));
    store->m_store = X509_STORE_new();
    if (!store->m_store)
        return invalid(tr("The trust store could not be created."), takeErrors());
    for (const TrustConfiguration::Anchor &anchor : config.anchors) {
        if (!usable(anchor.certificate))
            return invalid(tr("A trust anchor certificate cannot be used."));
        const QString fingerprint = anchor.certificate.sha256Hex();
        QString pin = anchor.pinnedSha256.toLower();
        pin.remove(QLatin1Char(':'));
        if (!pin.isEmpty() && pin != fingerprint)
            return invalid(tr("The trust anchor \"%1\" does not match its pinned SHA-256 fingerprint.")
                               .arg(anchor.certificate.subjectCommonName()),
                           QStringLiteral("pinned %1, actual %2").arg(pin, fingerprint));
        if (!anchor.certificate.isCa())
            return invalid(tr("The trust anchor \"%1\" is not a certificate authority.")
                               .arg(anchor.certificate.subjectCommonName()));
        if (X509_STORE_add_cert(store->m_store, anchor.certificate.get()) != 1)
            clearErrors(); // a duplicate anchor is harmless
        TrustConfiguration::Anchor stored = anchor;
        stored.pinnedSha256 = fingerprint;
        store->m_anchors.append(stored);
        store->m_anchorPins.append(stored.pinnedSha256);
    }
    for (const Certificate &cert : config.intermediates) {
        if (!usable(cert))
            return invalid(tr("An intermediate certificate cannot be used."));
        store->m_intermediates.append(cert);
    }
    for (const Certificate &cert : config.timestampAnchors) {
        if (!usable(cert))
            return invalid(tr("A timestamp authority certificate cannot be used."), takeErrors());
        store->m_tsaAnchors.append(cert);
    }
    // Every CRL is verified against the CA that issued it, once.
    QList<Certificate> issuers;
    for (const auto &anchor : store->m_anchors)
        issuers.append(anchor.certificate);
    issuers.append(store->m_intermediates);
    for (const RevocationList &list : config.crls) {
        if (list.isNull())
            return invalid(tr("A certificate revocation list cannot be read."));
        X509 *issuer = nullptr;
        for (const Certificate &candidate : issuers) {
            if (X509_NAME_cmp(X509_CRL_get_issuer(list.get()), X509_get_subject_name(candidate.get())) != 0)
                continue;
            EVP_PKEY *key = X509_get0_pubkey(candidate.get());
            if (key && X509_CRL_verify(list.get(), key) == 1) {
                issuer = candidate.get();
                break;
            }
            clearErrors();
        }
        bool nameKnown = false;
        for (const Certificate &candidate : issuers)
            nameKnown = nameKnown
                || X509_NAME_cmp(X509_CRL_get_issuer(list.get()), X509_get_subject_name(candidate.get())) == 0;
        if (!issuer && nameKnown) // a configured CA of that name did not sign it
            return invalid(tr("The revocation list of \"%1\" does not verify with the configured certificate "
                              "authority of that name.")
                               .arg(list.issuerText()));
        IndexedCrl indexed;
        const QString problem = indexCrl(indexed, list, issuer);
        if (!problem.isEmpty())
            return invalid(tr("The revocation list of \"%1\" cannot be used.").arg(list.issuerText()), problem);
        store->m_crls.append(std::move(indexed));
    }
    const auto remember = [&](const Certificate &cert, bool anchor) {
        store->m_fingerprints.insert(cert.get(), cert.sha256());
        store->m_keyHashes.insert(cert.get(), publicKeySha256(cert.get()));
        store->m_byDer.insert(cert.toDer(), cert);
        CertificateInfo info;
        info.subject = cert.subjectText();
        info.commonName = cert.subjectCommonName();
        info.issuer = cert.issuerText();
        info.serialHex = cert.serialHex();
        info.subjectKeyId = cert.subjectKeyIdHex();
        info.authorityKeyId = cert.authorityKeyIdHex();
        info.sha256 = cert.sha256Hex();
        info.notBefore = cert.notBefore();
        info.notAfter = cert.notAfter();
        info.keyAlgorithm = cert.keyAlgorithm();
        info.keyBits = cert.keyBits();
        info.trustAnchor = anchor;
        store->m_infos.insert(cert.get(), info);
    };
    for (const auto &anchor : store->m_anchors)
        remember(anchor.certificate, true);
    for (const Certificate &cert : store->m_intermediates)
        remember(cert, false);
    return std::shared_ptr<const TrustStore>(std::move(store));
}

QByteArray TrustStore::fingerprint(X509 *cert) const
{
    const auto it = m_fingerprints.constFind(cert);
    if (it != m_fingerprints.constEnd())
        return *it;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, sha256Md(), md, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

Certificate TrustStore::knownCertificate(const QByteArray &der) const
{
    if (const Certificate configured = m_byDer.value(der); !configured.isNull())
        return configured;
    std::shared_lock lock(m_learnedLock);
    return m_learned.value(der);
}

void TrustStore::learnCertificate(const Certificate &caCertificate) const
{
    if (caCertificate.isNull() || !caCertificate.isCa())
        return;
    QByteArray der = caCertificate.toDer();
    if (der.size() > maxLearnedCertificateBytes)
        return;
    std::unique_lock lock(m_learnedLock);
    if (m_learned.size() < 256 && m_learnedBytes + der.size() <= 1024 * 1024 && !m_byDer.contains(der)
        && !m_learned.contains(der)) {
        m_learnedBytes += der.size();
        m_learned.insert(std::move(der), caCertificate);
    }
}

const CertificateInfo *TrustStore::knownInfo(X509 *cert) const
{
    const auto it = m_infos.constFind(cert);
    return it == m_infos.constEnd() ? nullptr : &*it;
}

QStringList TrustStore::anchorPins() const
{
    return m_anchorPins; // shared, not rebuilt for every report
}

const TrustConfiguration::Anchor *TrustStore::anchorFor(X509 *cert) const
{
    for (const auto &anchor : m_anchors) {
        if (anchor.certificate.get() == cert)
            return &anchor;
    }
    for (const auto &anchor : m_anchors) {
        if (X509_cmp(anchor.certificate.get(), cert) == 0)
            return &anchor;
    }
    return nullptr;
}

QList<const TrustStore::IndexedCrl *> TrustStore::crlsFor(X509 *issuer) const
{
    QList<const IndexedCrl *> result;
    const auto cached = m_keyHashes.constFind(issuer); // configured CAs: computed at build
    const QByteArray keyHash = cached != m_keyHashes.constEnd() ? *cached : publicKeySha256(issuer);
    for (qsizetype i = 0; i < m_crls.size(); ++i) {
        const IndexedCrl &crl = m_crls.at(i);
        if (!crl.issuerKeySha256.isEmpty()) {
            if (crl.issuerKeySha256 == keyHash)
                result.append(&crl);
            continue;
        }
        // Issued by a CA that is not configured: prove the signature once per issuer key.
        if (X509_NAME_cmp(X509_CRL_get_issuer(crl.crl.get()), X509_get_subject_name(issuer)) != 0)
            continue;
        const QByteArray proofKey = QByteArray::number(i) + ':' + keyHash;
        std::optional<bool> known;
        {
            std::shared_lock lock(m_provenLock);
            const auto it = m_crlProofs.constFind(proofKey);
            if (it != m_crlProofs.constEnd())
                known = *it;
        }
        if (!known) {
            EVP_PKEY *key = X509_get0_pubkey(issuer);
            known = key && X509_CRL_verify(crl.crl.get(), key) == 1;
            clearErrors();
            std::unique_lock lock(m_provenLock);
            if (m_crlProofs.size() < 4096)
                m_crlProofs.insert(proofKey, *known);
        }
        if (*known)
            result.append(&crl);
    }
    return result;
}

bool TrustStore::isProven(const QByteArray &edge) const
{
    std::shared_lock lock(m_provenLock);
    return m_proven.contains(edge);
}

void TrustStore::markProven(const QByteArray &edge) const
{
    std::unique_lock lock(m_provenLock);
    if (m_proven.size() < 65536) // bounded: CA certificates only, a handful in practice
        m_proven.insert(edge);
}

} // namespace cooc::esign
