#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QStringList>

namespace cooc::central {

// One staff member from the school administration system's export (docs/deploy.md,
// "Accounts from the SIS"). The national ID is held in memory only while syncing: the
// database gets its keyed hash and mask, the login its last 9 characters.
struct StaffRecord
{
    int line = 0;                 // first line of the record in the file (for messages)
    QString schoolCode;           // schools.code, lower case
    QString nationalId;           // normalised (upper case)
    QString name;
    QString email;
    QString officeCode;           // student_affairs, academic_affairs, counseling, general_affairs, principal or empty
    QStringList homeroomClasses;  // class names of the school year, e.g. "801"
    bool isTeacher = true;
    bool isSchoolAdmin = false;
    QString employmentStatus;     // employed, on_leave, left
};

struct StaffCsv
{
    QList<StaffRecord> records;
    QString encoding; // the encoding the file was read in: "UTF-8" or "Big5"
    bool hasHomeroomColumn = false; // the file says who is homeroom teacher of which class
};

// Parses the export: RFC 4180 CSV (quotes, doubled quotes, CRLF, line breaks inside quotes),
// a header row naming the columns in English or in the SIS's Chinese, UTF-8 (with or without
// BOM) or Big5 — detected (UTF-8 when the bytes are valid UTF-8) unless `encoding` names one.
// Every problem of the file is reported at once (InvalidInput, one line each, national IDs
// never echoed); nothing is returned for a file with any problem.
Result<StaffCsv> parseStaffCsv(const QByteArray &bytes, const QString &encoding = {});

} // namespace cooc::central
