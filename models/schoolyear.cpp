#include "models/schoolyear.h"

#include <QCoreApplication>

namespace cooc {

namespace {
constexpr int kRocOffset = 1911;
} // namespace

SchoolTerm SchoolTerm::fromDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const int month = date.month();
    SchoolTerm term;
    term.year = SchoolYear::fromDate(date);
    term.semester = (month >= 8 || month == 1) ? 1 : 2;
    return term;
}

QDate SchoolTerm::firstDay() const
{
    if (!isValid())
        return {};
    const int first = SchoolYear::gregorianYear(year);
    return semester == 1 ? QDate(first, 8, 1) : QDate(first + 1, 2, 1);
}

QDate SchoolTerm::lastDay() const
{
    if (!isValid())
        return {};
    const int first = SchoolYear::gregorianYear(year);
    return semester == 1 ? QDate(first + 1, 1, 31) : QDate(first + 1, 7, 31);
}

SchoolTerm SchoolTerm::next() const
{
    return semester == 1 ? SchoolTerm { year, 2 } : SchoolTerm { year + 1, 1 };
}

SchoolTerm SchoolTerm::previous() const
{
    return semester == 2 ? SchoolTerm { year, 1 } : SchoolTerm { year - 1, 2 };
}

QString SchoolTerm::label() const
{
    //: ROC school year and semester; zh_TW: %1學年度第%2學期
    return QCoreApplication::translate("cooc::SchoolTerm", "School year %1, semester %2").arg(year).arg(semester);
}

namespace SchoolYear {

int rocYear(const QDate &date)
{
    return date.year() - kRocOffset;
}

int gregorianYear(int roc)
{
    return roc + kRocOffset;
}

int fromDate(const QDate &date)
{
    if (!date.isValid())
        return 0;
    return date.month() >= 8 ? rocYear(date) : rocYear(date) - 1;
}

QDate firstDay(int schoolYear)
{
    return QDate(gregorianYear(schoolYear), 8, 1);
}

QDate lastDay(int schoolYear)
{
    return QDate(gregorianYear(schoolYear) + 1, 7, 31);
}

QString label(int schoolYear)
{
    //: ROC school year; zh_TW: %1學年度
    return QCoreApplication::translate("cooc::SchoolTerm", "School year %1").arg(schoolYear);
}

QString className(int grade, int number)
{
    return QString::number(grade) + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

bool parseClassName(const QString &name, int *grade, int *number)
{
    // The last two digits are the class number; what precedes them is the grade (1–12).
    if (name.size() < 3 || name.size() > 4)
        return false;
    for (const QChar c : name) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const int g = name.left(name.size() - 2).toInt();
    const int n = name.right(2).toInt();
    if (g < 1 || g > 12 || n < 1 || name.at(0) == QLatin1Char('0'))
        return false;
    if (grade)
        *grade = g;
    if (number)
        *number = n;
    return true;
}

} // namespace SchoolYear

} // namespace cooc
