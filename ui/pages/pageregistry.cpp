#include "ui/pages/pageregistry.h"

#include "ui/pages/auditlogpage.h"
#include "ui/pages/bindingrequestspage.h"
#include "ui/pages/comingsoonpage.h"
#include "ui/pages/parentviewpage.h"
#include "ui/pages/settingspage.h"

#include <QtGlobal>

namespace cooc::ui {

namespace {

// An area that a later version fills (see ComingSoonPage).
PageFactory comingSoon(const char *id, const char *title, const char *icon, const char *description)
{
    return [=](const PageContext &, QWidget *parent) -> Page * {
        return new ComingSoonPage(QString::fromLatin1(id), title, QString::fromLatin1(icon), description, parent);
    };
}

} // namespace

QList<PageFactory> registeredPages()
{
    // One line per page, in sidebar order. To add a page, write ui/pages/<name>page.{h,cpp}
    // (a Page with a `(const PageContext &, QWidget *)` constructor), include it above, and
    // replace its area's comingSoon(...) line with pageFactory<YourPage>().
    return {
        pageFactory<BindingRequestsPage>(),
        comingSoon("leave", QT_TRANSLATE_NOOP("cooc::ui::Areas", "Leave requests"), ":/icons/leave.svg",
                   QT_TRANSLATE_NOOP("cooc::ui::Areas",
                                     "Leave requests that parents send from the CooC app will appear here, with the "
                                     "dates and class periods they cover and the student's attendance beside them.")),
        comingSoon("attendance", QT_TRANSLATE_NOOP("cooc::ui::Areas", "Attendance"), ":/icons/attendance.svg",
                   QT_TRANSLATE_NOOP("cooc::ui::Areas",
                                     "Absences by date and class period will appear here, to record and correct; "
                                     "parents see them one day later.")),
        comingSoon("notices", QT_TRANSLATE_NOOP("cooc::ui::Areas", "Notices & surveys"), ":/icons/notices.svg",
                   QT_TRANSLATE_NOOP("cooc::ui::Areas",
                                     "Notices with reply slips and surveys will appear here, with who has read and "
                                     "who has replied.")),
        comingSoon("messages", QT_TRANSLATE_NOOP("cooc::ui::Areas", "Messages"), ":/icons/messages.svg",
                   QT_TRANSLATE_NOOP("cooc::ui::Areas",
                                     "Messages between the school and parents will appear here, each labelled with "
                                     "the child it is about.")),
        pageFactory<ParentViewPage>(),
        pageFactory<AuditLogPage>(),
        pageFactory<SettingsPage>(),
    };
}

} // namespace cooc::ui
