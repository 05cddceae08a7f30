#pragma once

#include <QByteArray>

namespace folio {

// The style sheet of every page Folio shows (folio://wiki/style/folio.css, and the archived
// pages' reader view): the light style, the dark one as the window's colour scheme asks, and
// the print style last, so a PDF is light whatever the screen shows.
namespace PageStyle {

enum class ColorScheme { System, Light, Dark };

// What the window shows; the command line never sets it (System).
void setColorScheme(ColorScheme scheme);
ColorScheme colorScheme();
QByteArray sheet();
QByteArray sheet(ColorScheme scheme);

} // namespace PageStyle
} // namespace folio
