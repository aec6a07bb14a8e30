#include "app/bindingreview/namecompare.h"

#include <vector>

namespace cooc::NameCompare {

namespace {

QList<uint> codePoints(const QString &text)
{
    QList<uint> points;
    const QList<uint> all = text.normalized(QString::NormalizationForm_C).trimmed().toUcs4();
    points.reserve(all.size());
    for (uint cp : all)
        points << cp;
    return points;
}

bool isPrivateUse(uint cp)
{
    return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
}

// Marks the code points that are not part of a longest common subsequence.
std::vector<bool> differing(const QList<uint> &a, const QList<uint> &b, bool left)
{
    const auto n = size_t(a.size());
    const auto m = size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    std::vector<bool> diffA(n, true);
    std::vector<bool> diffB(m, true);
    size_t i = 0;
    size_t j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)] == b[qsizetype(j)]) {
            diffA[i++] = false;
            diffB[j++] = false;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return left ? diffA : diffB;
}

QList<Segment> segments(const QList<uint> &points, const std::vector<bool> &diff, int *count)
{
    QList<Segment> out;
    *count = 0;
    for (qsizetype k = 0; k < points.size(); ++k) {
        const bool d = diff[size_t(k)];
        if (d)
            ++*count;
        const char32_t cp = points[k];
        const QString ch = QString::fromUcs4(&cp, 1);
        if (!out.isEmpty() && out.last().differs == d)
            out.last().text += ch;
        else
            out << Segment{ch, d};
    }
    return out;
}

} // namespace

bool hasPrivateUse(const QString &text)
{
    for (uint cp : text.toUcs4()) {
        if (isPrivateUse(cp))
            return true;
    }
    return false;
}

bool hasBeyondBmp(const QString &text)
{
    for (uint cp : text.toUcs4()) {
        if (cp > 0xFFFF)
            return true;
    }
    return false;
}

Comparison compare(const QString &applicant, const QString &record)
{
    const QList<uint> a = codePoints(applicant);
    const QList<uint> b = codePoints(record);
    Comparison c;
    c.equal = a == b;
    c.left = segments(a, differing(a, b, true), &c.differingLeft);
    c.right = segments(b, differing(a, b, false), &c.differingRight);
    c.privateUse = hasPrivateUse(applicant) || hasPrivateUse(record);
    c.beyondBmp = hasBeyondBmp(applicant) || hasBeyondBmp(record);
    // Normalising changed a side (a compatibility ideograph, a decomposed accent) and the sides
    // as stored are not the same: also when the names differ elsewhere too.
    const QString rawApplicant = applicant.trimmed();
    const QString rawRecord = record.trimmed();
    const bool normalised = rawApplicant != rawApplicant.normalized(QString::NormalizationForm_C)
        || rawRecord != rawRecord.normalized(QString::NormalizationForm_C);
    c.storedDifferently = normalised && rawApplicant != rawRecord;
    return c;
}

QString toHtml(const QList<Segment> &segs, const QString &background)
{
    QString html;
    for (const Segment &s : segs) {
        if (s.differs)
            html += QStringLiteral("<span class=\"diff\" style=\"background-color:%1; text-decoration: underline;\">")
                        .arg(background)
                + s.text.toHtmlEscaped() + QStringLiteral("</span>");
        else
            html += s.text.toHtmlEscaped();
    }
    return html;
}

} // namespace cooc::NameCompare
