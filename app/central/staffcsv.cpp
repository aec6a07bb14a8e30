#include "app/central/staffcsv.h"

#include "models/nationalid.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace cooc::central {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::central::StaffCsv", text);
}

enum class Column { School, NationalId, Name, Email, Office, Homeroom, Teacher, Admin, Employment };

const QHash<QString, Column> &headerNames()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("school_code"), Column::School},          {QStringLiteral("school"), Column::School},
        {QStringLiteral("學校代碼"), Column::School},             {QStringLiteral("national_id"), Column::NationalId},
        {QStringLiteral("身分證字號"), Column::NationalId},       {QStringLiteral("身分證統一編號"), Column::NationalId},
        {QStringLiteral("name"), Column::Name},                   {QStringLiteral("姓名"), Column::Name},
        {QStringLiteral("email"), Column::Email},                 {QStringLiteral("e-mail"), Column::Email},
        {QStringLiteral("電子郵件"), Column::Email},              {QStringLiteral("office"), Column::Office},
        {QStringLiteral("處室"), Column::Office},                 {QStringLiteral("homeroom_class"), Column::Homeroom},
        {QStringLiteral("homeroom"), Column::Homeroom},           {QStringLiteral("導師班級"), Column::Homeroom},
        {QStringLiteral("is_teacher"), Column::Teacher},          {QStringLiteral("教師"), Column::Teacher},
        {QStringLiteral("is_school_admin"), Column::Admin},       {QStringLiteral("學校管理者"), Column::Admin},
        {QStringLiteral("employment_status"), Column::Employment}, {QStringLiteral("status"), Column::Employment},
        {QStringLiteral("在職狀態"), Column::Employment},
    };
    return names;
}

QString officeCode(const QString &value)
{
    static const QHash<QString, QString> offices = {
        {QStringLiteral("student_affairs"), QStringLiteral("student_affairs")},
        {QStringLiteral("學務處"), QStringLiteral("student_affairs")},
        {QStringLiteral("academic_affairs"), QStringLiteral("academic_affairs")},
        {QStringLiteral("教務處"), QStringLiteral("academic_affairs")},
        {QStringLiteral("counseling"), QStringLiteral("counseling")},
        {QStringLiteral("輔導室"), QStringLiteral("counseling")},
        {QStringLiteral("輔導處"), QStringLiteral("counseling")},
        {QStringLiteral("general_affairs"), QStringLiteral("general_affairs")},
        {QStringLiteral("總務處"), QStringLiteral("general_affairs")},
        {QStringLiteral("principal"), QStringLiteral("principal")},
        {QStringLiteral("校長室"), QStringLiteral("principal")},
    };
    return offices.value(value.trimmed().toLower(), QStringLiteral("?"));
}

QString employmentCode(const QString &value)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("employed"), QStringLiteral("employed")}, {QStringLiteral("在職"), QStringLiteral("employed")},
        {QStringLiteral("on_leave"), QStringLiteral("on_leave")}, {QStringLiteral("留職停薪"), QStringLiteral("on_leave")},
        {QStringLiteral("留停"), QStringLiteral("on_leave")},     {QStringLiteral("left"), QStringLiteral("left")},
        {QStringLiteral("離職"), QStringLiteral("left")},         {QStringLiteral("退休"), QStringLiteral("left")},
        {QStringLiteral("調出"), QStringLiteral("left")},
    };
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return QStringLiteral("employed");
    return codes.value(v);
}

// 1 = true, 0 = false, -1 = not a boolean. Empty gives the default.
int boolean(const QString &value, bool defaultValue)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return defaultValue ? 1 : 0;
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("是"), QStringLiteral("t")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("否"), QStringLiteral("f")};
    if (yes.contains(v))
        return 1;
    if (no.contains(v))
        return 0;
    return -1;
}

struct RawRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180, tolerant of a missing final line break and of LF-only files.
QList<RawRecord> splitCsv(const QString &text, QStringList *problems)
{
    QList<RawRecord> records;
    RawRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = RawRecord();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        problems->append(tr("line %1: a quoted field is not closed.").arg(current.line));
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace

Result<StaffCsv> parseStaffCsv(const QByteArray &bytes, const QString &encoding)
{
    using C = Error::Code;
    if (bytes.size() > 64 * 1024 * 1024)
        return Error::make(C::InvalidInput, tr("The staff file is larger than 64 MB; that is not an SIS staff export."));
    StaffCsv result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    QString text;
    const QString wanted = encoding.trimmed();
    auto decode = [&](const char *name) -> bool {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return false;
        text = decoder.decode(data);
        return !decoder.hasError();
    };
    if (wanted.isEmpty()) {
        if (decode("UTF-8")) {
            result.encoding = QStringLiteral("UTF-8");
        } else if (decode("Big5")) {
            result.encoding = QStringLiteral("Big5");
        } else {
            return Error::make(C::InvalidInput,
                               tr("The staff file is neither UTF-8 nor Big5 text. Export it again as CSV in UTF-8."));
        }
    } else {
        const QByteArray name = wanted.toLatin1();
        QStringDecoder probe(name.constData());
        if (!probe.isValid())
            return Error::make(C::InvalidInput, tr("Unknown text encoding \"%1\": use UTF-8 or Big5.").arg(wanted.left(40)));
        if (!decode(name.constData()))
            return Error::make(C::InvalidInput, tr("The staff file is not valid %1 text.").arg(wanted.left(40)));
        result.encoding = wanted;
    }

    QStringList problems;
    const QList<RawRecord> raw = splitCsv(text, &problems);
    if (raw.isEmpty())
        return Error::make(C::InvalidInput, tr("The staff file is empty: it needs a header row and one row per staff member."));

    // Header.
    QHash<Column, int> index;
    const QStringList header = raw.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        const auto it = headerNames().constFind(name);
        if (it == headerNames().cend()) {
            problems << tr("line 1: unknown column \"%1\".").arg(header.at(i).trimmed().left(40));
            continue;
        }
        if (index.contains(it.value()))
            problems << tr("line 1: the column \"%1\" appears twice.").arg(header.at(i).trimmed().left(40));
        index.insert(it.value(), i);
    }
    for (auto [column, label] : {std::pair{Column::School, "school_code"}, std::pair{Column::NationalId, "national_id"},
                                 std::pair{Column::Name, "name"}}) {
        if (!index.contains(column))
            problems << tr("line 1: the required column \"%1\" is missing.").arg(QString::fromLatin1(label));
    }
    if (!problems.isEmpty())
        return Error::make(C::InvalidInput, tr("The staff file cannot be used:") + QStringLiteral("\n  ")
                                                + problems.join(QStringLiteral("\n  ")));

    result.hasHomeroomColumn = index.contains(Column::Homeroom);
    static const QRegularExpression schoolCodePattern(QStringLiteral("^[a-z][a-z0-9]{1,20}$"));
    static const QRegularExpression classSeparators(QStringLiteral("[;、/ ]+"));
    QSet<QString> seen;
    for (qsizetype r = 1; r < raw.size(); ++r) {
        const RawRecord &row = raw.at(r);
        auto field = [&](Column c) { return index.contains(c) ? row.fields.value(index.value(c)).trimmed() : QString(); };
        StaffRecord s;
        s.line = row.line;
        const QString where = tr("line %1: ").arg(row.line);
        if (row.fields.size() != header.size())
            problems << where + tr("%1 fields where the header has %2.").arg(row.fields.size()).arg(header.size());
        s.schoolCode = field(Column::School).toLower();
        if (!schoolCodePattern.match(s.schoolCode).hasMatch())
            problems << where + tr("the school code \"%1\" is not a school's English code.").arg(s.schoolCode.left(30));
        const QString id = field(Column::NationalId);
        if (!NationalId::isValid(id))
            problems << where + tr("the national ID is not valid.");
        s.nationalId = NationalId::normalized(id);
        s.name = field(Column::Name);
        if (s.name.isEmpty())
            problems << where + tr("the name is empty.");
        s.email = field(Column::Email);
        const QString office = field(Column::Office);
        if (!office.isEmpty()) {
            s.officeCode = officeCode(office);
            if (s.officeCode == QLatin1String("?"))
                problems << where + tr("unknown office \"%1\".").arg(office.left(30));
        }
        const QString homeroom = field(Column::Homeroom);
        if (!homeroom.isEmpty())
            s.homeroomClasses = homeroom.split(classSeparators, Qt::SkipEmptyParts);
        const int teacher = boolean(field(Column::Teacher), true);
        const int admin = boolean(field(Column::Admin), false);
        if (teacher < 0 || admin < 0)
            problems << where + tr("is_teacher and is_school_admin take yes or no.");
        s.isTeacher = teacher == 1;
        s.isSchoolAdmin = admin == 1;
        s.employmentStatus = employmentCode(field(Column::Employment));
        if (s.employmentStatus.isEmpty())
            problems << where + tr("unknown employment status \"%1\": use employed, on_leave or left.")
                                    .arg(field(Column::Employment).left(30));
        const QString key = s.schoolCode + QLatin1Char('/') + s.nationalId;
        if (NationalId::isValid(id) && seen.contains(key))
            problems << where + tr("the same person appears twice for school %1.").arg(s.schoolCode);
        seen.insert(key);
        result.records << s;
    }
    if (result.records.isEmpty() && problems.isEmpty())
        problems << tr("the file has a header but no staff rows.");
    if (!problems.isEmpty())
        return Error::make(C::InvalidInput, tr("The staff file cannot be used:") + QStringLiteral("\n  ")
                                                + problems.join(QStringLiteral("\n  ")));
    return result;
}

} // namespace cooc::central
