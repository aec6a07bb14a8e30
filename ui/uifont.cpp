#include "ui/uifont.h"

#include "ui/logging.h"

#include <QApplication>
#include <QFontDatabase>

namespace cooc::ui {

QString useTraditionalChineseFont()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &cjk : {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans TC"),
                               QStringLiteral("Source Han Sans TC"), QStringLiteral("Microsoft JhengHei"),
                               QStringLiteral("PingFang TC")}) {
        if (!families.contains(cjk))
            continue;
        // The CJK face first: it has good Latin glyphs too, and CJK punctuation and full-width
        // forms then come from the same face as the characters around them.
        QFont font = QApplication::font();
        font.setFamilies({cjk, font.family()});
        QApplication::setFont(font);
        return cjk;
    }
    qCWarning(lcUi) << "no Traditional Chinese font found (install fonts-noto-cjk): Chinese text may show as boxes";
    return {};
}

} // namespace cooc::ui
