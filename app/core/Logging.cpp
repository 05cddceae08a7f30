#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "folio.store", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcSearch, "folio.search", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcImport, "folio.import", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcLinks, "folio.links", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcCli, "folio.cli", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcArchive, "folio.archive", QtCriticalMsg)
