#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace folio::Theme {

namespace {

// The look Folio started with: "as the system is" goes back to it.
struct SystemLook
{
    QString style;
    QPalette palette;
    bool dark = false;
};

const SystemLook& systemLook()
{
    static const SystemLook look = [] {
        SystemLook result{QApplication::style()->name(), QApplication::palette(), false};
        result.dark = result.palette.color(QPalette::Window).lightness() < 128;
        return result;
    }();
    return look;
}

bool g_dark = false;

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe8, 0xeb),
        button(0x37, 0x39, 0x3e), disabled(0x80, 0x84, 0x8c);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, base.darker(120));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xfe));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return palette;
}

} // namespace

Choice fromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

void apply(Choice choice)
{
    const SystemLook& system = systemLook();
    g_dark = choice == Choice::Dark || (choice == Choice::System && system.dark);
    QStyle* own = g_dark == system.dark ? QStyleFactory::create(system.style) : nullptr;
    if (own) {
        QApplication::setStyle(own);
        QApplication::setPalette(system.palette);
    } else {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(fusion);
        QApplication::setPalette(g_dark ? darkPalette() : fusion->standardPalette());
    }
    // The pages say it themselves rather than ask the engine, which may see the system
    // differently from Qt.
    PageStyle::setColorScheme(g_dark ? Choice::Dark : Choice::Light);
}

bool isDark()
{
    return g_dark;
}

} // namespace folio::Theme
