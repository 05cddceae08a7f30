#pragma once

namespace folio::FolioScheme {

// Must run before the QApplication exists: WebEngine reads the scheme list once at start.
void registerScheme();

} // namespace folio::FolioScheme
