#include "app/parentview/parentviewtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace cooc::parentviewtext {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cooc::ParentViewText)
};

} // namespace

QString relationship(const QString &code)
{
    if (code == QLatin1String("father"))
        return Text::tr("father");
    if (code == QLatin1String("mother"))
        return Text::tr("mother");
    if (code == QLatin1String("guardian"))
        return Text::tr("guardian");
    if (code == QLatin1String("grandparent"))
        return Text::tr("grandparent");
    if (code == QLatin1String("delegate"))
        return Text::tr("delegated caregiver");
    if (code == QLatin1String("other"))
        return Text::tr("other");
    return code;
}

QString exam(const QString &code)
{
    if (code == QLatin1String("midterm1"))
        return Text::tr("first midterm");
    if (code == QLatin1String("midterm2"))
        return Text::tr("second midterm");
    if (code == QLatin1String("final"))
        return Text::tr("final exam");
    if (code == QLatin1String("semester"))
        return Text::tr("semester grade");
    return code;
}

QString absenceCode(const QString &code)
{
    if (code == QLatin1String("personal"))
        return Text::tr("personal leave");
    if (code == QLatin1String("sick"))
        return Text::tr("sick leave");
    if (code == QLatin1String("official"))
        return Text::tr("official leave");
    if (code == QLatin1String("bereavement"))
        return Text::tr("bereavement leave");
    if (code == QLatin1String("truancy"))
        return Text::tr("truancy");
    if (code == QLatin1String("late"))
        return Text::tr("late");
    if (code == QLatin1String("early_leave"))
        return Text::tr("left early");
    if (code == QLatin1String("other"))
        return Text::tr("other");
    return code;
}

QString period(const QString &code)
{
    if (code == QLatin1String("morning"))
        return Text::tr("morning study");
    if (code == QLatin1String("noon"))
        return Text::tr("noon break");
    bool ok = false;
    const int n = code.toInt(&ok);
    if (ok)
        return Text::tr("period %1").arg(n);
    return code;
}

QString meritKind(const QString &code)
{
    if (code == QLatin1String("commendation"))
        return Text::tr("commendation");
    if (code == QLatin1String("minor_merit"))
        return Text::tr("minor merit");
    if (code == QLatin1String("major_merit"))
        return Text::tr("major merit");
    if (code == QLatin1String("warning"))
        return Text::tr("warning");
    if (code == QLatin1String("minor_demerit"))
        return Text::tr("minor demerit");
    if (code == QLatin1String("major_demerit"))
        return Text::tr("major demerit");
    return code;
}

QString leaveStatus(const QString &code)
{
    if (code == QLatin1String("pending"))
        return Text::tr("waiting for approval");
    if (code == QLatin1String("approved"))
        return Text::tr("approved");
    if (code == QLatin1String("rejected"))
        return Text::tr("rejected");
    if (code == QLatin1String("cancelled"))
        return Text::tr("cancelled");
    return code;
}

QString bindingStatus(const QString &code)
{
    if (code == QLatin1String("active"))
        return Text::tr("active");
    if (code == QLatin1String("suspended"))
        return Text::tr("suspended");
    if (code == QLatin1String("revoked"))
        return Text::tr("ended");
    return code;
}

QString requestStatus(const QString &code)
{
    if (code == QLatin1String("pending"))
        return Text::tr("waiting for review");
    if (code == QLatin1String("info_requested"))
        return Text::tr("more information requested");
    if (code == QLatin1String("approved"))
        return Text::tr("approved");
    if (code == QLatin1String("rejected"))
        return Text::tr("rejected");
    if (code == QLatin1String("withdrawn"))
        return Text::tr("withdrawn");
    return code;
}

QString enrollmentStatus(const QString &code)
{
    if (code == QLatin1String("enrolled"))
        return Text::tr("enrolled");
    if (code == QLatin1String("transferred_out"))
        return Text::tr("transferred out");
    if (code == QLatin1String("graduated"))
        return Text::tr("graduated");
    return code;
}

QString registrationStatus(const QString &code)
{
    if (code == QLatin1String("registered"))
        return Text::tr("registered");
    if (code == QLatin1String("waitlisted"))
        return Text::tr("on the waiting list");
    if (code == QLatin1String("cancelled"))
        return Text::tr("cancelled");
    return code;
}

QString paymentStatus(const QString &code)
{
    if (code == QLatin1String("unpaid"))
        return Text::tr("not paid");
    if (code == QLatin1String("paid"))
        return Text::tr("paid");
    if (code == QLatin1String("refunded"))
        return Text::tr("refunded");
    return code;
}

QString swipeDirection(const QString &code)
{
    if (code == QLatin1String("in"))
        return Text::tr("arrival");
    if (code == QLatin1String("out"))
        return Text::tr("departure");
    return code;
}

QString replyChannel(const QString &code)
{
    if (code == QLatin1String("app"))
        return Text::tr("in the app");
    if (code == QLatin1String("paper"))
        return Text::tr("on paper");
    if (code == QLatin1String("phone"))
        return Text::tr("by phone");
    return code;
}

QString money(qint64 cents)
{
    const QString amount
        = cents % 100 == 0 ? QLocale().toString(cents / 100) : QLocale().toString(double(cents) / 100.0, 'f', 2);
    return Text::tr("NT$%1").arg(amount);
}

} // namespace cooc::parentviewtext
