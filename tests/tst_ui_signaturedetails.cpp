// The signature-details dialog, offscreen: what a reviewer sees for a passed, a failed, an
// indeterminate and an unverified signature; Copy report; Esc. With COOC_SCREENSHOTS=DIR it
// also saves signature-details.png (passed) and signature-details-failed.png there.
#include "app/esign/consentdocument.h"
#include "app/esign/signatureverifier.h"
#include "support/testpki.h"
#include "ui/catalogtranslator.h"
#include "ui/signaturedetailsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace cooc;
using namespace cooc::esign;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// Every text in the tree, "field: value", depth first.
QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out << item->text(0) + QStringLiteral(": ") + item->text(1);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(needle); });
}

} // namespace

class TestUiSignatureDetails final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passed();
    void failed();
    void indeterminate();
    void notVerified();
    void eachLineExplainsItsOwnHalf();
    void storedReportReadsInTheViewersLanguage();
    void wordsThatDoNotGiveBackTheTextAreNotShown();
    void reportMadeInChineseReadsInEnglish();
    void copyReport();
    void escapeCloses();
    void screenshots();

private:
    std::unique_ptr<test::TestPki> m_pki;
    VerificationReport m_passed, m_failed, m_indeterminate;
};

void TestUiSignatureDetails::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    test::TestPki &pki = *m_pki;
    const QByteArray doc = ConsentDocument::create(QStringLiteral("REQ-1001"), QStringLiteral("353604"),
                                                   QStringLiteral("112233"), QStringLiteral("wang@example.tw"),
                                                   QStringLiteral("father"), QStringLiteral("6789"))
                               .toCanonicalBytes();
    const Certificate cert = pki.issue(pki.rsaKey);
    CmsSignOptions options;
    options.cardNumber = QStringLiteral("TP03000012345678");
    options.signingTime = pki.now.addSecs(-300);
    options.extraCertificates = {pki.intermediate.certificate()};
    const QByteArray sig = signCms(doc, cert, pki.rsaKey, options).value();
    options.detached = true;
    const QByteArray detached = signCms(doc, cert, pki.rsaKey, options).value();
    const ExpectedSigner applicant{QStringLiteral("王大明"), QStringLiteral("6789")};
    const SignatureVerifier verifier(TrustStore::build(pki.configuration(pki.intermediateCrl())).value());
    m_passed = verifier.verify(SignatureInput::cms(sig), applicant, doc, pki.now);
    m_failed = verifier.verify(SignatureInput::cms(detached), applicant, QByteArray(doc).replace("father", "mother"),
                               pki.now);
    const SignatureVerifier noCrl(TrustStore::build(pki.configuration(RevocationList())).value());
    m_indeterminate = noCrl.verify(SignatureInput::cms(sig), applicant, doc, pki.now);
    QCOMPARE(m_passed.verdict, Verdict::TotalPassed);
    QCOMPARE(m_failed.subIndication, SubIndication::HashFailure);
    QCOMPARE(m_indeterminate.subIndication, SubIndication::TryLater);
}

void TestUiSignatureDetails::passed()
{
    ui::SignatureDetailsDialog dialog(m_passed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *verdict = child<QLabel>(&dialog, "verdictLabel");
    auto *integrity = child<QLabel>(&dialog, "integrityLabel");
    auto *certificate = child<QLabel>(&dialog, "certificateLabel");
    QCOMPARE(verdict->text(), QStringLiteral("Valid"));
    QVERIFY2(integrity->text().startsWith(QStringLiteral("Signature integrity: Valid")), qPrintable(integrity->text()));
    QVERIFY2(certificate->text().startsWith(QStringLiteral("Certificate status: Valid")), qPrintable(certificate->text()));
    QVERIFY(certificate->text().contains(QStringLiteral("TEST 內政部憑證管理中心 MOICA")));
    // Word, icon and colour together — never colour alone.
    QVERIFY(integrity->styleSheet().contains(QStringLiteral("#1b7f3b")));
    auto *icon = child<QLabel>(&dialog, "integrityIconLabel");
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(icon->accessibleName(), QStringLiteral("Valid"));

    const QStringList texts = treeTexts(child<QTreeWidget>(&dialog, "detailsTreeWidget"));
    QVERIFY(texts.contains(QStringLiteral("Name (certificate CN): 王大明")));
    QVERIFY(texts.contains(QStringLiteral("ID, last 4 characters: *789")));
    QVERIFY(texts.contains(QStringLiteral("Card number: TP03000012345678")));
    QVERIFY(texts.contains(QStringLiteral("Applicant: name and ID digits match the applicant")));
    QVERIFY(texts.contains(QStringLiteral("Key identifier: ") + m_pki->intermediate.certificate().subjectKeyIdHex()));
    QVERIFY(texts.contains(QStringLiteral("Trust anchor: TEST 政府憑證總管理中心 GRCA (key ID %1…)")
                               .arg(m_pki->root.certificate().subjectKeyIdHex().left(8))));
    QVERIFY(anyContains(texts, QStringLiteral("Best signature time: ")));
    QVERIFY(anyContains(texts, QStringLiteral("from the verification time (no timestamp)")));
    QVERIFY(anyContains(texts, QStringLiteral("(information only)")));
    QVERIFY(texts.contains(QStringLiteral("Status: not revoked")));
    QVERIFY(texts.contains(QStringLiteral("Signing key: RSA, 2048 bits")));
    QVERIFY(anyContains(texts, QStringLiteral("No timestamp: basic level only")));
    QVERIFY(!anyContains(texts, QStringLiteral("Errors")));
}

void TestUiSignatureDetails::failed()
{
    ui::SignatureDetailsDialog dialog(m_failed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *verdict = child<QLabel>(&dialog, "verdictLabel");
    auto *integrity = child<QLabel>(&dialog, "integrityLabel");
    auto *certificate = child<QLabel>(&dialog, "certificateLabel");
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Invalid (HASH_FAILURE)")), qPrintable(verdict->text()));
    QVERIFY2(integrity->text().startsWith(QStringLiteral("Signature integrity: Invalid — The document's digest")),
             qPrintable(integrity->text()));
    QVERIFY(integrity->styleSheet().contains(QStringLiteral("#c62828")));
    QCOMPARE(child<QLabel>(&dialog, "integrityIconLabel")->accessibleName(), QStringLiteral("Invalid"));
    // The certificate itself is fine: the reviewer sees which half failed.
    QVERIFY(certificate->text().startsWith(QStringLiteral("Certificate status: Valid")));
    const QStringList texts = treeTexts(child<QTreeWidget>(&dialog, "detailsTreeWidget"));
    QVERIFY(anyContains(texts, QStringLiteral("Error: The document's digest does not match")));
}

void TestUiSignatureDetails::indeterminate()
{
    ui::SignatureDetailsDialog dialog(m_indeterminate);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *certificate = child<QLabel>(&dialog, "certificateLabel");
    QVERIFY2(certificate->text().startsWith(QStringLiteral("Certificate status: Cannot be confirmed — No current")),
             qPrintable(certificate->text()));
    QVERIFY(certificate->styleSheet().contains(QStringLiteral("#b26a00")));
    QVERIFY(child<QLabel>(&dialog, "verdictLabel")->text().startsWith(QStringLiteral("Cannot be confirmed (TRY_LATER)")));
    QVERIFY(child<QLabel>(&dialog, "integrityLabel")->text().startsWith(QStringLiteral("Signature integrity: Valid")));
}

void TestUiSignatureDetails::eachLineExplainsItsOwnHalf()
{
    // A signature copied from another request (an integrity error), verified while no current
    // CRL was loaded (a certificate error): each summary line explains its own half — the
    // certificate line used to show the consent error, whose code it did not know. The verifier
    // now records each error's line; a report stored before it did is sorted by its code.
    VerificationReport r = m_indeterminate;
    r.integrity = CheckStatus::Invalid;
    r.errors.prepend({QStringLiteral("consent_for_another_request"),
                      QStringLiteral("The signed consent form belongs to another request."), QStringLiteral("integrity")});
    QCOMPARE(r.errors.last().line, QStringLiteral("certificate")); // no_crl, as the verifier wrote it
    QJsonObject legacy = r.toJson();
    QJsonArray errors = legacy.value(QStringLiteral("errors")).toArray();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QJsonObject e = errors.at(i).toObject();
        QCOMPARE(e.value(QStringLiteral("line")).toString(), i == 0 ? QStringLiteral("integrity") : QStringLiteral("certificate"));
        e.remove(QStringLiteral("line"));
        errors[i] = e;
    }
    legacy.insert(QStringLiteral("errors"), errors);
    for (const VerificationReport &report : {VerificationReport::fromJson(r.toJson()).value(),
                                              VerificationReport::fromJson(legacy).value()}) {
        ui::SignatureDetailsDialog dialog(report);
        const QString integrity = child<QLabel>(&dialog, "integrityLabel")->text();
        const QString certificate = child<QLabel>(&dialog, "certificateLabel")->text();
        QVERIFY2(integrity.contains(QStringLiteral("another request")), qPrintable(integrity));
        QVERIFY2(certificate.startsWith(QStringLiteral("Certificate status: Cannot be confirmed — No current")),
                 qPrintable(certificate));
    }

    // Revoked after a trusted timestamp: the certificate line is Valid but must not say "not
    // revoked"; nor may it when the issuing CA's own revocation was not checked.
    VerificationReport revokedLater = m_passed;
    revokedLater.revocationStatus = QStringLiteral("revoked");
    revokedLater.warnings.append({QStringLiteral("revoked_after_signature"), QStringLiteral("Revoked later.")});
    ui::SignatureDetailsDialog later(revokedLater);
    const QString laterLine = child<QLabel>(&later, "certificateLabel")->text();
    QVERIFY2(!laterLine.contains(QStringLiteral("not revoked")) && laterLine.contains(QStringLiteral("revoked only after")),
             qPrintable(laterLine));
    VerificationReport caUnchecked = m_passed;
    caUnchecked.warnings.append({QStringLiteral("ca_revocation_not_checked"), QStringLiteral("CA not checked.")});
    ui::SignatureDetailsDialog unchecked(caUnchecked);
    QVERIFY(child<QLabel>(&unchecked, "certificateLabel")->text().contains(QStringLiteral("was not checked")));

    // A stored verdict whose report could not be read: the lines do not contradict the
    // headline with "not checked".
    VerificationReport unreadable = VerificationReport::notVerified();
    unreadable.verdict = Verdict::TotalFailed;
    unreadable.subIndication = SubIndication::HashFailure;
    ui::SignatureDetailsDialog fallback(unreadable);
    QVERIFY(child<QLabel>(&fallback, "verdictLabel")->text().startsWith(QStringLiteral("Invalid (HASH_FAILURE)")));
    for (const char *line : {"integrityLabel", "certificateLabel"}) {
        const QString text = child<QLabel>(&fallback, line)->text();
        QVERIFY2(text.contains(QStringLiteral("verify the signature again")) && !text.contains(QStringLiteral("not checked")),
                 qPrintable(text));
    }

    // A signature that cannot be read, freshly verified: its certificate line was not checked
    // — not "verify again" (the full report is there).
    const SignatureVerifier verifier(TrustStore::build(m_pki->configuration(m_pki->intermediateCrl())).value());
    const VerificationReport garbage = verifier.verify(SignatureInput::cms(QByteArray(200, 'x')),
                                                       {QStringLiteral("王大明"), QStringLiteral("6789")}, QByteArray("doc"),
                                                       m_pki->now);
    QCOMPARE(garbage.subIndication, SubIndication::FormatFailure);
    ui::SignatureDetailsDialog unreadableSignature(garbage);
    const QString certificateLine = child<QLabel>(&unreadableSignature, "certificateLabel")->text();
    QVERIFY2(certificateLine.contains(QStringLiteral("not checked")) && !certificateLine.contains(QStringLiteral("again")),
             qPrintable(certificateLine));

    // Times inside messages read as the rest of the dialog: Taipei time, not ISO UTC.
    const QString signingTime = m_passed.claimedSigningTime.toUTC().addSecs(8 * 3600).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"));
    const auto warning = std::find_if(m_passed.warnings.cbegin(), m_passed.warnings.cend(),
                                      [](const ReportMessage &m) { return m.code == QLatin1String("client_signing_time"); });
    QVERIFY(warning != m_passed.warnings.cend());
    QVERIFY2(warning->text.contains(signingTime + QStringLiteral(" (UTC+8)")), qPrintable(warning->text));
    QVERIFY2(m_passed.revocationSource.contains(QStringLiteral("(UTC+8)")), qPrintable(m_passed.revocationSource));
}

void TestUiSignatureDetails::notVerified()
{
    for (const VerificationReport &report : {VerificationReport::notVerified(), VerificationReport::noSignature()}) {
        ui::SignatureDetailsDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *verdict = child<QLabel>(&dialog, "verdictLabel");
        QCOMPARE(verdict->text(), verdictLabel(report.verdict));
        QVERIFY(verdict->styleSheet().contains(QStringLiteral("#6b6b6b")));
        QVERIFY(child<QLabel>(&dialog, "certificateLabel")->text().contains(QStringLiteral("Not verified")));
    }
}

void TestUiSignatureDetails::storedReportReadsInTheViewersLanguage()
{
    // Reports are stored in the language of whoever verified: the command line (and a
    // colleague using English) verify in English. A zh_TW reviewer opening such a report used
    // to read its messages in English; they are now shown in the reader's language, nested
    // texts included, with names, times and OpenSSL's own words as they were.
    test::TestPki &pki = *m_pki;
    const QByteArray doc = ConsentDocument::create(QStringLiteral("REQ-1002"), QStringLiteral("353604"),
        QStringLiteral("112234"), QStringLiteral("lin@example.tw"), QStringLiteral("mother"), QStringLiteral("6789"))
                               .toCanonicalBytes();
    const Certificate stranger = pki.unknownIntermediate.issueHolder(pki.holder(), pki.rsaKey).value();
    CmsSignOptions options;
    options.extraCertificates = { pki.unknownIntermediate.certificate() };
    const SignatureVerifier verifier(TrustStore::build(pki.configuration(pki.intermediateCrl())).value());
    const VerificationReport unknownCa
        = verifier.verify(SignatureInput::cms(signCms(doc, stranger, pki.rsaKey, options).value()),
            ExpectedSigner { QStringLiteral("王大明"), QStringLiteral("6789") }, doc, pki.now);
    const auto pathError = std::find_if(unknownCa.errors.cbegin(), unknownCa.errors.cend(),
        [](const ReportMessage &m) { return m.code == QLatin1String("path"); });
    QVERIFY2(pathError != unknownCa.errors.cend(), unknownCa.toJsonBytes().constData());
    QVERIFY2(pathError->text.startsWith(QStringLiteral("Certificate path: "))
            && pathError->text.endsWith(QStringLiteral("(a CA certificate (level 1)).")),
        qPrintable(pathError->text));

    // In the language they were made in, the words give back the stored text, every message.
    for (const VerificationReport *r :
        std::initializer_list<const VerificationReport *> { &m_passed, &m_failed, &m_indeterminate, &unknownCa }) {
        for (const QList<ReportMessage> *list : { &r->errors, &r->warnings, &r->infos }) {
            for (const ReportMessage &m : *list) {
                QVERIFY2(!m.words.source.isEmpty(), qPrintable(m.code));
                QCOMPARE(m.displayText(), m.text);
            }
        }
    }

    // Stored, then read by a zh_TW reviewer.
    const VerificationReport stored = VerificationReport::fromJsonBytes(m_indeterminate.toJsonBytes()).value();
    const VerificationReport storedPath = VerificationReport::fromJsonBytes(unknownCa.toJsonBytes()).value();
    ui::CatalogTranslator zh;
    QVERIFY(zh.loadLanguage(QStringLiteral("zh_TW")));
    QCoreApplication::installTranslator(&zh);
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    {
        ui::SignatureDetailsDialog dialog(stored);
        auto *certificate = child<QLabel>(&dialog, "certificateLabel");
        QVERIFY2(certificate->text().contains(QStringLiteral("未設定簽署人所屬 CA 的最新廢止清冊")),
            qPrintable(certificate->text()));
        const QStringList texts = treeTexts(child<QTreeWidget>(&dialog, "detailsTreeWidget"));
        // An argument (a time) in a translated text.
        const auto warning = std::find_if(stored.warnings.cbegin(), stored.warnings.cend(),
            [](const ReportMessage &m) { return m.code == QLatin1String("client_signing_time"); });
        QVERIFY(warning != stored.warnings.cend());
        const QRegularExpression time(QStringLiteral("^Signing time (.+) taken from the client's clock"));
        const QString at = time.match(warning->text).captured(1);
        QVERIFY2(!at.isEmpty(), qPrintable(warning->text));
        QVERIFY2(anyContains(texts, QStringLiteral("簽署時間 %1 取自用戶端的時鐘：僅供參考。").arg(at)),
            qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(!anyContains(texts, QStringLiteral("taken from the client's clock")));
    }
    {
        // A translated text inside a translated text; OpenSSL's reason stays as OpenSSL wrote it.
        ui::SignatureDetailsDialog dialog(storedPath);
        const QStringList texts = treeTexts(child<QTreeWidget>(&dialog, "detailsTreeWidget"));
        QVERIFY2(anyContains(
                     texts, QStringLiteral("憑證路徑：unable to get local issuer certificate（CA 憑證（第 1 層））。")),
            qPrintable(texts.join(QLatin1Char('\n'))));
    }
    {
        // A report stored before the words were kept: its text as stored.
        QJsonObject json = stored.toJson();
        QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
        QJsonObject first = errors.at(0).toObject();
        first.remove(QStringLiteral("source"));
        first.remove(QStringLiteral("args"));
        errors.replace(0, first);
        json.insert(QStringLiteral("errors"), errors);
        const VerificationReport old = VerificationReport::fromJson(json).value();
        QVERIFY(old.errors.at(0).words.source.isEmpty());
        QCOMPARE(old.errors.at(0).displayText(), m_indeterminate.errors.at(0).text);
        // Words that do not read (an argument that is neither text nor words): the stored text.
        first.insert(QStringLiteral("source"), m_indeterminate.errors.at(0).words.source);
        first.insert(QStringLiteral("args"), QJsonArray { QJsonArray { 42 } });
        errors.replace(0, first);
        json.insert(QStringLiteral("errors"), errors);
        QCOMPARE(
            VerificationReport::fromJson(json).value().errors.at(0).displayText(), m_indeterminate.errors.at(0).text);
    }
}

void TestUiSignatureDetails::wordsThatDoNotGiveBackTheTextAreNotShown()
{
    // In central mode a staff member can write a stored report. Its words are shown only when
    // they give back its stored text, and never grow without bound.
    ui::CatalogTranslator zh;
    QVERIFY(zh.loadLanguage(QStringLiteral("zh_TW")));
    QCoreApplication::installTranslator(&zh);
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    const auto shown = [](const QJsonObject &message) {
        QJsonObject json = VerificationReport::notVerified().toJson();
        json.insert(QStringLiteral("warnings"), QJsonArray { message });
        const auto report = VerificationReport::fromJson(json);
        return report ? report->warnings.value(0).displayText() : QStringLiteral("(not read)");
    };
    const auto args = [](std::initializer_list<QJsonArray> steps) {
        QJsonArray out;
        for (const QJsonArray &step : steps)
            out.append(step);
        return out;
    };

    // Made in English, read in zh_TW; a '%2' inside an argument stays as it is (one .arg()
    // call with both arguments, as the verifier made it).
    const QJsonObject path { { QStringLiteral("code"), QStringLiteral("path") },
        { QStringLiteral("text"), QStringLiteral("Certificate path: 50%2 done (x).") },
        { QStringLiteral("source"), QStringLiteral("Certificate path: %1 (%2).") },
        { QStringLiteral("args"), args({ { QStringLiteral("50%2 done"), QStringLiteral("x") } }) } };
    QCOMPARE(shown(path), QStringLiteral("憑證路徑：50%2 done（x）。"));

    // Words of another message than the text (the text a decision was audited with).
    QJsonObject misleading = path;
    misleading.insert(QStringLiteral("text"), QStringLiteral("The document's digest does not match."));
    QCOMPARE(shown(misleading), QStringLiteral("The document's digest does not match."));
    // A source since reworded, of a report made in zh_TW: its stored Chinese text.
    QJsonObject reworded = path;
    reworded.insert(QStringLiteral("text"), QStringLiteral("憑證路徑：舊的說法（x）。"));
    reworded.insert(QStringLiteral("source"), QStringLiteral("Old wording of the path error: %1 (%2)."));
    QCOMPARE(shown(reworded), QStringLiteral("憑證路徑：舊的說法（x）。"));

    // Each step multiplying the text a thousandfold (2,000 characters, then 2 million, then 2
    // billion): stops at once, the text stays.
    const QString markers = QStringLiteral("%1").repeated(1000);
    QJsonArray doubling;
    for (int i = 0; i < 4; ++i)
        doubling.append(QJsonArray { markers });
    QJsonObject bomb { { QStringLiteral("code"), QStringLiteral("x") },
        { QStringLiteral("text"), QStringLiteral("harmless") }, { QStringLiteral("source"), markers },
        { QStringLiteral("args"), doubling } };
    QCOMPARE(shown(bomb), QStringLiteral("harmless"));
    QJsonObject nested = bomb;
    QJsonObject inner = bomb;
    for (int i = 0; i < 3; ++i) {
        inner = QJsonObject { { QStringLiteral("source"), markers },
            { QStringLiteral("args"), QJsonArray { QJsonArray { inner, inner, inner, inner, inner } } } };
    }
    nested.insert(QStringLiteral("args"), QJsonArray { QJsonArray { inner } });
    QCOMPARE(shown(nested), QStringLiteral("harmless"));
    // A long stored text does not lift the bound. Words that render to as many characters as
    // the text: the first step leaves length/2 markers, the second puts a text of that length
    // into each (half a trillion characters for a million) — not tried.
    for (const qsizetype length : { qsizetype(4000), qsizetype(1000000) }) {
        const QJsonObject part { { QStringLiteral("source"), QStringLiteral("%1").repeated(length / 4000) },
            { QStringLiteral("args"), QJsonArray { QJsonArray { QStringLiteral("y").repeated(2000) } } } };
        const QJsonObject whole { { QStringLiteral("source"), QStringLiteral("%1%1") },
            { QStringLiteral("args"), QJsonArray { QJsonArray { part } } } };
        QJsonObject square { { QStringLiteral("code"), QStringLiteral("x") },
            { QStringLiteral("text"), QStringLiteral("x").repeated(length) }, { QStringLiteral("source"), markers },
            { QStringLiteral("args"),
                QJsonArray { QJsonArray { QStringLiteral("%2").repeated(length / 2000) }, QJsonArray { whole } } } };
        QCOMPARE(shown(square).size(), length);
    }
    // More steps or arguments than the verifier makes: not read as words.
    QJsonObject six { { QStringLiteral("code"), QStringLiteral("x") },
        { QStringLiteral("text"), QStringLiteral("f b c d e f") },
        { QStringLiteral("source"), QStringLiteral("%1 %2 %3 %4 %5 %6") },
        { QStringLiteral("args"),
            args({ { QStringLiteral("%6"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                QStringLiteral("e"), QStringLiteral("f") } }) } };
    const auto sixRead
        = VerificationReport::fromJson(QJsonObject { { QStringLiteral("verdict"), QStringLiteral("NOT_VERIFIED") },
            { QStringLiteral("warnings"), QJsonArray { six } } });
    QVERIFY(sixRead.ok());
    QVERIFY(sixRead->warnings.at(0).words.source.isEmpty());

    // The CRL a passed report names, made in English, reads in Chinese inside the Chinese text.
    const auto notRevoked = std::find_if(m_passed.infos.cbegin(), m_passed.infos.cend(),
        [](const ReportMessage &m) { return m.code == QLatin1String("not_revoked"); });
    QVERIFY(notRevoked != m_passed.infos.cend());
    const QString zhText = notRevoked->displayText();
    QVERIFY2(zhText.startsWith(QStringLiteral("根據")) && zhText.contains(QStringLiteral("的廢止清冊（本次更新 "))
            && !zhText.contains(QStringLiteral("this update")),
        qPrintable(zhText));
}

void TestUiSignatureDetails::reportMadeInChineseReadsInEnglish()
{
    // The other way round: a report verified in zh_TW (the application's default), opened by
    // a colleague who reads English. Its words are checked against the zh_TW catalogue.
    test::TestPki &pki = *m_pki;
    const QByteArray doc = ConsentDocument::create(QStringLiteral("REQ-1003"), QStringLiteral("353604"),
        QStringLiteral("112235"), QStringLiteral("chen@example.tw"), QStringLiteral("father"), QStringLiteral("6789"))
                               .toCanonicalBytes();
    CmsSignOptions options;
    options.signingTime = pki.now.addSecs(-60);
    options.extraCertificates = { pki.intermediate.certificate() };
    const QByteArray sig = signCms(doc, pki.issue(pki.rsaKey), pki.rsaKey, options).value();
    const SignatureVerifier noCrl(TrustStore::build(pki.configuration(RevocationList())).value());
    VerificationReport madeInChinese;
    {
        ui::CatalogTranslator zh;
        QVERIFY(zh.loadLanguage(QStringLiteral("zh_TW")));
        QCoreApplication::installTranslator(&zh);
        madeInChinese = noCrl.verify(SignatureInput::cms(sig),
            ExpectedSigner { QStringLiteral("王大明"), QStringLiteral("6789") }, doc, pki.now);
        QCoreApplication::removeTranslator(&zh);
    }
    QVERIFY2(madeInChinese.errors.value(0).text.startsWith(QStringLiteral("未設定簽署人所屬 CA")),
        qPrintable(madeInChinese.errors.value(0).text));
    const VerificationReport stored = VerificationReport::fromJsonBytes(madeInChinese.toJsonBytes()).value();
    ui::SignatureDetailsDialog dialog(stored);
    auto *certificate = child<QLabel>(&dialog, "certificateLabel");
    QVERIFY2(certificate->text().contains(QStringLiteral("No current revocation list of the signer's CA")),
        qPrintable(certificate->text()));
    const QStringList texts = treeTexts(child<QTreeWidget>(&dialog, "detailsTreeWidget"));
    QVERIFY2(anyContains(texts, QStringLiteral("taken from the client's clock: information only."))
            && !anyContains(texts, QStringLiteral("取自用戶端的時鐘")),
        qPrintable(texts.join(QLatin1Char('\n'))));

    // Chinese words that do not give back the stored Chinese text: the text as stored.
    QJsonObject json = stored.toJson();
    QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QJsonObject first = errors.at(0).toObject();
    first.insert(QStringLiteral("text"), QStringLiteral("簽章有效。"));
    errors.replace(0, first);
    json.insert(QStringLiteral("errors"), errors);
    ui::SignatureDetailsDialog forged(VerificationReport::fromJson(json).value());
    QVERIFY2(child<QLabel>(&forged, "certificateLabel")->text().contains(QStringLiteral("簽章有效。")),
        qPrintable(child<QLabel>(&forged, "certificateLabel")->text()));
}

void TestUiSignatureDetails::copyReport()
{
    ui::SignatureDetailsDialog dialog(m_passed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "copyReportButton"), Qt::LeftButton);
    const QJsonDocument copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8());
    QVERIFY(copied.isObject());
    QCOMPARE(copied.object(), m_passed.toJson());
    QVERIFY(!child<QLabel>(&dialog, "copyStatusLabel")->text().isEmpty());
    auto back = VerificationReport::fromJson(copied.object());
    QVERIFY(back.ok());
    QCOMPARE(*back, m_passed);
}

void TestUiSignatureDetails::escapeCloses()
{
    ui::SignatureDetailsDialog dialog(m_failed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestUiSignatureDetails::screenshots()
{
    const QString folder = qEnvironmentVariable("COOC_SCREENSHOTS");
    if (folder.isEmpty())
        return; // only when asked: the committed screenshot is made with this
    QVERIFY(QDir().mkpath(folder));
    for (const auto &[report, name] : {std::pair{m_passed, QStringLiteral("signature-details.png")},
                                       std::pair{m_failed, QStringLiteral("signature-details-failed.png")}}) {
        ui::SignatureDetailsDialog dialog(report);
        dialog.resize(760, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QFont font(QStringLiteral("Noto Sans CJK TC"));
    font.setPointSize(10);
    QApplication::setFont(font); // glyphs for the Chinese names in screenshots
    TestUiSignatureDetails test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_signaturedetails.moc"
