#pragma once

#include <QLoggingCategory>

// One category per area (STYLE.md, practice 13). Never log personal data or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
