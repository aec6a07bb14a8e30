#include "app/demo/demosigner.h"

#include "app/demo/demorandom.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace cooc::demo {

namespace {

constexpr int kSignerKeys = 4; // RSA key generation is slow: a few keys serve every demo parent

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DemoSchool", text);
}

TrustRow trustRow(const QString &kind, const QString &label, const QByteArray &der, const QByteArray &pem)
{
    return {kind, label, QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()),
            QString::fromLatin1(pem)};
}

} // namespace

DemoSigner::~DemoSigner() = default;

Result<std::unique_ptr<DemoSigner>> DemoSigner::create(const QDateTime &crlFrom, const QDateTime &now)
{
    std::unique_ptr<DemoSigner> signer(new DemoSigner);
    auto root = esign::demo::rootCa();
    auto intermediate = esign::demo::intermediateCa();
    if (!root || !intermediate)
        return Error::make(Error::Code::Generic, tr("The built-in DEMO certificate authority could not be loaded."),
                           !root ? root.error().detail : intermediate.error().detail);
    // Fresh CRLs (nothing revoked) that already covered the demo's first requests, so that
    // verifying at a request's arrival time finds a current revocation list.
    auto rootCrl = root->issueCrl({}, crlFrom, now.addDays(365));
    auto intermediateCrl = intermediate->issueCrl({}, crlFrom, now.addDays(365));
    if (!rootCrl || !intermediateCrl)
        return Error::make(Error::Code::Generic, tr("The DEMO revocation lists could not be issued."),
                           !rootCrl ? rootCrl.error().detail : intermediateCrl.error().detail);
    signer->m_intermediate = intermediate.value();
    // RSA key generation takes a good fraction of a second per key: the keys are made once per
    // process and shared (PrivateKey copies share the immutable OpenSSL key).
    static const std::vector<esign::PrivateKey> keys = [] {
        std::vector<esign::PrivateKey> made;
        for (int i = 0; i < kSignerKeys; ++i)
            made.push_back(esign::PrivateKey::generateRsa(2048));
        return made;
    }();
    for (const esign::PrivateKey &key : keys) {
        if (key.isNull())
            return Error::make(Error::Code::Generic, tr("A demo signing key could not be generated."));
    }
    signer->m_keys = keys;
    // A CA that no school configured: certificates from it cannot be chained to a trust anchor.
    auto untrusted = esign::CertificateAuthority::createRoot(QStringLiteral("非信任之測試憑證中心 NOT TRUSTED"),
                                                             signer->m_keys.front(), now.addYears(-3),
                                                             now.addYears(5), esign::Digest::Sha256,
                                                             QStringLiteral("Unknown Test CA"));
    if (!untrusted)
        return untrusted.error();
    signer->m_untrustedCa = untrusted.value();

    const esign::Certificate &rootCert = root->certificate();
    const esign::Certificate &interCert = intermediate->certificate();
    signer->m_trust = {
        trustRow(QStringLiteral("anchor"), rootCert.subjectCommonName(), rootCert.toDer(), rootCert.toPem()),
        trustRow(QStringLiteral("intermediate"), interCert.subjectCommonName(), interCert.toDer(), interCert.toPem()),
        trustRow(QStringLiteral("crl"), QStringLiteral("CRL: ") + rootCert.subjectCommonName(), rootCrl->toDer(),
                 rootCrl->toPem()),
        trustRow(QStringLiteral("crl"), QStringLiteral("CRL: ") + interCert.subjectCommonName(),
                 intermediateCrl->toDer(), intermediateCrl->toPem()),
    };

    esign::TrustConfiguration config;
    config.addAnchor(rootCert, {QLatin1String(esign::oid::moicaHolderPolicy)}, rootCert.sha256Hex());
    config.intermediates = {interCert};
    config.crls = {rootCrl.value(), intermediateCrl.value()};
    auto store = esign::TrustStore::build(config);
    if (!store)
        return store.error();
    signer->m_verifier = std::make_unique<esign::SignatureVerifier>(store.value());
    return signer;
}

Result<esign::Certificate> DemoSigner::certificateFor(const QString &holder, const QString &name,
                                                      const QString &last4, SignatureCase signatureCase,
                                                      const QDateTime &signedAt, esign::PrivateKey *key)
{
    const bool expired = signatureCase == SignatureCase::ExpiredCertificate;
    const bool untrusted = signatureCase == SignatureCase::UntrustedChain;
    const QString cacheKey = holder + QLatin1Char('\x1f') + name + QLatin1Char('\x1f') + last4
        + QLatin1Char('\x1f') + QString::number(int(expired)) + QString::number(int(untrusted));
    *key = m_keys[size_t(mix64(qHash(holder)) % quint64(m_keys.size()))];
    if (auto it = m_certificates.constFind(cacheKey); it != m_certificates.constEnd())
        return *it;
    esign::HolderProfile profile;
    profile.commonName = name;
    profile.idLast4 = last4;
    if (expired) {
        profile.notBefore = signedAt.addDays(-2 * 365 - 40);
        profile.notAfter = signedAt.addDays(-40);
    } else {
        profile.notBefore = signedAt.addDays(-400);
        profile.notAfter = signedAt.addDays(5 * 365);
    }
    const esign::CertificateAuthority &ca = untrusted ? m_untrustedCa : m_intermediate;
    auto certificate = ca.issueHolder(profile, *key);
    if (!certificate)
        return certificate.error();
    ++m_issued;
    m_certificates.insert(cacheKey, certificate.value());
    return certificate.value();
}

Result<SignedConsent> DemoSigner::sign(const esign::ConsentDocument &document, const QString &holder,
                                       const QString &certificateName, const QString &idLast4,
                                       SignatureCase signatureCase, const QDateTime &signedAt, quint64 variation)
{
    SignedConsent out;
    out.document = document.toCanonicalBytes();
    if (signatureCase == SignatureCase::NoSignature) {
        out.format = QStringLiteral("none");
        return out;
    }
    esign::PrivateKey key;
    auto certificate = certificateFor(holder, certificateName, idLast4, signatureCase, signedAt, &key);
    if (!certificate)
        return certificate.error();

    QByteArray signedBytes = out.document;
    if (signatureCase == SignatureCase::ContentMismatch) {
        // The parent's app signed a form for another request (a stale draft).
        esign::ConsentDocument other = document;
        other.requestId = document.requestId + QStringLiteral("0");
        signedBytes = other.toCanonicalBytes();
    }
    if (signatureCase == SignatureCase::ValidPkcs1) {
        auto signature = esign::signPkcs1(signedBytes, key);
        if (!signature)
            return signature.error();
        out.signature = signature.value();
        out.certificate = certificate->toDer();
        out.format = QStringLiteral("pkcs1");
        return out;
    }
    esign::CmsSignOptions options;
    options.detached = signatureCase == SignatureCase::ValidCmsDetached;
    options.signingTime = signedAt;
    // The card number (a signed attribute of card-reader signatures), e.g. TP03000012345678.
    options.cardNumber = QStringLiteral("TP03%1").arg(variation % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    if (variation % 10 < 7 && signatureCase != SignatureCase::UntrustedChain)
        options.extraCertificates = {m_intermediate.certificate()}; // the intermediate is not always embedded
    auto signature = esign::signCms(signedBytes, certificate.value(), key, options);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    out.format = QStringLiteral("cms");
    if (signatureCase == SignatureCase::TamperedSignature && out.signature.size() > 40) {
        // The signature value is the last field of the DER: change one of its bytes.
        const qsizetype at = out.signature.size() - 20;
        out.signature[at] = char(out.signature.at(at) ^ 0x5a);
    }
    return out;
}

esign::VerificationReport DemoSigner::verify(const SignedConsent &consent, const esign::ExpectedSigner &applicant,
                                             const QDateTime &at) const
{
    esign::SignatureInput input;
    if (consent.format == QLatin1String("cms"))
        input = esign::SignatureInput::cms(consent.signature);
    else if (consent.format == QLatin1String("pkcs1"))
        input = esign::SignatureInput::pkcs1(consent.certificate, consent.signature);
    else
        input = esign::SignatureInput::none();
    return m_verifier->verify(input, applicant, consent.document, at);
}

} // namespace cooc::demo
