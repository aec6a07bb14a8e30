#pragma once

#include <QDate>
#include <QString>

namespace cooc {

// The Taiwanese school calendar in ROC years (民國, Gregorian year − 1911). School year N
// starts on 1 August of Gregorian year N + 1911; semester 1 runs 1 August – 31 January,
// semester 2 runs 1 February – 31 July. 2026-11-28 is school year 115, semester 1.
// "Today" always comes from an injected Clock (Clock::schoolToday()), never from the system.
struct SchoolTerm
{
    int year = 0; // ROC school year, e.g. 115
    int semester = 0; // 1 or 2

    static SchoolTerm fromDate(const QDate &date);

    bool isValid() const { return year > 0 && (semester == 1 || semester == 2); }
    QDate firstDay() const; // 1 Aug (semester 1) or 1 Feb (semester 2)
    QDate lastDay() const; // 31 Jan or 31 Jul
    bool contains(const QDate &date) const { return date >= firstDay() && date <= lastDay(); }
    SchoolTerm next() const;
    SchoolTerm previous() const;
    // "School year 115, semester 1" (zh_TW: 115學年度第1學期).
    QString label() const;

    friend bool operator==(const SchoolTerm &, const SchoolTerm &) = default;
};

namespace SchoolYear {

int rocYear(const QDate &date); // calendar year − 1911 (2026 → 115)
int gregorianYear(int rocYear); // 115 → 2026
int fromDate(const QDate &date); // the school year a date belongs to
QDate firstDay(int schoolYear); // 1 August of its first calendar year
QDate lastDay(int schoolYear); // 31 July of the next calendar year
// "School year 115" (zh_TW: 115學年度).
QString label(int schoolYear);

// Class names as schools write them: grade then a two-digit class number, "801" = grade 8,
// class 1; "1012" = grade 10, class 12. Junior high grades are 7–9.
QString className(int grade, int number);
// Parses "801" / "1012" back; returns false for anything else.
bool parseClassName(const QString &name, int *grade, int *number);

} // namespace SchoolYear

} // namespace cooc
