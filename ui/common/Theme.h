#pragma once

#include "wiki/PageStyle.h"

#include <QString>

namespace folio::Theme {

using Choice = PageStyle::ColorScheme;

// "system", "light", "dark" as the settings keep them; anything else is System.
Choice fromKey(const QString& key);
QString key(Choice choice);

// Light or dark for the whole window and the pages it shows, or as the system is: the
// widgets get Fusion with a light or dark palette where the system's look differs, and the
// pages the matching style sheet (PageStyle), so the list, the editor and the page agree.
void apply(Choice choice);
// What the window shows now.
bool isDark();

} // namespace folio::Theme
