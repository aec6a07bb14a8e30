#pragma once

#include <QLoggingCategory>

// The central deployment's client side: roles, accounts sync, reconnects. No personal data.
Q_DECLARE_LOGGING_CATEGORY(lcCentral)
