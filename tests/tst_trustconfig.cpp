// The school's e-signature trust material (EsignTrustRepository) and the TrustStore built from
// it (TrustConfigService), on SQLite and PostgreSQL alike. The CLI: tst_trustconfig_cli.cpp;
// the household service's settings, in the same Settings section: tst_householdsettings.cpp.
#include "app/esign/certificateauthority.h"
#include "app/esign/signatureverifier.h"
#include "app/esign/trustconfigservice.h"
#include "models/auditlog.h"
#include "support/testdatabase.h"
#include "support/trustfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cooc;
using namespace cooc::esign;
using namespace cooc::test;
using Kind = TrustMaterial::Kind;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

TrustAddition addition(Kind kind, const QByteArray &bytes, const QString &expected = {})
{
    TrustAddition a;
    a.kind = kind;
    a.bytes = bytes;
    a.expectedSha256 = expected;
    return a;
}

} // namespace

class TestTrustConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // EsignTrustRepository
    void inspectRefusesWhatIsNotTrustMaterial_data();
    void inspectRefusesWhatIsNotTrustMaterial();
    void inspectDescribesTheFile();
    void addListRemove_data() { test::addDialectRows(); }
    void addListRemove();
    void duplicateIsRefused_data() { test::addDialectRows(); }
    void duplicateIsRefused();
    void garbageChangesNothing_data() { test::addDialectRows(); }
    void garbageChangesNothing();
    void unusableAnchorsAreRefused_data() { test::addDialectRows(); }
    void unusableAnchorsAreRefused();
    void wrongExpectedFingerprintIsRefused_data() { test::addDialectRows(); }
    void wrongExpectedFingerprintIsRefused();
    void onlyTheSchoolsAdminMayChange_data() { test::addDialectRows(); }
    void onlyTheSchoolsAdminMayChange();
    void crlRules_data() { test::addDialectRows(); }
    void crlRules();
    void cityWideRowsAreListedButNotRemovable_data() { test::addDialectRows(); }
    void cityWideRowsAreListedButNotRemovable();

    // TrustConfigService
    void storeFromRowsVerifiesDemoSignature_data() { test::addDialectRows(); }
    void storeFromRowsVerifiesDemoSignature();
    void tamperedRowStopsVerification_data() { test::addDialectRows(); }
    void tamperedRowStopsVerification();
    void anchorPoliciesComeFromTheRow_data() { test::addDialectRows(); }
    void anchorPoliciesComeFromTheRow();
    void entriesDescribeRows_data() { test::addDialectRows(); }
    void entriesDescribeRows();
    void asyncStoreOffTheCallingThread();
    void largeCrlIsParsedOnceAndReused();


private:
    struct Holder
    {
        Certificate certificate;
        PrivateKey key;
    };
    QByteArray signedByDemoParent(QByteArray *document) const;

    std::unique_ptr<DemoChain> m_demo;
    PrivateKey m_holderKey;
    FixedClock m_clock{kNow};
};

void TestTrustConfig::initTestCase()
{
    m_demo = std::make_unique<DemoChain>();
    m_holderKey = PrivateKey::generateRsa(2048);
    QVERIFY(!m_holderKey.isNull());
}

QByteArray TestTrustConfig::signedByDemoParent(QByteArray *document) const
{
    HolderProfile profile;
    profile.commonName = QStringLiteral("王大明");
    profile.idLast4 = QStringLiteral("6789");
    const Certificate holder = must(m_demo->intermediate.issueHolder(profile, m_holderKey));
    *document = QByteArrayLiteral("{\"consent\":\"v1\",\"request\":42}");
    CmsSignOptions options;
    options.extraCertificates = {m_demo->intermediate.certificate()};
    return must(signCms(*document, holder, m_holderKey, options));
}

// ---------------------------------------------------------------------------------------
// EsignTrustRepository

void TestTrustConfig::inspectRefusesWhatIsNotTrustMaterial_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray root = m_demo->root.certificate().toPem();
    const QByteArray crl = m_demo->intermediateCrl.toPem();
    QTest::newRow("empty") << int(Kind::Anchor) << QByteArray("  \n") << QStringLiteral("empty");
    QTest::newRow("random bytes") << int(Kind::Anchor) << QByteArray("\x30\x82\x01\x00garbage", 12)
                                  << QStringLiteral("not a certificate");
    QTest::newRow("text") << int(Kind::Crl) << QByteArray("hello, world") << QStringLiteral("not a revocation list");
    QTest::newRow("damaged base64") << int(Kind::Anchor)
                                    << QByteArray("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n")
                                    << QStringLiteral("damaged");
    QTest::newRow("truncated PEM") << int(Kind::Anchor) << root.left(root.size() / 2) << QStringLiteral("damaged");
    QTest::newRow("truncated DER") << int(Kind::Anchor) << m_demo->root.certificate().toDer().chopped(10)
                                   << QStringLiteral("not a certificate");
    QTest::newRow("private key") << int(Kind::Anchor) << m_holderKey.toPem() << QStringLiteral("private key");
    QTest::newRow("key beside certificate") << int(Kind::Anchor) << QByteArray(root + m_holderKey.toPem())
                                            << QStringLiteral("private key");
    QTest::newRow("CRL as anchor") << int(Kind::Anchor) << crl << QStringLiteral("revocation list (CRL), not a certificate");
    QTest::newRow("CRL DER as anchor") << int(Kind::Anchor) << m_demo->intermediateCrl.toDer()
                                       << QStringLiteral("revocation list (CRL), not a certificate");
    QTest::newRow("certificate as CRL") << int(Kind::Crl) << root << QStringLiteral("certificate, not a revocation list");
    QTest::newRow("bundle") << int(Kind::Intermediate) << QByteArray(root + m_demo->intermediate.certificate().toPem())
                            << QStringLiteral("2 certificates");
    QTest::newRow("two CRLs") << int(Kind::Crl) << QByteArray(crl + m_demo->rootCrl.toPem()) << QStringLiteral("2 revocation lists");
    QTest::newRow("huge") << int(Kind::Crl) << QByteArray(EsignTrustRepository::maxFileBytes + 1, 'A')
                          << QStringLiteral("larger than");
}

void TestTrustConfig::inspectRefusesWhatIsNotTrustMaterial()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto info = EsignTrustRepository::inspect(Kind(kind), bytes);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidInput);
    QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
}

void TestTrustConfig::inspectDescribesTheFile()
{
    const Certificate &root = m_demo->root.certificate();
    const QByteArrayList inputs = {root.toPem(), root.toDer(), QByteArray(QByteArray("junk before\n") + root.toPem())};
    for (const QByteArray &bytes : inputs) {
        auto info = EsignTrustRepository::inspect(Kind::Anchor, bytes);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->sha256, root.sha256Hex());
        QCOMPARE(info->der, root.toDer());
        QCOMPARE(info->commonName, root.subjectCommonName());
        QVERIFY(info->commonName.contains(QStringLiteral("NOT REAL")));
        QVERIFY(info->isCa);
        QVERIFY(info->selfSigned);
        QCOMPARE(info->validUntil, root.notAfter());
        QCOMPARE(info->sha256Display().size(), 95); // 32 pairs and 31 colons
        QCOMPARE(normalizeSha256(info->sha256Display()), info->sha256);
        QCOMPARE(info->defaultLabel(), root.subjectCommonName());
    }
    auto crl = EsignTrustRepository::inspect(Kind::Crl, m_demo->intermediateCrl.toPem());
    QVERIFY(crl);
    QCOMPARE(crl->validUntil, m_demo->intermediateCrl.nextUpdate());
    QCOMPARE(crl->validFrom, m_demo->intermediateCrl.thisUpdate());
    QCOMPARE(crl->revokedCount, 0);
    QVERIFY(crl->defaultLabel().startsWith(QStringLiteral("CRL: ")));
    QCOMPARE(normalizeSha256(QStringLiteral("xyz")), std::nullopt);
}

void TestTrustConfig::addListRemove()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const qint64 other = addSchool(db, QStringLiteral("other"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const Certificate &root = m_demo->root.certificate();

    QVERIFY(must(repo.list(school)).isEmpty());
    const TrustChange added = must(repo.add(school, addition(Kind::Anchor, root.toPem(), root.sha256Hex())));
    QVERIFY(added.material.id > 0);
    QCOMPARE(added.material.label, root.subjectCommonName());
    QVERIFY(added.superseded.isEmpty());

    TrustAddition inter = addition(Kind::Intermediate, m_demo->intermediate.certificate().toDer(),
                                   TrustMaterialInfo::displayFingerprint(m_demo->intermediate.certificate().sha256Hex()));
    inter.label = QStringLiteral("  DEMO   intermediate ");
    must(repo.add(school, inter));
    must(repo.add(school, addition(Kind::Crl, m_demo->intermediateCrl.toPem())));

    QList<TrustMaterial> rows = must(repo.list(school));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).kind, Kind::Anchor);
    QCOMPARE(rows.at(0).sha256, root.sha256Hex());
    QCOMPARE(rows.at(0).schoolId, school);
    QCOMPARE(rows.at(0).isDemo, false);
    QCOMPARE(rows.at(0).addedAt, kNow);
    QCOMPARE(rows.at(0).requiredPolicies, std::nullopt); // the default
    QVERIFY(rows.at(0).pem.isEmpty());                    // not asked for
    QCOMPARE(rows.at(1).kind, Kind::Intermediate);
    QCOMPARE(rows.at(1).label, QStringLiteral("DEMO intermediate"));
    QCOMPARE(rows.at(2).kind, Kind::Crl);
    QCOMPARE(must(repo.list(school, EsignTrustRepository::Content::WithPem)).at(0).pem, root.toPem());
    QVERIFY(must(repo.list(other)).isEmpty()); // another school sees none of it
    QCOMPARE(must(repo.find(added.material.id, school)).pem, root.toPem());
    QCOMPARE(repo.find(added.material.id, other).error().code, Error::Code::NotFound);

    // Every change is audited, with the evidence, for this school.
    const QList<AuditEntry> entries = must(AuditLog(db).forEntity(QStringLiteral("esign_trust"), added.material.id));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("esign_trust.add"));
    QCOMPARE(entries.at(0).schoolId, school);
    QCOMPARE(entries.at(0).actorLogin, admin(school).login);
    QCOMPARE(entries.at(0).detail.value(QStringLiteral("sha256")).toString(), root.sha256Hex());
    QCOMPARE(entries.at(0).detail.value(QStringLiteral("kind")).toString(), QStringLiteral("anchor"));
    QCOMPARE(entries.at(0).detail.value(QStringLiteral("fingerprint_confirmed")).toBool(), true);
    QCOMPARE(entries.at(0).id, added.auditId);
    QCOMPARE(auditCount(db, QStringLiteral("esign_trust.add")), 3);

    const TrustChange removed = must(repo.remove(school, added.material.id));
    QCOMPARE(removed.material.sha256, root.sha256Hex());
    QCOMPARE(must(repo.list(school)).size(), 2);
    const QList<AuditEntry> after = must(AuditLog(db).forEntity(QStringLiteral("esign_trust"), added.material.id));
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(1).action, QStringLiteral("esign_trust.remove"));
    QCOMPARE(after.at(1).detail.value(QStringLiteral("sha256")).toString(), root.sha256Hex());

    // Removing again: NotFound, nothing else happens.
    auto again = repo.remove(school, added.material.id);
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(auditCount(db, QStringLiteral("esign_trust.remove")), 1);
    // The same certificate may be added again after removal.
    must(repo.add(school, addition(Kind::Anchor, root.toDer(), root.sha256Hex())));
    const auto chain = must(AuditLog(db).verifyChain());
    QCOMPARE(chain.firstBrokenId, 0);
}

void TestTrustConfig::duplicateIsRefused()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const Certificate &root = m_demo->root.certificate();
    must(repo.add(school, addition(Kind::Anchor, root.toPem(), root.sha256Hex())));
    // The same certificate again: as PEM, as DER, and as another kind.
    for (const auto &[kind, bytes] : {std::pair{Kind::Anchor, root.toPem()}, std::pair{Kind::Anchor, root.toDer()},
                                      std::pair{Kind::Intermediate, root.toPem()}}) {
        auto again = repo.add(school, addition(kind, bytes, root.sha256Hex()));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::InvalidInput);
        QVERIFY2(again.error().message.contains(QStringLiteral("already configured")), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(root.subjectCommonName()));
    }
    QCOMPARE(must(repo.list(school)).size(), 1);
    QCOMPARE(auditCount(db, QStringLiteral("esign_trust.add")), 1);
}

void TestTrustConfig::garbageChangesNothing()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const QList<std::pair<Kind, QByteArray>> garbage = {
        {Kind::Anchor, QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")},
        {Kind::Anchor, m_holderKey.toPem()},
        {Kind::Crl, QByteArray("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")},
        {Kind::Tsa, QByteArray(4096, '\0')},
        {Kind::Intermediate, {}},
    };
    for (const auto &[kind, bytes] : garbage) {
        auto added = repo.add(school, addition(kind, bytes));
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QVERIFY(!added.error().message.isEmpty());
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestTrustConfig::unusableAnchorsAreRefused()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const PrivateKey key = PrivateKey::generateEc();
    const CertificateAuthority expired = must(CertificateAuthority::createRoot(
        QStringLiteral("Expired Root"), key, kNow.addYears(-10), kNow.addDays(-1)));
    for (Kind kind : {Kind::Anchor, Kind::Tsa}) {
        auto added = repo.add(school, addition(kind, expired.certificate().toPem(), expired.certificate().sha256Hex()));
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QVERIFY2(added.error().message.contains(QStringLiteral("Expired Root"))
                     && added.error().message.contains(QStringLiteral("expired on 2026-11-27")),
                 qPrintable(added.error().message));
    }
    // The repository judges expiry by the injected clock: a day earlier it was fine.
    FixedClock before(kNow.addDays(-2));
    QVERIFY(EsignTrustRepository(db, admin(school), before)
                .add(school, addition(Kind::Anchor, expired.certificate().toPem()))
                .ok());
    must(repo.remove(school, must(repo.list(school)).first().id));

    // A signer's own certificate is no certificate authority.
    HolderProfile profile;
    profile.commonName = QStringLiteral("王大明");
    const Certificate holder = must(m_demo->intermediate.issueHolder(profile, m_holderKey));
    for (Kind kind : {Kind::Anchor, Kind::Intermediate}) {
        auto added = repo.add(school, addition(kind, holder.toPem()));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("not a certificate authority")),
                 qPrintable(added.error().message));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);

    // An intermediate CA is no trust anchor: OpenSSL ends a path only at a root, so with it as
    // the anchor every signature would come out INDETERMINATE. It is added as an intermediate.
    const QByteArray intermediate = m_demo->intermediate.certificate().toPem();
    auto asAnchor = repo.add(school, addition(Kind::Anchor, intermediate));
    QVERIFY(!asAnchor);
    QCOMPARE(asAnchor.error().code, Error::Code::InvalidInput);
    const QString rootName = m_demo->root.certificate().subjectCommonName();
    QVERIFY2(asAnchor.error().message.contains(QStringLiteral("not a root certificate"))
            && asAnchor.error().message.contains(rootName)
            && asAnchor.error().message.contains(QStringLiteral("as an intermediate")),
        qPrintable(asAnchor.error().message));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);
    QVERIFY(repo.add(school, addition(Kind::Intermediate, intermediate)).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 1);
    QCOMPARE(auditCount(db, QStringLiteral("esign_trust.add")), 2);
    QCOMPARE(auditCount(db, QStringLiteral("esign_trust.remove")), 1);
}

void TestTrustConfig::wrongExpectedFingerprintIsRefused()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const Certificate &root = m_demo->root.certificate();
    const QString other = m_demo->intermediate.certificate().sha256Hex();
    auto wrong = repo.add(school, addition(Kind::Anchor, root.toPem(), other));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
    QVERIFY(wrong.error().message.contains(TrustMaterialInfo::displayFingerprint(root.sha256Hex())));
    QVERIFY(wrong.error().message.contains(TrustMaterialInfo::displayFingerprint(other)));
    auto notHex = repo.add(school, addition(Kind::Anchor, root.toPem(), QStringLiteral("12:34")));
    QVERIFY(!notHex);
    QVERIFY2(notHex.error().message.contains(QStringLiteral("64 hexadecimal digits")), qPrintable(notHex.error().message));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    // Upper case with colons is the same fingerprint.
    QVERIFY(repo.add(school, addition(Kind::Anchor, root.toPem(), TrustMaterialInfo::displayFingerprint(root.sha256Hex())))
                .ok());
}

void TestTrustConfig::onlyTheSchoolsAdminMayChange()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const qint64 other = addSchool(db, QStringLiteral("other"));
    const Certificate &root = m_demo->root.certificate();
    const qint64 id = must(EsignTrustRepository(db, admin(school), m_clock)
                               .add(school, addition(Kind::Anchor, root.toPem(), root.sha256Hex())))
                          .material.id;
    Actor teacher = officeStaff(school);
    teacher.roles = {Actor::Role::HomeroomTeacher};
    for (const Actor &actor : {officeStaff(school), teacher, admin(other)}) {
        const EsignTrustRepository repo(db, actor, m_clock);
        auto added = repo.add(school, addition(Kind::Intermediate, m_demo->intermediate.certificate().toPem()));
        QCOMPARE(added.error().code, Error::Code::PermissionDenied);
        QVERIFY(added.error().message.contains(QStringLiteral("administrators")));
        QCOMPARE(repo.remove(school, id).error().code, Error::Code::PermissionDenied);
        QCOMPARE(must(repo.list(school)).size(), 1); // reading is fine
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    // The CLI's System actor may, and its entry belongs to the school.
    const TrustChange change = must(EsignTrustRepository(db, Actor::system(QStringLiteral("cli:root")), m_clock)
                                        .add(school, addition(Kind::Intermediate, m_demo->intermediate.certificate().toPem())));
    const auto entries = must(AuditLog(db).forEntity(QStringLiteral("esign_trust"), change.material.id));
    QCOMPARE(entries.at(0).schoolId, school);
    QCOMPARE(entries.at(0).actorLogin, QStringLiteral("cli:root"));
}

void TestTrustConfig::crlRules()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const Certificate &interCert = m_demo->intermediate.certificate();
    must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    must(repo.add(school, addition(Kind::Intermediate, interCert.toPem())));

    // A CRL under the intermediate's name signed by another key: forged.
    const CertificateAuthority impostor = must(CertificateAuthority::createRoot(
        interCert.subjectCommonName(), PrivateKey::generateEc(), kNow.addYears(-1), kNow.addYears(1), Digest::Sha256,
        QStringLiteral("CooC Desk DEMO 示範")));
    QCOMPARE(impostor.certificate().subjectText(), interCert.subjectText());
    const RevocationList forged = must(impostor.issueCrl({}, kNow.addDays(-1), kNow.addDays(7)));
    auto refused = repo.add(school, addition(Kind::Crl, forged.toPem()));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not verify")), qPrintable(refused.error().message));

    // Past its next update: stale.
    const RevocationList stale = must(m_demo->intermediate.issueCrl({}, kNow.addDays(-30), kNow.addDays(-2)));
    auto staleRefused = repo.add(school, addition(Kind::Crl, stale.toDer()));
    QVERIFY(!staleRefused);
    QVERIFY2(staleRefused.error().message.contains(QStringLiteral("due to be replaced")),
             qPrintable(staleRefused.error().message));

    // A newer CRL replaces the older one of the same issuer; an older one is refused.
    const RevocationList week1 = must(m_demo->intermediate.issueCrl({}, kNow.addDays(-3), kNow.addDays(4)));
    const RevocationList week2 = must(m_demo->intermediate.issueCrl({}, kNow.addDays(-1), kNow.addDays(6)));
    const TrustChange first = must(repo.add(school, addition(Kind::Crl, week1.toPem())));
    must(repo.add(school, addition(Kind::Crl, m_demo->rootCrl.toPem()))); // another issuer: kept
    const TrustChange second = must(repo.add(school, addition(Kind::Crl, week2.toPem())));
    QCOMPARE(second.superseded.size(), 1);
    QCOMPARE(second.superseded.at(0).id, first.material.id);
    auto older = repo.add(school, addition(Kind::Crl, week1.toPem()));
    QVERIFY(!older);
    QVERIFY2(older.error().message.contains(QStringLiteral("not newer")), qPrintable(older.error().message));

    QStringList crls;
    for (const TrustMaterial &m : must(repo.list(school))) {
        if (m.kind == Kind::Crl)
            crls << m.sha256;
    }
    QCOMPARE(crls.size(), 2);
    QVERIFY(crls.contains(QString::fromLatin1(QCryptographicHash::hash(week2.toDer(), QCryptographicHash::Sha256).toHex())));
    const auto removedEntries = must(AuditLog(db).forEntity(QStringLiteral("esign_trust"), first.material.id));
    QCOMPARE(removedEntries.size(), 2);
    QCOMPARE(removedEntries.at(1).action, QStringLiteral("esign_trust.remove"));
    QCOMPARE(removedEntries.at(1).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("superseded"));
}

void TestTrustConfig::cityWideRowsAreListedButNotRemovable()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const Certificate &root = m_demo->root.certificate();
    must(db.insert(QStringLiteral("INSERT INTO esign_trust (school_id, kind, label, sha256, pem, is_demo, added_at) "
                                  "VALUES (NULL, 'anchor', 'City root', ?, ?, ?, ?)"),
                   {root.sha256Hex(), QString::fromLatin1(root.toPem()), false, db.timestamp(kNow)}));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    const QList<TrustMaterial> rows = must(repo.list(school));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).isCityWide());
    auto removed = repo.remove(school, rows.at(0).id);
    QCOMPARE(removed.error().code, Error::Code::PermissionDenied);
    QVERIFY(removed.error().message.contains(QStringLiteral("every school of the city")));
    auto duplicate = repo.add(school, addition(Kind::Anchor, root.toPem()));
    QVERIFY(duplicate.error().message.contains(QStringLiteral("City root")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM esign_trust")), 1);
}

// ---------------------------------------------------------------------------------------
// TrustConfigService

void TestTrustConfig::storeFromRowsVerifiesDemoSignature()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    TrustConfigService service;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto none = service.trustStore(db, school);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QVERIFY(none.error().message.contains(QStringLiteral("No trust anchor")));

    const TrustChange anchor = must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem(),
                                                               m_demo->root.certificate().sha256Hex())));
    must(repo.add(school, addition(Kind::Intermediate, m_demo->intermediate.certificate().toPem())));
    must(repo.add(school, addition(Kind::Crl, m_demo->rootCrl.toPem())));
    must(repo.add(school, addition(Kind::Crl, m_demo->intermediateCrl.toPem())));

    QByteArray document;
    const QByteArray signature = signedByDemoParent(&document);
    const ExpectedSigner signer{QStringLiteral("王大明"), QStringLiteral("6789")};

    const SharedTrustStore store = must(service.trustStore(db, school));
    QCOMPARE(store->anchors().size(), 1);
    QCOMPARE(store->anchorPins(), QStringList{m_demo->root.certificate().sha256Hex()});
    QCOMPARE(store->anchors().at(0).requiredPolicies, defaultRequiredPolicies());
    QVERIFY(store->hasCrls());
    const VerificationReport passed = SignatureVerifier(store).verify(SignatureInput::cms(signature), signer, document, now);
    QCOMPARE(verdictCode(passed.verdict), QStringLiteral("TOTAL_PASSED"));

    // Unchanged rows: the same store, not rebuilt.
    const int builds = service.buildCount();
    QCOMPARE(must(service.trustStore(db, school)).get(), store.get());
    QCOMPARE(service.buildCount(), builds);
    // The shared instance behind schoolTrustStore() builds its own and then reuses it too.
    const SharedTrustStore shared = must(schoolTrustStore(db, school));
    QCOMPARE(must(schoolTrustStore(db, school)).get(), shared.get());

    // The anchor removed: no store at all, so nothing can pass.
    must(repo.remove(school, anchor.material.id));
    auto gone = service.trustStore(db, school);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    QVERIFY(!schoolTrustStore(db, school));
    // Another (unrelated) anchor: a store, but the DEMO signature no longer chains to it.
    const PrivateKey otherKey = PrivateKey::generateEc();
    const CertificateAuthority otherRoot =
        must(CertificateAuthority::createRoot(QStringLiteral("Other Root"), otherKey, now.addYears(-1), now.addYears(5)));
    must(repo.add(school, addition(Kind::Anchor, otherRoot.certificate().toPem())));
    const SharedTrustStore rebuilt = must(service.trustStore(db, school));
    QVERIFY(rebuilt.get() != store.get());
    QCOMPARE(service.buildCount(), builds + 1);
    const VerificationReport refused =
        SignatureVerifier(rebuilt).verify(SignatureInput::cms(signature), signer, document, now);
    QVERIFY(refused.verdict != Verdict::TotalPassed);
    QCOMPARE(subIndicationCode(refused.subIndication), QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND"));
    // The DEMO root back again: it verifies again.
    must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    const VerificationReport again = SignatureVerifier(must(service.trustStore(db, school)))
                                         .verify(SignatureInput::cms(signature), signer, document, now);
    QCOMPARE(verdictCode(again.verdict), QStringLiteral("TOTAL_PASSED"));
}

void TestTrustConfig::tamperedRowStopsVerification()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    TrustConfigService service;
    QVERIFY(service.trustStore(db, school).ok());
    // Someone swaps the PEM behind the pinned fingerprint (e.g. straight in the database).
    const PrivateKey key = PrivateKey::generateEc();
    const CertificateAuthority swapped = must(CertificateAuthority::createRoot(
        QStringLiteral("Swapped Root"), key, kNow.addYears(-1), kNow.addYears(5)));
    must(db.exec(QStringLiteral("UPDATE esign_trust SET pem = ? WHERE school_id = ?"),
                 {QString::fromLatin1(swapped.certificate().toPem()), school}));
    // The row list (ids, fingerprints) did not change, so the store stays the one built from
    // the genuine content; a fresh service (another PC, a restart) refuses the swapped row.
    TrustConfigService fresh;
    auto refused = fresh.trustStore(db, school);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Corrupt);
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not match its SHA-256 fingerprint")),
             qPrintable(refused.error().message));
    const QList<TrustMaterialEntry> entries = must(fresh.entries(db, school));
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.at(0).problem.isEmpty());
}

void TestTrustConfig::anchorPoliciesComeFromTheRow()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    TrustAddition root = addition(Kind::Anchor, m_demo->root.certificate().toPem());
    root.requiredPolicies = QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("2.16.886.101.0.3.3")};
    must(repo.add(school, root));
    TrustConfigService service;
    QCOMPARE(must(service.trustStore(db, school))->anchors().at(0).requiredPolicies, *root.requiredPolicies);
    QCOMPARE(must(repo.list(school)).at(0).requiredPolicies, root.requiredPolicies);

    TrustAddition none = addition(Kind::Anchor, must(CertificateAuthority::createRoot(QStringLiteral("No policy root"),
        PrivateKey::generateEc(), kNow.addYears(-1), kNow.addYears(3))).certificate().toPem());
    none.requiredPolicies = QStringList();
    must(repo.add(school, none));
    QList<TrustMaterial> rows = must(repo.list(school));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).requiredPolicies && rows.at(1).requiredPolicies);
    TrustAddition bad = addition(Kind::Anchor,
        must(CertificateAuthority::createRoot(
                 QStringLiteral("Bad policy root"), PrivateKey::generateEc(), kNow.addYears(-1), kNow.addYears(3)))
            .certificate()
            .toPem());
    bad.requiredPolicies = QStringList{QStringLiteral("not-an-oid")};
    auto refused = repo.add(school, bad);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("not-an-oid")));
}

void TestTrustConfig::entriesDescribeRows()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    must(repo.add(school, addition(Kind::Crl, m_demo->intermediateCrl.toPem())));
    TrustConfigService service;
    const QList<TrustMaterialEntry> entries = must(service.entries(db, school));
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).info);
    QCOMPARE(entries.at(0).info->subject, m_demo->root.certificate().subjectText());
    QCOMPARE(entries.at(0).info->validUntil, m_demo->root.certificate().notAfter());
    QVERIFY(entries.at(0).info->pem.isEmpty()); // lists do not carry the content
    QCOMPARE(entries.at(1).info->validUntil, m_demo->intermediateCrl.nextUpdate());
    QVERIFY(entries.at(1).problem.isEmpty());
    QVERIFY(entries.at(0).problem.isEmpty());

    // An intermediate stored as an anchor before adding refused it is pointed out in the list.
    must(repo.add(school, addition(Kind::Intermediate, m_demo->intermediate.certificate().toPem())));
    must(db.exec(QStringLiteral("UPDATE esign_trust SET kind = ? WHERE sha256 = ?"),
        { TrustMaterial::kindCode(Kind::Anchor), m_demo->intermediate.certificate().sha256Hex() }));
    const QList<TrustMaterialEntry> listed = must(service.entries(db, school));
    QCOMPARE(listed.size(), 3);
    const auto flagged = std::find_if(listed.cbegin(), listed.cend(), [&](const TrustMaterialEntry &e) {
        return e.material.sha256 == m_demo->intermediate.certificate().sha256Hex();
    });
    QVERIFY(flagged != listed.cend());
    QCOMPARE(flagged->material.kind, Kind::Anchor);
    QVERIFY2(flagged->problem.contains(QStringLiteral("Not a root certificate"))
            && flagged->problem.contains(m_demo->root.certificate().subjectCommonName()),
        qPrintable(flagged->problem));
}

void TestTrustConfig::asyncStoreOffTheCallingThread()
{
    auto t = test::TestDatabase::create(Dialect::Sqlite);
    QVERIFY(t && t->error().isEmpty());
    const qint64 school = addSchool(t->db(), QStringLiteral("tpjh"));
    must(EsignTrustRepository(t->db(), admin(school), m_clock)
             .add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    TrustConfigService service;
    QFuture<Result<SharedTrustStore>> future = service.trustStoreAsync(t->url(), school);
    future.waitForFinished();
    QVERIFY(future.result().ok());
    QCOMPARE(future.result().value()->anchors().size(), 1);
    auto listed = service.entriesAsync(t->url(), school);
    listed.waitForFinished();
    QCOMPARE(listed.result().value().size(), 1);
}

void TestTrustConfig::largeCrlIsParsedOnceAndReused()
{
    // A CRL the size of a tenth of the real MOICA G2 one (~412,000 entries, ~20 MB).
    constexpr int kEntries = 41200;
    QList<RevokedEntry> revoked;
    revoked.reserve(kEntries);
    for (int i = 0; i < kEntries; ++i)
        revoked.append({{}, QString::number(0x10000000 + i, 16), kNow.addDays(-1 - i % 300),
                        RevokedEntry::Reason::KeyCompromise});
    QElapsedTimer timer;
    timer.start();
    const RevocationList big = must(m_demo->intermediate.issueCrl(revoked, kNow.addDays(-1), kNow.addDays(6)));
    const QByteArray pem = big.toPem();
    qInfo("CRL with %d entries: %lld KB PEM, issued in %lld ms", kEntries, qint64(pem.size() / 1024), timer.restart());

    auto t = test::TestDatabase::create(Dialect::Sqlite);
    QVERIFY(t && t->error().isEmpty());
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const EsignTrustRepository repo(db, admin(school), m_clock);
    must(repo.add(school, addition(Kind::Anchor, m_demo->root.certificate().toPem())));
    must(repo.add(school, addition(Kind::Intermediate, m_demo->intermediate.certificate().toPem())));
    timer.restart();
    const TrustChange added = must(repo.add(school, addition(Kind::Crl, pem)));
    qInfo("added (inspected, verified against its CA, stored, audited) in %lld ms", timer.restart());

    TrustConfigService service;
    const SharedTrustStore first = must(service.trustStore(db, school));
    const qint64 buildMs = timer.restart();
    QCOMPARE(service.buildCount(), 1);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(must(service.trustStore(db, school)).get(), first.get());
    const qint64 reuseMs = timer.restart();
    QCOMPARE(service.buildCount(), 1);
    qInfo("store built in %lld ms; 20 unchanged look-ups in %lld ms", buildMs, reuseMs);

    // Adding an anchor rebuilds the store, but the CRL is not fetched or parsed again.
    must(repo.add(school, addition(Kind::Tsa, must(CertificateAuthority::createRoot(QStringLiteral("TSA Root"),
        PrivateKey::generateEc(), kNow.addYears(-1), kNow.addYears(3))).certificate().toPem())));
    timer.restart();
    const SharedTrustStore second = must(service.trustStore(db, school));
    qInfo("rebuilt after a change (CRL kept parsed) in %lld ms", timer.elapsed());
    QVERIFY(second.get() != first.get());
    QCOMPARE(service.buildCount(), 2);
    QVERIFY(second->hasTimestampAnchors());
    // The list for the settings screen: entries describe the CRL.
    const QList<TrustMaterialEntry> entries = must(service.entries(db, school));
    bool found = false;
    for (const TrustMaterialEntry &e : entries) {
        if (e.material.id == added.material.id) {
            found = true;
            QCOMPARE(e.info->revokedCount, kEntries);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestTrustConfig)
#include "tst_trustconfig.moc"
