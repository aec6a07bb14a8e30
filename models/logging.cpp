#include "models/logging.h"

Q_LOGGING_CATEGORY(lcDb, "cooc.db")
Q_LOGGING_CATEGORY(lcModels, "cooc.models")
