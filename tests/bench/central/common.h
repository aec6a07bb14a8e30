#pragma once
// bench_central: what every part of the benchmark shares — output, a staff session, percentiles.
#include "models/actor.h"
#include "models/database.h"

#include <QList>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace cooc::bench::central {

inline QTextStream out(stdout);

struct Session
{
    qint64 staffId = 0;
    qint64 schoolId = 0;
    qint64 classId = 0; // homeroom teachers
    bool teacher = false;
    QString role;
    QList<qint64> requests;
};

inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

inline bool check(const Result<QSqlQuery> &r, const char *what)
{
    if (!r)
        out << "FAILED " << what << ": " << r.error().message << " | " << r.error().detail << Qt::endl;
    return r.ok();
}

inline bool check(const Status &s, const char *what)
{
    if (!s)
        out << "FAILED " << what << ": " << s.error().message << " | " << s.error().detail << Qt::endl;
    return s.ok();
}

inline Actor actorOf(const Session &s)
{
    Actor a;
    a.staffId = s.staffId;
    a.schoolId = s.schoolId;
    a.login = s.role;
    if (s.teacher) {
        a.roles = {Actor::Role::HomeroomTeacher};
        a.homeroomClassIds = {s.classId};
    } else {
        a.roles = {Actor::Role::OfficeStaff};
    }
    return a;
}

} // namespace cooc::bench::central
