#pragma once

class QCoreApplication;

namespace folio::Translations {

// Loads Folio's and Qt's translations for the user's locale from the embedded .qm files.
void install(QCoreApplication& app);

} // namespace folio::Translations
