// The demo world's school records: absences with the leave requests behind them, grades,
// merits and demerits, and gate swipes.
#include "app/demo/demogenerator.h"
#include "app/demo/demotext.h"
#include "models/schoolyear.h"

namespace cooc::demo {

namespace {

QStringList periodsFor(const QString &level)
{
    QStringList periods = {QStringLiteral("morning")};
    const int n = level == QLatin1String("elementary") ? 6 : level == QLatin1String("senior_high") ? 8 : 7;
    for (int i = 1; i <= n; ++i)
        periods << QString::number(i);
    return periods;
}

QString attendanceCodeFor(const QString &leaveCode)
{
    return leaveCode == QLatin1String("menstrual") ? QStringLiteral("other") : leaveCode;
}

} // namespace

QByteArray demoPdf(const QString &title, const QString &line)
{
    const QByteArray content = "BT /F1 20 Tf 72 760 Td (DEMO - not a real document) Tj ET\n"
                               "BT /F1 14 Tf 72 720 Td ("
        + title.toLatin1() + ") Tj ET\nBT /F1 12 Tf 72 690 Td (" + line.toLatin1() + ") Tj ET\n";
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void Generator::writeAttendanceAndLeave(School &school)
{
    const QStringList periods = periodsFor(school.level);
    const int nPeriods = int(periods.size()) - 1; // class periods after "morning"
    // The window of school days with absences.
    std::vector<QDate> days = schoolDays();
    if (school.richness.attendanceDays > 0 && int(days.size()) > school.richness.attendanceDays)
        days.erase(days.begin(), days.end() - school.richness.attendanceDays);
    const QDate lastSchoolDay = schoolDays().empty() ? QDate() : schoolDays().back();
    // Parent → binding lookup: the first active binding guardian of each student.
    QHash<int, qint64> parentOf;
    for (const BindingRef &b : m_bindings) {
        if (b.active && !parentOf.contains(b.student))
            parentOf.insert(b.student, b.parentId);
    }

    auto &attendance = table(QStringLiteral("attendance"));
    auto &leaves = table(QStringLiteral("leave_requests"));
    auto &leavePeriods = table(QStringLiteral("leave_request_periods"));
    auto &attachments = table(QStringLiteral("leave_attachments"));

    for (size_t si = 0; si < m_students.size(); ++si) {
        Student &s = m_students[si];
        const ClassRoom *room = classOf(s);
        Rng r = rng(TagAttendance, quint64(s.id));
        const qint64 parentId = parentOf.value(int(si));
        const QDate leftOn = s.leaving ? m_today.addDays(school.demoSchool ? -12 : -4) : QDate();
        const int events = days.empty() ? 0 : r.poisson(0.018 * s.absenceFactor * double(days.size()));
        for (int e = 0; e < events; ++e) {
            const int dayIndex = r.below(int(days.size()));
            const QDate day = days[size_t(dayIndex)];
            if (s.absentDays.contains(day.toJulianDay()) || (leftOn.isValid() && day >= leftOn))
                continue;
            // What happened, and which class periods it covers.
            static const std::vector<int> weights = {38, 18, 20, 6, 7, 5, 2, 4};
            int kind = r.weighted(weights);
            if (kind == 7 && s.gender != QLatin1Char('F'))
                kind = 0;
            static const char *const kinds[] = {"sick", "personal", "late", "truancy", "official",
                                                "early_leave", "bereavement", "menstrual"};
            const QString code = QLatin1String(kinds[kind]);
            QStringList covered;
            auto run = [&](int from, int count) {
                for (int p = from; p < from + count && p <= nPeriods; ++p)
                    covered << periods.at(p);
            };
            if (code == QLatin1String("late")) {
                covered << periods.first();
                s.lateDays.insert(day.toJulianDay());
            } else if (code == QLatin1String("early_leave")) {
                const int count = r.range(2, 3);
                run(nPeriods - count + 1, count);
                s.earlyDays.insert(day.toJulianDay());
            } else {
                const bool wholeDay = code == QLatin1String("bereavement")
                    || (code == QLatin1String("sick") && r.chance(0.45))
                    || (code == QLatin1String("personal") && r.chance(0.45))
                    || (code == QLatin1String("truancy") && r.chance(0.2))
                    || (code == QLatin1String("official") && r.chance(0.3));
                if (wholeDay) {
                    covered = periods;
                    s.wholeDayAbsent.insert(day.toJulianDay());
                } else {
                    const int count = code == QLatin1String("menstrual") ? r.range(1, 2)
                        : code == QLatin1String("truancy")              ? r.range(1, 3)
                                                                         : r.range(2, 4);
                    run(r.range(1, std::max(1, nPeriods - count + 1)), count);
                }
            }
            s.absentDays.insert(day.toJulianDay());

            // The leave request behind it, if any: parents file most through the app; staff
            // enter a few from paper forms or phone calls.
            const bool leaveKind = code == QLatin1String("sick") || code == QLatin1String("personal")
                || code == QLatin1String("official") || code == QLatin1String("bereavement")
                || code == QLatin1String("menstrual");
            const int recentIndex = int(days.size()) - 1 - dayIndex; // 0: the latest school day
            qint64 leaveId = 0;
            QString attendanceCode = leaveKind ? attendanceCodeFor(code) : code;
            const qint64 recorder = r.chance(0.7) && room ? room->teacherId
                                                          : school.studentAffairsStaff.front();
            if (leaveKind && r.chance(parentId ? 0.78 : 0.2)) {
                leaveId = nextId(QStringLiteral("leave_requests"));
                QDateTime submitted;
                const int when = r.below(100);
                if (when < 30)
                    submitted = taipei(day.addDays(-1), 18 * 60 + r.below(240));
                else if (when < 80)
                    submitted = taipei(day, 6 * 60 + 30 + r.below(120));
                else
                    submitted = taipei(day.addDays(r.range(1, 2)), 19 * 60 + r.below(180));
                if (submitted > m_now)
                    submitted = recentToday(r);
                QString status = QStringLiteral("approved");
                if (recentIndex <= 1 && r.chance(0.65))
                    status = QStringLiteral("pending");
                else if (r.chance(0.05))
                    status = QStringLiteral("rejected");
                QDateTime decided;
                qint64 decider = 0;
                QString note;
                if (status != QLatin1String("pending")) {
                    decided = submitted.addSecs(1800 + r.below(2 * 24 * 3600));
                    if (decided > m_now)
                        decided = m_now.addSecs(-60 - r.below(600));
                    if (decided < submitted)
                        decided = submitted;
                    decider = deciderFor(r, school, s);
                    if (status == QLatin1String("rejected"))
                        note = QStringLiteral("請假理由不充分，請補附證明後重新申請。");
                }
                const QString leaveCode = code;
                leaves.add({leaveId, school.id, s.id, room ? QVariant(room->id) : nullId(),
                            idOrNull(parentId), leaveTypeId(leaveCode), text::leaveReason(r, leaveCode), date(day),
                            date(day), status, ts(submitted), idOrNull(decider), ts(decided),
                            note.isEmpty() ? nullText() : QVariant(note)});
                for (const QString &p : covered)
                    leavePeriods.add({nextId(QStringLiteral("leave_request_periods")), leaveId, date(day), p});
                if (leaveCode == QLatin1String("official") || leaveCode == QLatin1String("bereavement")
                    || (leaveCode == QLatin1String("sick") && r.chance(0.25))) {
                    const QString title = leaveCode == QLatin1String("sick") ? QStringLiteral("Medical certificate")
                        : leaveCode == QLatin1String("official")              ? QStringLiteral("Official letter")
                                                                              : QStringLiteral("Funeral notice");
                    attachments.add({nextId(QStringLiteral("leave_attachments")), leaveId,
                                     QStringLiteral("certificate-%1.pdf").arg(leaveId), QStringLiteral("application/pdf"),
                                     demoPdf(title, QStringLiteral("Leave request %1, %2").arg(leaveId).arg(day.toString(Qt::ISODate))), ts(submitted)});
                }
                if (status == QLatin1String("approved")) {
                    addDecision(school, decided, decider, QStringLiteral("leave.approve"), QStringLiteral("leave_request"),
                                leaveId, {{QStringLiteral("periods"), int(covered.size())}});
                } else {
                    if (status == QLatin1String("rejected"))
                        addDecision(school, decided, decider, QStringLiteral("leave.reject"),
                                    QStringLiteral("leave_request"), leaveId, {{QStringLiteral("note"), note}});
                    // Until a leave is approved the absence stands as truancy (銷假 converts it).
                    attendanceCode = QStringLiteral("truancy");
                    leaveId = 0;
                }
            } else if (leaveKind && r.chance(0.3)) {
                attendanceCode = QStringLiteral("truancy");
            }
            // When it was recorded: usually that day; the latest school day's absences are
            // partly entered today, so the parents' one-day lag is visible.
            QDateTime recorded = taipei(day, 10 * 60 + r.below(390));
            if (day == m_today || (day == lastSchoolDay && r.chance(0.5)) || recorded > m_now)
                recorded = recentToday(r);
            for (const QString &p : covered) {
                attendance.add({nextId(QStringLiteral("attendance")), s.id, school.id,
                                room ? QVariant(room->id) : nullId(), date(day), p, attendanceCode,
                                idOrNull(leaveId), recorder, ts(recorded)});
            }
        }

        // Leave requested ahead for the coming days (none recorded as absences yet).
        if (!s.leaving && parentId && r.chance(0.02 * school.richness.leaveFutureDays / 5.0)) {
            QDate day = m_today.addDays(r.range(1, std::max(1, school.richness.leaveFutureDays)));
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            const int what = r.below(100);
            const QString status = what < 70 ? QStringLiteral("pending")
                : what < 90                  ? QStringLiteral("approved")
                                             : QStringLiteral("cancelled");
            const QString leaveCode = r.chance(0.6) ? QStringLiteral("personal") : QStringLiteral("official");
            const qint64 id = nextId(QStringLiteral("leave_requests"));
            const QDateTime submitted = taipei(m_today.addDays(-r.range(0, 3)), 19 * 60 + r.below(180)) > m_now
                ? recentToday(r)
                : taipei(m_today.addDays(-r.range(0, 3)), 19 * 60 + r.below(180));
            const qint64 decider = status == QLatin1String("approved") ? deciderFor(r, school, s) : 0;
            QDateTime decided = status == QLatin1String("approved") ? submitted.addSecs(3600 + r.below(36000)) : QDateTime();
            if (decided.isValid() && decided > m_now)
                decided = m_now.addSecs(-30);
            if (decided.isValid() && decided < submitted)
                decided = submitted;
            leaves.add({id, school.id, s.id, room ? QVariant(room->id) : nullId(), parentId, leaveTypeId(leaveCode),
                        text::leaveReason(r, leaveCode), date(day), date(day), status, ts(submitted),
                        idOrNull(decider), ts(decided), nullText()});
            const int count = r.range(2, 4);
            const int from = r.range(1, std::max(1, nPeriods - count + 1));
            for (int p = from; p < from + count && p <= nPeriods; ++p)
                leavePeriods.add({nextId(QStringLiteral("leave_request_periods")), id, date(day), periods.at(p)});
        }
    }
}

void Generator::writeGradesMeritsSwipes(School &school)
{
    QStringList subjects = text::subjects(school.level);
    if (!school.demoSchool && !school.secondDemo)
        subjects = subjects.mid(0, 5);
    const int g = SchoolYear::gregorianYear(m_schoolYear);
    struct Exam
    {
        int semester;
        const char *code;
        QDate held;
    };
    const std::vector<Exam> exams = {
        {1, "midterm1", QDate(g, 10, 15)}, {1, "midterm2", QDate(g, 12, 9)},  {1, "final", QDate(g + 1, 1, 16)},
        {2, "midterm1", QDate(g + 1, 4, 1)}, {2, "midterm2", QDate(g + 1, 5, 20)}, {2, "final", QDate(g + 1, 6, 25)},
    };
    auto &grades = table(QStringLiteral("grades"));
    auto &merits = table(QStringLiteral("merits"));
    auto &swipes = table(QStringLiteral("gate_swipes"));

    std::vector<QDate> swipeDays;
    if (school.richness.gateSwipeDays > 0) {
        swipeDays = schoolDays();
        if (int(swipeDays.size()) > school.richness.gateSwipeDays)
            swipeDays.erase(swipeDays.begin(), swipeDays.end() - school.richness.gateSwipeDays);
    }

    for (Student &s : m_students) {
        Rng r = rng(TagGrades, quint64(s.id));
        std::vector<double> offsets;
        for (qsizetype k = 0; k < subjects.size(); ++k)
            offsets.push_back(r.uniform() * 16.0 - 8.0);
        auto score = [&](size_t subject) {
            const double v = s.ability + offsets[subject] + r.uniform() * 20.0 - 10.0;
            return std::clamp(std::round(v), 0.0, 100.0);
        };
        auto writeYear = [&](int year, const std::vector<Exam> &held, bool semesterScores, int yearShift) {
            for (int semester = 1; semester <= 2; ++semester) {
                std::vector<double> sums(size_t(subjects.size()), 0.0);
                int count = 0;
                QDate last;
                for (const Exam &exam : held) {
                    if (exam.semester != semester)
                        continue;
                    const QDate shifted = exam.held.addYears(yearShift);
                    const QDateTime recorded = taipei(shifted.addDays(7), 17 * 60 + r.below(120));
                    if (recorded > m_now)
                        continue;
                    ++count;
                    last = shifted;
                    for (qsizetype k = 0; k < subjects.size(); ++k) {
                        const double v = score(size_t(k));
                        sums[size_t(k)] += v;
                        grades.add({nextId(QStringLiteral("grades")), s.id, school.id, year, semester,
                                    subjects.at(k), QLatin1String(exam.code), v, ts(recorded)});
                    }
                }
                if (semesterScores && count == 3) {
                    for (qsizetype k = 0; k < subjects.size(); ++k) {
                        const double v = std::round(sums[size_t(k)] / 3.0 * 2.0) / 2.0;
                        grades.add({nextId(QStringLiteral("grades")), s.id, school.id, year, semester,
                                    subjects.at(k), QStringLiteral("semester"), v,
                                    ts(taipei(last.addDays(10), 16 * 60))});
                    }
                }
            }
        };
        writeYear(m_schoolYear, exams, true, 0);
        if (school.richness.previousYearGrades && s.grade > school.firstGrade)
            writeYear(m_schoolYear - 1, exams, true, -1);

        // Merits and demerits over the school year so far.
        Rng mr = rng(TagMerits, quint64(s.id));
        const std::vector<QDate> &days = schoolDays();
        if (!days.empty()) {
            struct Kind
            {
                const char *code;
                double mean;
            };
            const double behaviour = s.absenceFactor;
            const Kind kinds[] = {{"commendation", 0.6 / behaviour}, {"minor_merit", 0.08},
                                  {"major_merit", 0.004},            {"warning", 0.12 * behaviour},
                                  {"minor_demerit", 0.015 * behaviour}, {"major_demerit", 0.001 * behaviour}};
            for (const Kind &k : kinds) {
                const int n = mr.poisson(k.mean);
                for (int i = 0; i < n; ++i) {
                    const QDate day = days[size_t(mr.below(int(days.size())))];
                    const QString kind = QLatin1String(k.code);
                    QDateTime recorded = taipei(day.addDays(mr.range(0, 3)), 15 * 60 + mr.below(120));
                    if (recorded > m_now)
                        recorded = recentToday(mr);
                    merits.add({nextId(QStringLiteral("merits")), s.id, school.id, date(day), kind,
                                kind == QLatin1String("commendation") ? mr.range(1, 2) : 1,
                                text::meritReason(mr, kind),
                                school.studentAffairsStaff[size_t(mr.below(int(school.studentAffairsStaff.size())))],
                                ts(recorded)});
                }
            }
        }

        // Gate swipes (schools with a card gate; recent school days only).
        Rng gr = rng(TagSwipes, quint64(s.id));
        for (const QDate &day : swipeDays) {
            const qint64 jd = day.toJulianDay();
            if (s.wholeDayAbsent.contains(jd) || (s.leaving && day >= m_today.addDays(-12)))
                continue;
            const QString gate = gr.chance(0.7) ? QStringLiteral("正門") : QStringLiteral("側門");
            const int inMinute = s.lateDays.contains(jd) ? 8 * 60 + 5 + gr.below(50) : 7 * 60 + 5 + gr.below(50);
            const QDateTime in = taipei(day, inMinute).addSecs(gr.below(60));
            if (in > m_now)
                continue;
            swipes.add({nextId(QStringLiteral("gate_swipes")), s.id, school.id, ts(in), QStringLiteral("in"), gate});
            const int outMinute = s.earlyDays.contains(jd) ? 13 * 60 + gr.below(90) : 16 * 60 + gr.below(90);
            const QDateTime out = taipei(day, outMinute).addSecs(gr.below(60));
            if (out > m_now)
                continue;
            swipes.add({nextId(QStringLiteral("gate_swipes")), s.id, school.id, ts(out), QStringLiteral("out"),
                        gr.chance(0.7) ? QStringLiteral("正門") : QStringLiteral("側門")});
        }
    }
}

} // namespace cooc::demo
