#pragma once

#include "app/demo/demorandom.h"

#include <QString>
#include <QStringList>

#include <vector>

// Realistic Traditional Chinese text for the demo world: names, places and the school-like
// sentences of notices, leave reasons, merits and contact-book entries. Pure data.
namespace cooc::demo::text {

struct Person
{
    QString name;
    QString surname;
    QString romanized; // for e-mail addresses: "chen"
};

// Surname (by frequency in Taiwan) + a two-character given name for the gender ('M'/'F').
Person personName(Rng &rng, QChar gender, const QString &surname = {});
QString randomSurname(Rng &rng, QString *romanized = nullptr);
QString romanizedSurname(const QString &surname);

// The four rare characters beyond the Basic Multilingual Plane used in demo names
// (CJK Extension B): 𡘙 𠀋 𪚥 𥚃.
QStringList rareCharacters();

QStringList taipeiDistricts();          // 中正區 ...
QString schoolWord(int index);          // 敦化, 仁愛 ... (cycled with a suffix past the list)
QString otherCity(Rng &rng);            // 新北市, 桃園市 ...

QString mobilePhone(Rng &rng);          // 09xx-xxx-xxx

QString leaveReason(Rng &rng, const QString &leaveTypeCode);
QString meritReason(Rng &rng, const QString &kind);
QString contactBookEntry(Rng &rng, int grade);
QString messageSubject(Rng &rng, bool urgent, QString *body, const QString &studentName);
QString infoRequestNote(Rng &rng);
QString rejectReason(Rng &rng);

struct NoticeText
{
    QString title;
    QString body;
    QStringList replyOptions; // empty: no reply slip
};
NoticeText notice(int index); // a fixed list; index wraps
int noticeCount();

struct ActivityText
{
    QString title;
    QString description;
    int feeNtd = 0;
    int capacity = 0; // 0: unlimited
};
ActivityText activity(int index);
int activityCount();

QStringList subjects(const QString &level); // 國文, 英語, ...

} // namespace cooc::demo::text
