// Binding requests in every state, with consent documents signed by the DEMO CA (valid ones
// and every kind of problem a reviewer must recognise), verified as the application does on
// arrival; the household check from the demo registry; and the bindings they created.
#include "app/auth/accountrules.h"
#include "app/auth/passwordhasher.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demosigner.h"
#include "app/demo/demotext.h"
#include "app/esign/verificationreport.h"
#include "models/nationalid.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cooc::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DemoSchool", text);
}

struct RequestPlan
{
    int family = -1;
    const Guardian *guardian = nullptr;
    Guardian *mutableGuardian = nullptr; // to record the parents.id an approval creates
    int child = -1;
    QString status;
    SignatureCase signature = SignatureCase::ValidCms;
    QString certificateName; // empty: the applicant's own name
    QDateTime submitted;
    bool notVerified = false; // arrived moments ago: the automatic check has not run
    QString household;        // "": from the registry; else NOT_CHECKED / UNAVAILABLE
    QByteArray delegation;
};

SignatureCase randomCase(Rng &r)
{
    const int pick = r.weighted({55, 10, 15, 4, 3, 3, 4, 3, 3});
    return SignatureCase(pick);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status Generator::writeBindingRequests(School &school)
{
    Rng r = rng(TagRequests, quint64(school.index));
    const QDate esignFrom = esignStart();
    std::vector<RequestPlan> plans;
    std::vector<Guardian> delegates;
    delegates.reserve(4);

    auto childOf = [&](const Family &f) {
        std::vector<int> placed;
        for (int c : f.children) {
            if (!m_students[size_t(c)].leaving)
                placed.push_back(c);
        }
        return placed.empty() ? -1 : placed[size_t(r.below(int(placed.size())))];
    };
    auto between = [&](const QDate &from, const QDate &to) {
        const qint64 span = std::max<qint64>(0, from.daysTo(to));
        return taipei(from.addDays(r.below(int(span) + 1)), 7 * 60 + r.below(15 * 60));
    };
    auto clampPast = [&](QDateTime t) { return t > m_now ? recentToday(r) : t; };

    // 1. This school year's new bindings, e-signed (mostly first-grade families).
    for (size_t fi = 0; fi < m_families.size(); ++fi) {
        Family &f = m_families[fi];
        if (!f.newThisYear)
            continue;
        for (size_t gi = 0; gi < f.guardians.size(); ++gi) {
            Guardian &g = f.guardians[gi];
            if (!g.parentId)
                continue;
            for (int child : f.children) {
                const Student &s = m_students[size_t(child)];
                if (s.grade != school.firstGrade)
                    continue;
                RequestPlan p;
                p.family = int(fi);
                p.guardian = &g;
                p.mutableGuardian = &g;
                p.child = child;
                p.status = QStringLiteral("approved");
                p.submitted = between(esignFrom, m_today.addDays(-3));
                const int c = r.below(100);
                p.signature = c < 60 ? SignatureCase::ValidCms
                    : c < 70         ? SignatureCase::ValidCmsDetached
                    : c < 92         ? SignatureCase::ValidPkcs1
                                     : SignatureCase::NoSignature;
                const bool knownParent = f.children.size() > 1;
                if (knownParent && r.chance(0.15)) { // a bound parent adds a younger child
                    p.status = QStringLiteral("pending");
                    p.submitted = clampPast(between(m_today.addDays(-5), m_today));
                }
                const bool outsideWindow = school.richness.requestWindowDays > 0
                    && p.submitted.date() < m_today.addDays(-school.richness.requestWindowDays);
                if (outsideWindow || s.leaving) {
                    // Older than this school's window: kept as a plain binding (no request row).
                    BindingRef b;
                    b.id = nextId(QStringLiteral("parent_bindings"));
                    b.parentId = g.parentId;
                    b.student = child;
                    b.family = int(fi);
                    b.guardian = int(gi);
                    b.active = !s.leaving;
                    table(QStringLiteral("parent_bindings"))
                        .add({b.id, g.parentId, s.id, g.relationship,
                              s.leaving ? QStringLiteral("suspended") : QStringLiteral("active"), nullId(),
                              deciderFor(r, school, s), ts(p.submitted.addSecs(86400)), nullTs(m_db)});
                    m_bindings.push_back(b);
                    continue;
                }
                plans.push_back(p);
            }
        }
    }

    // 2. The review queue: guardians who have not bound yet.
    std::vector<std::pair<int, int>> candidates;
    for (size_t fi = 0; fi < m_families.size(); ++fi) {
        const Family &f = m_families[fi];
        for (size_t gi = 0; gi < f.guardians.size(); ++gi) {
            if (!f.guardians[gi].parentId && !(school.demoSchool && fi == 10))
                candidates.emplace_back(int(fi), int(gi));
        }
    }
    r.shuffle(candidates);
    if (school.demoSchool && m_families.size() > 10)
        candidates.insert(candidates.begin(), {10, 0}); // the father whose name has 𪚥
    const double n = school.students;
    struct Queue
    {
        const char *status;
        int count;
        std::vector<SignatureCase> forced;
    };
    using S = SignatureCase;
    const bool demo = school.demoSchool;
    // The demo schools keep a long queue to review; the city's schools a realistic one.
    const bool rich = demo || school.secondDemo;
    const double rate = rich ? 1.0 : 0.4;
    const std::vector<Queue> queues = {
        {"pending", std::max(demo ? 12 : 0, int(std::lround(n * 0.025 * rate))),
         demo ? std::vector<S>{S::WrongName, S::WrongName, S::TamperedSignature, S::ContentMismatch,
                               S::ExpiredCertificate, S::UntrustedChain, S::NoSignature, S::ValidPkcs1,
                               S::ValidCmsDetached, S::ValidCms, S::ValidCms, S::ValidCms}
              : std::vector<S>{}},
        {"info_requested", std::max(demo ? 4 : 0, int(std::lround(n * 0.007 * rate))),
         demo ? std::vector<S>{S::ExpiredCertificate, S::NoSignature, S::WrongName} : std::vector<S>{}},
        {"rejected", std::max(demo ? 4 : 0, int(std::lround(n * 0.007 * rate))),
         demo ? std::vector<S>{S::WrongName, S::TamperedSignature, S::ContentMismatch, S::ValidCms} : std::vector<S>{}},
        {"withdrawn", std::max(demo ? 3 : 0, int(std::lround(n * 0.006 * rate))), {}},
    };
    size_t next = 0;
    const QStringList rare = text::rareCharacters();
    for (const Queue &q : queues) {
        const QString status = QLatin1String(q.status);
        for (int i = 0; i < q.count && next < candidates.size(); ++i) {
            const auto [fi, gi] = candidates[next++];
            Family &f = m_families[size_t(fi)];
            RequestPlan p;
            p.family = fi;
            p.guardian = &f.guardians[size_t(gi)];
            p.mutableGuardian = &f.guardians[size_t(gi)];
            p.child = childOf(f);
            if (p.child < 0)
                continue;
            p.status = status;
            p.signature = size_t(i) < q.forced.size() ? q.forced[size_t(i)] : randomCase(r);
            if (status == QLatin1String("withdrawn"))
                p.signature = r.chance(0.5) ? S::ValidCms : S::ValidPkcs1;
            if (p.signature == S::WrongName) {
                const QString name = p.guardian->name;
                if (name.contains(rare.at(2)))
                    p.certificateName = QString(name).replace(rare.at(2), QStringLiteral("龍")); // a substitute glyph
                else if (f.guardians.size() > 1)
                    p.certificateName = f.guardians[size_t(1 - gi)].name; // signed with the spouse's card
                else
                    p.certificateName = name.left(1) + QStringLiteral("小") + name.right(1);
            }
            if (status == QLatin1String("pending")) {
                p.submitted = clampPast(between(m_today.addDays(-10), m_today));
                if ((demo && i >= int(q.forced.size()) && i < int(q.forced.size()) + 2) || (!demo && r.chance(0.05))) {
                    p.submitted = recentToday(r);
                    p.notVerified = true;
                    p.household = QStringLiteral("NOT_CHECKED");
                } else if (r.chance(0.03) || (demo && i == 1)) {
                    p.household = QStringLiteral("UNAVAILABLE");
                }
            } else if (status == QLatin1String("info_requested")) {
                p.submitted = between(m_today.addDays(-20), m_today.addDays(-5));
            } else if (status == QLatin1String("rejected")) {
                p.submitted = between(m_today.addDays(-40), m_today.addDays(-10));
            } else {
                p.submitted = between(m_today.addDays(-30), m_today.addDays(-5));
            }
            if (p.submitted.date() < esignFrom)
                p.submitted = taipei(esignFrom, 9 * 60 + r.below(600));
            plans.push_back(p);
        }
    }
    // The pending demo requests include a few that have just arrived, unverified.
    if (demo) {
        for (int k = 0; k < 2 && next < candidates.size(); ++k) {
            const auto [fi, gi] = candidates[next++];
            RequestPlan p;
            p.family = fi;
            p.guardian = &m_families[size_t(fi)].guardians[size_t(gi)];
            p.mutableGuardian = &m_families[size_t(fi)].guardians[size_t(gi)];
            p.child = childOf(m_families[size_t(fi)]);
            if (p.child < 0)
                continue;
            p.status = QStringLiteral("pending");
            p.submitted = recentToday(r);
            p.notVerified = true;
            p.household = QStringLiteral("NOT_CHECKED");
            plans.push_back(p);
        }
    }

    // 3. Delegated caregivers with a signed delegation letter (the demo school).
    if (demo) {
        for (int k = 0; k < 2; ++k) {
            const int fi = 30 + 7 * k;
            if (fi >= int(m_families.size()))
                break;
            Family &f = m_families[size_t(fi)];
            Guardian d;
            d.relationship = QStringLiteral("delegate");
            d.gender = QLatin1Char('F');
            text::Person person = text::personName(r, d.gender);
            d.name = person.name;
            d.romanized = person.romanized;
            d.nationalId = newNationalId(TagGuardian, 0xde1e9a7e00ULL + quint64(k), d.gender);
            d.idHash = NationalId::hash(d.nationalId);
            d.idMasked = NationalId::mask(d.nationalId);
            d.last4 = NationalId::lastChars(d.nationalId, 4);
            d.phone = text::mobilePhone(r);
            d.email = QStringLiteral("%1.caregiver%2@example.org").arg(d.romanized).arg(k + 1);
            d.city = QStringLiteral("臺北市");
            d.household = QStringLiteral("H9%1").arg(k + 1, 8, 10, QLatin1Char('0'));
            table(QStringLiteral("household_registry")).add({d.idHash, d.household, d.city});
            delegates.push_back(d);
            RequestPlan p;
            p.family = fi;
            p.guardian = &delegates.back();
            p.mutableGuardian = &delegates.back();
            p.child = childOf(f);
            if (p.child < 0)
                continue;
            p.status = k == 0 ? QStringLiteral("approved") : QStringLiteral("pending");
            p.submitted = k == 0 ? between(esignFrom, m_today.addDays(-8)) : clampPast(between(m_today.addDays(-3), m_today));
            p.signature = SignatureCase::ValidCms;
            p.delegation = demoPdf(QStringLiteral("Delegation letter (care of a student)"),
                                   QStringLiteral("Signed by the legal guardian, %1")
                                       .arg(p.submitted.date().addDays(-2).toString(Qt::ISODate)));
            plans.push_back(p);
        }
    }

    // 4. Write them: sign, verify, check the household, decide.
    auto &requests = table(QStringLiteral("binding_requests"));
    auto &events = table(QStringLiteral("binding_request_events"));
    for (const RequestPlan &p : plans) {
        if (Status s = checkCancel(); !s)
            return s;
        const Guardian &g = *p.guardian;
        const Family &f = m_families[size_t(p.family)];
        const Student &s = m_students[size_t(p.child)];
        const qint64 id = nextId(QStringLiteral("binding_requests"));
        Rng rr = rng(TagRequests, quint64(id) << 8);

        esign::ConsentDocument doc;
        doc.requestId = QString::number(id);
        doc.nonce = QStringLiteral("%1%2").arg(rr.next(), 16, 16, QLatin1Char('0')).arg(rr.next(), 16, 16, QLatin1Char('0'));
        doc.schoolCode = school.code;
        doc.studentNumber = s.number;
        doc.parentEmail = g.email;
        doc.relationship = g.relationship;
        doc.consentTextVersion = esign::ConsentDocument::currentTextVersion();
        doc.parentIdLast4 = g.last4;
        doc.consentText = esign::ConsentDocument::publishedText(doc.consentTextVersion);
        const QDateTime signedAt = p.submitted.addSecs(-60 - rr.below(600));
        auto consent = m_signer->sign(doc, g.idHash, p.certificateName.isEmpty() ? g.name : p.certificateName, g.last4,
                                      p.signature, signedAt, rr.next());
        if (!consent)
            return Error::make(Error::Code::Generic, tr("A demo consent document could not be signed."),
                               consent.error().message + QLatin1Char(' ') + consent.error().detail);

        // Verification, as the application runs it when the request arrives.
        QString verdict = QStringLiteral("NOT_VERIFIED");
        QVariant subindication = nullText();
        QVariant report = nullText();
        QDateTime verifiedAt;
        if (p.signature == SignatureCase::NoSignature) {
            verdict = QStringLiteral("NO_SIGNATURE");
            report = QString::fromUtf8(esign::VerificationReport::noSignature().toJsonBytes());
        } else if (!p.notVerified) {
            verifiedAt = p.submitted.addSecs(30 + rr.below(240));
            if (verifiedAt > m_now)
                verifiedAt = m_now;
            const esign::ExpectedSigner applicant{g.name, g.last4, {doc.schoolCode, doc.studentNumber, g.email,
                                                                     g.relationship, g.last4}};
            const esign::VerificationReport result = m_signer->verify(consent.value(), applicant, verifiedAt);
            verdict = esign::verdictCode(result.verdict);
            const QString sub = esign::subIndicationCode(result.subIndication);
            subindication = sub.isEmpty() ? nullText() : QVariant(sub);
            report = QString::fromUtf8(result.toJsonBytes());
        }

        // The household check against the demo registry (the city service's rule).
        QString household = p.household;
        if (household.isEmpty()) {
            const bool taipei = g.inRegistry && g.city == QStringLiteral("臺北市") && f.city == QStringLiteral("臺北市");
            household = !taipei ? QStringLiteral("NOT_REGISTERED_IN_TAIPEI")
                : g.household == f.household ? QStringLiteral("MATCH")
                                             : QStringLiteral("NO_MATCH");
        }
        const bool checked = household != QLatin1String("NOT_CHECKED");
        const QDateTime householdAt = checked ? std::min(m_now, p.submitted.addSecs(20 + rr.below(100))) : QDateTime();

        // The decision.
        const bool decided = p.status != QLatin1String("pending");
        const bool withdrawn = p.status == QLatin1String("withdrawn");
        QDateTime decidedAt;
        qint64 decider = 0;
        QVariant reason = nullText();
        QVariant note = nullText();
        if (decided) {
            decidedAt = p.submitted.addSecs(3600 + rr.below(4 * 86400));
            if (decidedAt > m_now)
                decidedAt = m_now.addSecs(-120);
            if (!withdrawn)
                decider = deciderFor(rr, school, s);
            if (p.status == QLatin1String("rejected")) {
                reason = p.signature == S::WrongName ? QStringLiteral("簽章者姓名與申請人不符。")
                    : p.signature == S::TamperedSignature || p.signature == S::ContentMismatch
                    ? QStringLiteral("電子簽章驗證失敗：簽署內容與申請不符。")
                    : text::rejectReason(rr);
            } else if (p.status == QLatin1String("info_requested")) {
                note = p.signature == S::ExpiredCertificate ? QStringLiteral("簽章憑證已過期，請以有效之自然人憑證重新簽署。")
                    : p.signature == S::NoSignature       ? QStringLiteral("請繳交紙本個資授權同意書，或改以電子簽章送出。")
                                                          : text::infoRequestNote(rr);
            } else if (p.status == QLatin1String("approved") && p.signature == S::NoSignature) {
                note = QStringLiteral("已核對紙本個資授權同意書。");
            } else if (withdrawn) {
                note = QStringLiteral("家長自行撤回申請。");
            }
        }
        // The platform hashes the applicant's default password when the request arrives;
        // an approval copies it into the new parent's account.
        const QString initialHash = m_hasInitialPasswordHash
            ? PasswordHasher::hash(AccountRules::defaultPassword(g.nationalId), PasswordHasher::Cost::Bulk)
            : QString();
        // An approval creates the parent's record and account (if new) and the binding.
        qint64 parentId = g.parentId;
        const bool approved = p.status == QLatin1String("approved");
        if (approved && !parentId) {
            parentId = nextId(QStringLiteral("parents"));
            p.mutableGuardian->parentId = parentId;
            table(QStringLiteral("parents")).add({parentId, g.name, g.email, g.phone, g.idHash, g.idMasked, g.last4});
            m_summary.parents++;
            writeParentAccount(school, parentId, g, initialHash, decidedAt);
        }
        // A grandparent, like a delegated caregiver, binds only with the parent's letter (0021).
        QByteArray delegation = p.delegation;
        if (delegation.isEmpty() && g.relationship == QLatin1String("grandparent"))
            delegation = demoPdf(QStringLiteral("Delegation letter (care of a student)"),
                                 QStringLiteral("Signed by the parent, %1")
                                     .arg(p.submitted.date().addDays(-2).toString(Qt::ISODate)));
        const QVariant nullBlob(QMetaType::fromType<QByteArray>());
        QVariantList row{id, school.id, s.id, idOrNull(parentId), g.name, g.email, g.phone, g.idHash, g.idMasked, g.last4,
                      g.relationship, delegation.isEmpty() ? nullBlob : QVariant(delegation), consent->document,
                      consent->signature.isEmpty() ? nullBlob : QVariant(consent->signature), consent->format,
                      consent->certificate.isEmpty() ? nullBlob : QVariant(consent->certificate), verdict,
                      subindication, report, ts(verifiedAt), household, ts(householdAt), p.status, ts(p.submitted),
                      idOrNull(decider), ts(decidedAt), reason, note,
                      approved && p.signature == S::NoSignature, decided ? 2 : 1};
        if (m_hasInitialPasswordHash)
            row << initialHash;
        requests.add(row);
        m_summary.bindingRequests++;

        auto event = [&](const QDateTime &at, qint64 actor, const QString &kind, const QJsonObject &detail) {
            events.add({nextId(QStringLiteral("binding_request_events")), id, ts(at), idOrNull(actor), kind,
                        detail.isEmpty() ? QStringLiteral("") : jsonText(detail)});
        };
        event(p.submitted, 0, QStringLiteral("submitted"), {{QStringLiteral("format"), consent->format}});
        if (checked)
            event(householdAt, 0, QStringLiteral("household_checked"),
                  {{QStringLiteral("result"), household}, {QStringLiteral("source"), QStringLiteral("demo")}});
        if (verifiedAt.isValid())
            event(verifiedAt, 0, QStringLiteral("verified"),
                  {{QStringLiteral("verdict"), verdict}, {QStringLiteral("subindication"), subindication.toString()}});
        if (decided) {
            event(decidedAt, decider, p.status, {});
            const QJsonObject evidence = {{QStringLiteral("verdict"), verdict},
                                          {QStringLiteral("household"), household}};
            if (approved)
                addDecision(school, decidedAt, decider, QStringLiteral("binding.approve"),
                            QStringLiteral("binding_request"), id, evidence);
            else if (p.status == QLatin1String("rejected"))
                addDecision(school, decidedAt, decider, QStringLiteral("binding.reject"),
                            QStringLiteral("binding_request"), id, evidence);
            else if (p.status == QLatin1String("info_requested"))
                addDecision(school, decidedAt, decider, QStringLiteral("binding.request_info"),
                            QStringLiteral("binding_request"), id, evidence);
        }
        if (approved) {
            BindingRef b;
            b.id = nextId(QStringLiteral("parent_bindings"));
            b.parentId = parentId;
            b.student = p.child;
            b.family = p.family;
            b.active = !s.leaving;
            table(QStringLiteral("parent_bindings"))
                .add({b.id, parentId, s.id, g.relationship, QStringLiteral("active"), id, idOrNull(decider),
                      ts(decidedAt), nullTs(m_db)});
            m_bindings.push_back(b);
        }
    }
    return okStatus();
}

Status Generator::writeTrust(const School &school)
{
    // The DEMO root and intermediate (and their CRLs), pinned for this school, labelled DEMO.
    for (const TrustRow &t : m_signer->trustRows()) {
        table(QStringLiteral("esign_trust"))
            .add({nextId(QStringLiteral("esign_trust")), school.id, t.kind, t.label, t.sha256, t.pem, true,
                  ts(taipei(std::min(esignStart(), semesterStart(1)).addDays(-1), 9 * 60))});
    }
    return okStatus();
}

} // namespace cooc::demo
