#pragma once

#include <QLoggingCategory>

// Logging categories of the application layer. Never log personal data or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcEsign)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
