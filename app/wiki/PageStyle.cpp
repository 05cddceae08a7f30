#include "wiki/PageStyle.h"

#include <QFile>

#include <atomic>

namespace folio::PageStyle {

namespace {

std::atomic<ColorScheme> g_scheme{ColorScheme::System};

QByteArray resource(const char* name)
{
    QFile file(QLatin1String(":/folio/style/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void setColorScheme(ColorScheme scheme)
{
    g_scheme = scheme;
}

ColorScheme colorScheme()
{
    return g_scheme;
}

QByteArray sheet()
{
    return sheet(colorScheme());
}

QByteArray sheet(ColorScheme scheme)
{
    QByteArray css = resource("folio.css");
    switch (scheme) {
    case ColorScheme::System:
        css += "\n@media (prefers-color-scheme: dark) {\n" + resource("folio-dark.css") + "}\n";
        break;
    case ColorScheme::Dark:
        css += '\n' + resource("folio-dark.css") + ":root { color-scheme: dark; }\n";
        break;
    case ColorScheme::Light:
        css += "\n:root { color-scheme: light; }\n";
        break;
    }
    return css + '\n' + resource("folio-print.css");
}

} // namespace folio::PageStyle
