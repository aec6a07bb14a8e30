#pragma once

#include <QList>
#include <QString>

namespace cooc {

// Compares what an applicant typed with the school's record, field by field, by Unicode code
// points — not UTF-16 units — so that a rare character beyond the Basic Multilingual Plane
// (CJK Extension B and later, e.g. 𠀋) counts as one character and a difference inside it is
// one differing character, never half a surrogate pair. Both sides are NFC-normalised and
// trimmed first (a compatibility ideograph and its unified form compare equal, and the
// comparison says they are stored differently).
namespace NameCompare {

struct Segment
{
    QString text;
    bool differs = false;
};

struct Comparison
{
    bool equal = false;
    QList<Segment> left;  // the applicant's text, split into same / differing runs
    QList<Segment> right; // the school's record
    int differingLeft = 0;  // code points only on the left
    int differingRight = 0; // code points only on the right
    bool privateUse = false; // either side holds a private-use (造字) character
    bool beyondBmp = false;  // either side holds a character beyond U+FFFF
    // A side holds a character that normalising changed (a CJK compatibility ideograph such as
    // U+F90A for 金, or a decomposed accent) and the sides as stored differ: it is compared as
    // its normal form and looks the same, but systems that compare code points (the household
    // register's) may not match it.
    bool storedDifferently = false;
};

Comparison compare(const QString &applicant, const QString &record);

// The segments as HTML, differing runs marked with <span class="diff"> and the given colours.
QString toHtml(const QList<Segment> &segments, const QString &background = QStringLiteral("#ffd54f"));

bool hasPrivateUse(const QString &text);
bool hasBeyondBmp(const QString &text);

} // namespace NameCompare

} // namespace cooc
