#pragma once

#include <QLoggingCategory>

// One logging category per library. Only critical messages show by default; a user or a
// developer turns the rest on with QT_LOGGING_RULES="folio.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcLinks)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
