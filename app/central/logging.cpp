#include "app/central/logging.h"

Q_LOGGING_CATEGORY(lcCentral, "cooc.central")
