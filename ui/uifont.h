#pragma once

#include <QString>

namespace cooc::ui {

// Makes Traditional Chinese render with a TC face (Noto Sans CJK TC where installed) ahead of
// the system font: with an SC or JP face first many characters take another region's shapes,
// and with none at all they show as boxes. Returns the family chosen, or empty (logged).
QString useTraditionalChineseFont();

} // namespace cooc::ui
