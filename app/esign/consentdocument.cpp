#include "app/esign/consentdocument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

#include <array>
#include <map>

namespace cooc::esign {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::esign::ConsentDocument", text);
}

// The published consent texts, by version. A version is never edited once published:
// signed documents quote their text verbatim and parse() checks it.
const std::map<QString, QString> &texts()
{
    static const std::map<QString, QString> map = {
        {QStringLiteral("2026.1"),
         QStringLiteral(
             "臺北市親師生平臺 個人資料蒐集、處理及利用授權同意書\n"
             "\n"
             "一、本人為下列學生之法定代理人或經其授權之照顧者，申請以本人之家長帳號與該學生綁定，"
             "以查詢學生之成績、出缺席、獎懲、請假及學校通知等資料。\n"
             "二、蒐集目的：學生學習與生活輔導、親師溝通、學校行政管理（個人資料保護法特定目的代號"
             "○○二、一○九、一五八）。\n"
             "三、個人資料類別：本人之姓名、身分證統一編號末四碼、電子郵件、與學生之關係，以及學生"
             "之學號、班級、座號與學習紀錄。\n"
             "四、利用期間、地區、對象及方式：於學生在臺北市公立學校就學期間，由學校及臺北市政府"
             "教育局於中華民國境內，以電子方式利用；戶籍比對僅於本申請之審核所需範圍內為之。\n"
             "五、本人得依個人資料保護法第三條規定，向學校請求查詢、閱覽、製給複製本、補充或更正、"
             "停止蒐集處理利用或刪除本人之個人資料；停止利用後將無法繼續使用綁定功能。\n"
             "六、本人不同意或資料不實者，學校得不予綁定；經查明非法定代理人或未經授權者，學校得"
             "撤銷綁定。\n"
             "七、本人以電子簽章簽署本同意書，依電子簽章法與親筆簽名具同等效力。")},
    };
    return map;
}

const QStringList &relationships()
{
    static const QStringList list = {QStringLiteral("father"), QStringLiteral("mother"),
                                     QStringLiteral("guardian"), QStringLiteral("grandparent"),
                                     QStringLiteral("delegate")};
    return list;
}

void appendEscaped(QByteArray &out, const QString &value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(u));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Keys in byte order; every value a string.
std::map<QByteArray, QString> fieldMap(const ConsentDocument &d)
{
    return {
        {"consent_text", d.consentText},
        {"consent_text_version", d.consentTextVersion},
        {"format", QString::fromLatin1(ConsentDocument::formatTag)},
        {"nonce", d.nonce},
        {"parent_email", d.parentEmail},
        {"parent_id_last4", d.parentIdLast4},
        {"relationship", d.relationship},
        {"request_id", d.requestId},
        {"school_code", d.schoolCode},
        {"student_number", d.studentNumber},
    };
}

// Where each string field of the JSON goes (every key but "format").
std::array<std::pair<const char *, QString *>, 9> fieldTargets(ConsentDocument &d)
{
    return {{
        {"consent_text", &d.consentText},        {"consent_text_version", &d.consentTextVersion},
        {"nonce", &d.nonce},                     {"parent_email", &d.parentEmail},
        {"parent_id_last4", &d.parentIdLast4},   {"relationship", &d.relationship},
        {"request_id", &d.requestId},            {"school_code", &d.schoolCode},
        {"student_number", &d.studentNumber},
    }};
}

Error invalid(const QString &detail)
{
    return Error::make(Error::Code::InvalidInput, tr("The signed consent form is not in the expected format."),
                       detail);
}

// The document as one JSON object (at most 256 KiB).
Result<QJsonObject> jsonObjectOf(const QByteArray &bytes)
{
    if (bytes.size() > 256 * 1024)
        return invalid(QStringLiteral("document larger than 256 KiB"));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return invalid(error.errorString());
    return json.object();
}

// The fields of a form of this format: the format tag, and every field a string.
Result<ConsentDocument> fieldsOf(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String(ConsentDocument::formatTag))
        return invalid(QStringLiteral("format tag missing or unknown"));
    ConsentDocument d;
    for (const auto &[key, target] : fieldTargets(d)) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return invalid(QStringLiteral("field %1 missing or not a string").arg(QLatin1String(key)));
        *target = v.toString();
    }
    return d;
}

} // namespace

ConsentDocument ConsentDocument::create(const QString &requestId, const QString &schoolCode,
                                        const QString &studentNumber, const QString &parentEmail,
                                        const QString &relationship, const QString &parentIdLast4,
                                        const QString &version)
{
    ConsentDocument d;
    d.requestId = requestId;
    d.nonce = newNonce();
    d.schoolCode = schoolCode;
    d.studentNumber = studentNumber;
    d.parentEmail = parentEmail;
    d.relationship = relationship;
    d.consentTextVersion = version;
    d.parentIdLast4 = parentIdLast4;
    d.consentText = publishedText(version);
    return d;
}

QByteArray ConsentDocument::toCanonicalBytes() const
{
    QByteArray out;
    out.reserve(2048);
    out += '{';
    bool first = true;
    for (const auto &[key, value] : fieldMap(*this)) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += key;
        out += "\":";
        appendEscaped(out, value);
    }
    out += '}';
    return out;
}

Result<ConsentDocument> ConsentDocument::readFields(const QByteArray &bytes)
{
    auto o = jsonObjectOf(bytes);
    return o ? fieldsOf(*o) : Result<ConsentDocument>(o.error());
}

Result<ConsentDocument> ConsentDocument::parse(const QByteArray &bytes)
{
    const auto o = jsonObjectOf(bytes);
    if (!o)
        return o.error();
    auto d = fieldsOf(*o);
    if (!d)
        return d;
    if (o->size() != int(fieldMap(*d).size()))
        return invalid(QStringLiteral("unexpected number of fields"));
    if (d->toCanonicalBytes() != bytes)
        return invalid(QStringLiteral("not in canonical form"));
    if (publishedText(d->consentTextVersion).isEmpty() || publishedText(d->consentTextVersion) != d->consentText)
        return invalid(QStringLiteral("consent text does not match its published version"));
    if (!isKnownRelationship(d->relationship))
        return invalid(QStringLiteral("unknown relationship"));
    return d;
}

QStringList ConsentDocument::differencesFrom(const ExpectedConsent &expected) const
{
    const auto differs = [](const QString &want, const QString &have, Qt::CaseSensitivity cs = Qt::CaseSensitive) {
        return !want.isEmpty() && want.trimmed().compare(have.trimmed(), cs) != 0;
    };
    QStringList labels;
    if (differs(expected.schoolCode, schoolCode))
        labels << tr("school code");
    if (differs(expected.studentNumber, studentNumber))
        labels << tr("student number");
    if (differs(expected.parentEmail, parentEmail, Qt::CaseInsensitive))
        labels << tr("parent e-mail");
    if (differs(expected.relationship, relationship))
        labels << tr("relationship");
    if (differs(expected.parentIdLast4, parentIdLast4, Qt::CaseInsensitive))
        labels << tr("last 4 characters of the parent's ID");
    return labels;
}

QString ConsentDocument::toDisplayText() const
{
    QString relation = relationship;
    if (relationship == QLatin1String("father"))
        relation = tr("Father");
    else if (relationship == QLatin1String("mother"))
        relation = tr("Mother");
    else if (relationship == QLatin1String("guardian"))
        relation = tr("Guardian");
    else if (relationship == QLatin1String("grandparent"))
        relation = tr("Grandparent");
    else if (relationship == QLatin1String("delegate"))
        relation = tr("Delegated caregiver");
    QString text;
    text += tr("Request: %1").arg(requestId) + QLatin1Char('\n');
    text += tr("School code: %1").arg(schoolCode) + QLatin1Char('\n');
    text += tr("Student number: %1").arg(studentNumber) + QLatin1Char('\n');
    text += tr("Parent e-mail: %1").arg(parentEmail) + QLatin1Char('\n');
    text += tr("Relationship: %1").arg(relation) + QLatin1Char('\n');
    text += tr("Last 4 characters of the parent's ID: %1").arg(parentIdLast4) + QLatin1Char('\n');
    text += tr("Consent text version: %1").arg(consentTextVersion) + QLatin1Char('\n');
    text += tr("Nonce: %1").arg(nonce) + QLatin1String("\n\n");
    text += consentText;
    return text;
}

QString ConsentDocument::newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString ConsentDocument::currentTextVersion()
{
    return QStringLiteral("2026.1");
}

QStringList ConsentDocument::consentTextVersions()
{
    QStringList versions;
    for (const auto &entry : texts())
        versions << entry.first;
    return versions;
}

QString ConsentDocument::publishedText(const QString &version)
{
    const auto it = texts().find(version);
    return it == texts().end() ? QString() : it->second;
}

bool ConsentDocument::isKnownRelationship(const QString &relationship)
{
    return relationships().contains(relationship);
}

} // namespace cooc::esign
