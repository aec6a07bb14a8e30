#include "app/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "cooc.auth")
Q_LOGGING_CATEGORY(lcEsign, "cooc.esign")
Q_LOGGING_CATEGORY(lcNet, "cooc.net")
Q_LOGGING_CATEGORY(lcApp, "cooc.app")
