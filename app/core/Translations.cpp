#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace folio::Translations {

void install(QCoreApplication& app, const QString& language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* folio = new QTranslator(&app);
    // Without a translation for the user's language (or with no language set, the C locale),
    // English still needs its plural forms: "1 page", not "1 page(s)".
    if (folio->load(QLocale(), QStringLiteral("folio"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) ||
        folio->load(QStringLiteral(":/i18n/folio_en.qm")))
        QCoreApplication::installTranslator(folio);
}

} // namespace folio::Translations
