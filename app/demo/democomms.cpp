// The demo world's communication: notices with recipients and replies (some taken on paper or
// by phone), surveys with answers, messages with their push outbox, the class contact book
// with parents' acknowledgements, and activities with registrations and payments.
#include "app/demo/demogenerator.h"
#include "app/demo/demotext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cooc::demo {

namespace {

QString jsonArray(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

struct NoticePlan
{
    int text = 0;
    int grade = 0;          // 0: the whole school; otherwise an offset from the first grade + 1
    int publishedDaysAgo = 0;
    int deadlineInDays = 0; // relative to today; ignored without a reply slip
    const char *status = "published";
    double replyRate = 0.0;
};

} // namespace

void Generator::writeCommunication(School &school)
{
    Rng r = rng(TagNotices, quint64(school.index));
    std::vector<NoticePlan> plans;
    if (school.demoSchool) {
        plans = {{0, 2, 3, 5, "published", 0.55},  {1, 0, 20, -5, "published", 0.85}, {2, 0, 14, 2, "published", 0.7},
                 {3, 0, 30, 0, "published", 0.0},  {4, 3, 6, 7, "published", 0.5},    {5, 0, 60, 0, "archived", 0.0},
                 {6, 0, 0, 0, "draft", 0.0},       {7, 0, 90, 0, "archived", 0.0}};
    } else {
        plans = {{1, 0, 20, -5, "published", 0.8}, {3, 0, 30, 0, "published", 0.0}, {2, 0, 14, 2, "published", 0.6}};
        plans.resize(size_t(std::min<int>(int(plans.size()), school.richness.notices)));
    }
    const qint64 author = school.officeStaff.value(QStringLiteral("student_affairs"), school.adminStaffId);
    auto &notices = table(QStringLiteral("notices"));
    auto &recipients = table(QStringLiteral("notice_recipients"));
    auto &replies = table(QStringLiteral("notice_replies"));
    qint64 tripNotice = 0;
    QDateTime tripPublished;
    for (const NoticePlan &plan : plans) {
        const text::NoticeText t = text::notice(plan.text);
        const qint64 id = nextId(QStringLiteral("notices"));
        const QString status = QLatin1String(plan.status);
        const bool draft = status == QLatin1String("draft");
        const QDateTime published = draft ? QDateTime()
                                          : taipei(m_today.addDays(-plan.publishedDaysAgo), 8 * 60 + r.below(480));
        const QDateTime created = draft ? taipei(m_today.addDays(-1), 16 * 60) : published.addSecs(-86400);
        const bool reply = !t.replyOptions.isEmpty();
        const QDateTime deadline = reply ? taipei(m_today.addDays(plan.deadlineInDays), 17 * 60) : QDateTime();
        notices.add({id, school.id, author, t.title, t.body, status, reply, jsonArray(t.replyOptions),
                     ts(deadline), ts(created), ts(published.isValid() && published > m_now ? m_now : published)});
        if (plan.text == 4) {
            tripNotice = id;
            tripPublished = published;
        }
        if (draft)
            continue;
        const int grade = plan.grade ? school.firstGrade + plan.grade - 1 : 0;
        const QDateTime replyUntil = std::min(m_now, deadline.isValid() ? deadline : m_now);
        for (const BindingRef *b : activeBindings(grade)) {
            const Student &s = m_students[size_t(b->student)];
            const qint64 span = std::max<qint64>(600, published.secsTo(m_now));
            const bool read = r.chance(0.8);
            const QDateTime readAt = published.addSecs(r.below(int(std::min<qint64>(span, 2000000000))));
            const bool replied = reply && r.chance(plan.replyRate) && replyUntil > published;
            QDateTime repliedAt;
            if (replied) {
                const qint64 replySpan = std::max<qint64>(60, published.secsTo(replyUntil));
                repliedAt = published.addSecs(r.below(int(std::min<qint64>(replySpan, 2000000000))));
            }
            const QDateTime shownRead = replied ? std::min(readAt, repliedAt) : readAt;
            recipients.add({nextId(QStringLiteral("notice_recipients")), id, b->parentId, s.id,
                            read || replied ? ts(shownRead) : nullTs(m_db)});
            if (!replied)
                continue;
            const int channelPick = r.below(100);
            const QString channel = channelPick < 88 ? QStringLiteral("app")
                : channelPick < 96                   ? QStringLiteral("paper")
                                                     : QStringLiteral("phone");
            const ClassRoom *room = classOf(s);
            const qint64 recorder = channel == QLatin1String("app") ? 0 : room ? room->teacherId : author;
            const int choice = r.chance(0.8) ? 0 : r.below(int(t.replyOptions.size()));
            QString comment = QStringLiteral("");
            if (r.chance(0.08))
                comment = r.chance(0.5) ? QStringLiteral("孩子有氣喘，請老師多留意。")
                                        : QStringLiteral("當天會晚一點到，謝謝老師。");
            if (channel == QLatin1String("phone"))
                comment = QStringLiteral("家長電話回覆");
            replies.add({nextId(QStringLiteral("notice_replies")), id, b->parentId, s.id,
                         t.replyOptions.at(choice), comment, channel, idOrNull(recorder), ts(repliedAt)});
        }
    }

    // Surveys: the graduation-trip survey (demo school) and a lunch survey.
    if (school.richness.surveys) {
        Rng sr = rng(TagSurvey, quint64(school.index));
        struct Question
        {
            const char *kind;
            QString text;
            QStringList options;
        };
        auto writeSurvey = [&](const QString &title, qint64 noticeId, const QString &status, const QDateTime &opens,
                               const QDateTime &closes, int grade, double rate, const std::vector<Question> &questions) {
            const qint64 id = nextId(QStringLiteral("surveys"));
            table(QStringLiteral("surveys"))
                .add({id, school.id, idOrNull(noticeId), title, status, ts(opens), ts(closes), author,
                      ts(opens.addSecs(-3600))});
            std::vector<qint64> questionIds;
            for (size_t q = 0; q < questions.size(); ++q) {
                questionIds.push_back(nextId(QStringLiteral("survey_questions")));
                table(QStringLiteral("survey_questions"))
                    .add({questionIds.back(), id, int(q + 1), QLatin1String(questions[q].kind), questions[q].text,
                          jsonArray(questions[q].options)});
            }
            const QDateTime until = std::min(m_now, closes);
            if (until <= opens)
                return;
            for (const BindingRef *b : activeBindings(grade)) {
                if (!sr.chance(rate))
                    continue;
                const qint64 span = std::max<qint64>(60, opens.secsTo(until));
                const QDateTime at = opens.addSecs(sr.below(int(std::min<qint64>(span, 2000000000))));
                for (size_t q = 0; q < questions.size(); ++q) {
                    const Question &question = questions[q];
                    const QString kind = QLatin1String(question.kind);
                    QString answer;
                    if (kind == QLatin1String("single")) {
                        answer = question.options.at(sr.below(int(question.options.size())));
                    } else if (kind == QLatin1String("multiple")) {
                        QStringList picked;
                        for (const QString &o : question.options) {
                            if (sr.chance(0.4))
                                picked << o;
                        }
                        if (picked.isEmpty())
                            picked << question.options.first();
                        answer = jsonArray(picked);
                    } else if (kind == QLatin1String("number")) {
                        answer = QString::number(3000 + 500 * sr.below(9));
                    } else {
                        if (!sr.chance(0.35))
                            continue;
                        static const QStringList comments = {
                            QStringLiteral("希望行程不要太趕，讓孩子有休息時間。"), QStringLiteral("費用希望能控制在五千元以內。"),
                            QStringLiteral("希望菜色多一點蔬菜。"), QStringLiteral("謝謝老師們的用心安排。")};
                        answer = comments.at(sr.below(int(comments.size())));
                    }
                    table(QStringLiteral("survey_answers"))
                        .add({nextId(QStringLiteral("survey_answers")), id, questionIds[q], b->parentId,
                              m_students[size_t(b->student)].id, answer, ts(at)});
                }
            }
        };
        if (school.demoSchool && tripNotice) {
            writeSurvey(QStringLiteral("九年級畢業旅行意向調查"), tripNotice, QStringLiteral("open"), tripPublished,
                        taipei(m_today.addDays(7), 17 * 60), school.lastGrade, 0.65,
                        {{"single", QStringLiteral("是否讓孩子參加畢業旅行？"),
                          {QStringLiteral("參加"), QStringLiteral("不參加"), QStringLiteral("尚未決定")}},
                         {"multiple", QStringLiteral("希望的旅遊地區（可複選）"),
                          {QStringLiteral("花東"), QStringLiteral("臺南"), QStringLiteral("墾丁"), QStringLiteral("澎湖")}},
                         {"number", QStringLiteral("可負擔的費用上限（新臺幣元）"), {}},
                         {"text", QStringLiteral("其他意見"), {}}});
        }
        writeSurvey(QStringLiteral("學校午餐滿意度調查"), 0, QStringLiteral("closed"),
                    taipei(m_today.addDays(-40), 8 * 60), taipei(m_today.addDays(-20), 17 * 60), 0,
                    school.demoSchool ? 0.45 : 0.3,
                    {{"single", QStringLiteral("您對本學期午餐的整體滿意度"),
                      {QStringLiteral("非常滿意"), QStringLiteral("滿意"), QStringLiteral("普通"), QStringLiteral("不滿意")}},
                     {"text", QStringLiteral("建議事項"), {}}});
    }

    // Messages to parents, always labelled with the child, and their push notifications.
    Rng mr = rng(TagMessages, quint64(school.index));
    const std::vector<const BindingRef *> bound = activeBindings();
    const int messageCount = bound.empty() ? 0 : school.students * school.richness.messagesPerHundred / 100;
    for (int i = 0; i < messageCount; ++i) {
        const BindingRef *b = bound[size_t(mr.below(int(bound.size())))];
        const Student &s = m_students[size_t(b->student)];
        const ClassRoom *room = classOf(s);
        const bool urgent = mr.chance(0.1);
        QString body;
        const QString subject = text::messageSubject(mr, urgent, &body, s.name);
        const qint64 sender = urgent || !room ? school.studentAffairsStaff.front() : room->teacherId;
        QDateTime created = taipei(m_today.addDays(-mr.below(30)), 8 * 60 + mr.below(540));
        if (created > m_now)
            created = recentToday(mr);
        const bool scheduled = !urgent && mr.chance(0.05);
        const QDateTime scheduledAt = scheduled ? taipei(m_today.addDays(1), 7 * 60 + 30) : QDateTime();
        const QDateTime sent = scheduled ? QDateTime() : created.addSecs(mr.below(120));
        const qint64 id = nextId(QStringLiteral("messages"));
        table(QStringLiteral("messages"))
            .add({id, school.id, sender, b->parentId, s.id, subject, body, urgent, ts(created), ts(scheduledAt),
                  ts(sent > m_now ? m_now : sent)});
        QJsonObject payload;
        payload.insert(QStringLiteral("message_id"), id);
        payload.insert(QStringLiteral("title"), subject);
        payload.insert(QStringLiteral("urgent"), urgent);
        const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        const bool failed = !scheduled && mr.chance(0.03);
        table(QStringLiteral("push_outbox"))
            .add({nextId(QStringLiteral("push_outbox")), id, b->parentId, payloadText,
                  scheduled ? QStringLiteral("queued") : failed ? QStringLiteral("failed") : QStringLiteral("sent"),
                  scheduled ? 0 : failed ? 3 : 1, scheduled ? ts(scheduledAt) : nullTs(m_db),
                  failed ? QVariant(QStringLiteral("push token expired (410 Unregistered)")) : nullText(), ts(created),
                  scheduled || failed ? nullTs(m_db) : ts(sent > m_now ? m_now : sent)});
    }

    // The class contact book for the recent school days, with parents' acknowledgements.
    Rng cr = rng(TagContactBook, quint64(school.index));
    std::vector<QDate> days = schoolDays();
    if (int(days.size()) > school.richness.contactBookDays)
        days.erase(days.begin(), days.end() - school.richness.contactBookDays);
    QHash<int, std::vector<const BindingRef *>> byClass;
    for (const BindingRef *b : bound)
        byClass[m_students[size_t(b->student)].classIndex].push_back(b);
    for (size_t ci = 0; ci < m_classes.size(); ++ci) {
        const ClassRoom &room = m_classes[ci];
        for (size_t d = 0; d < days.size(); ++d) {
            const QDate day = days[d];
            const QDateTime created = taipei(day, 15 * 60 + 30 + cr.below(90));
            if (created > m_now)
                continue;
            const qint64 entry = nextId(QStringLiteral("contact_book_entries"));
            table(QStringLiteral("contact_book_entries"))
                .add({entry, school.id, room.id, date(day), room.teacherId, text::contactBookEntry(cr, room.grade),
                      ts(created)});
            const double rate = d + 1 == days.size() ? 0.45 : 0.75;
            for (const BindingRef *b : byClass.value(int(ci))) {
                if (!cr.chance(rate))
                    continue;
                QDateTime at = taipei(day, 19 * 60 + cr.below(240));
                if (at > m_now)
                    continue;
                table(QStringLiteral("contact_book_acks"))
                    .add({nextId(QStringLiteral("contact_book_acks")), entry, b->parentId,
                          m_students[size_t(b->student)].id, ts(at)});
            }
        }
    }

    // Activities with registrations and payments through the campus payment system.
    Rng ar = rng(TagActivities, quint64(school.index));
    QHash<int, qint64> parentOf;
    for (const BindingRef *b : bound) {
        if (!parentOf.contains(b->student))
            parentOf.insert(b->student, b->parentId);
    }
    for (int a = 0; a < school.richness.activities; ++a) {
        const text::ActivityText t = text::activity(a);
        const qint64 id = nextId(QStringLiteral("activities"));
        const QDateTime opens = taipei(m_today.addDays(-20 - 5 * a), 8 * 60);
        const QDateTime closes = taipei(m_today.addDays(10 - 7 * a), 17 * 60);
        table(QStringLiteral("activities"))
            .add({id, school.id, t.title, t.description, t.feeNtd * 100, t.capacity ? QVariant(t.capacity) : nullId(),
                  ts(opens), ts(closes), date(m_today.addDays(20 - 5 * a))});
        int registered = 0;
        const double rate = 0.06 + 0.03 * ar.below(3);
        for (size_t si = 0; si < m_students.size(); ++si) {
            if (!ar.chance(rate) || m_students[si].leaving)
                continue;
            const qint64 reg = nextId(QStringLiteral("activity_registrations"));
            const bool cancelledReg = ar.chance(0.04);
            const bool waitlisted = !cancelledReg && t.capacity && registered >= t.capacity;
            if (!cancelledReg && !waitlisted)
                ++registered;
            const qint64 span = std::max<qint64>(60, opens.secsTo(std::min(m_now, closes)));
            const QDateTime at = opens.addSecs(ar.below(int(std::min<qint64>(span, 2000000000))));
            table(QStringLiteral("activity_registrations"))
                .add({reg, id, m_students[si].id, idOrNull(parentOf.value(int(si))),
                      cancelledReg ? QStringLiteral("cancelled")
                                   : waitlisted ? QStringLiteral("waitlisted") : QStringLiteral("registered"),
                      ts(at)});
            if (t.feeNtd == 0 || waitlisted)
                continue;
            const bool paid = cancelledReg ? ar.chance(0.5) : ar.chance(0.7);
            if (cancelledReg && !paid)
                continue;
            const QDateTime paidAt = std::min(m_now, at.addSecs(3600 + ar.below(3 * 86400)));
            table(QStringLiteral("payments"))
                .add({nextId(QStringLiteral("payments")), reg, t.feeNtd * 100,
                      cancelledReg ? QStringLiteral("refunded") : paid ? QStringLiteral("paid") : QStringLiteral("unpaid"),
                      paid ? ts(paidAt) : nullTs(m_db),
                      QStringLiteral("DEMO-%1-%2").arg(school.code.toUpper()).arg(reg, 8, 10, QLatin1Char('0'))});
        }
    }
}

} // namespace cooc::demo
