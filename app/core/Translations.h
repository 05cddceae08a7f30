#pragma once

#include <QString>

class QCoreApplication;

namespace folio::Translations {

// Loads Folio's and Qt's translations for the user's locale from the embedded .qm files;
// `language` ("fr"), when not empty, is spoken instead (Settings → Language), dates and
// numbers included.
void install(QCoreApplication& app, const QString& language = {});

} // namespace folio::Translations
