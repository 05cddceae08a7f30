#include "links/formats/FormatDetector.h"

#include "links/formats/BookmarkFile.h"
#include "links/formats/DiscordExport.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/MatrixExport.h"
#include "links/formats/MattermostExport.h"
#include "links/formats/RocketChatExport.h"
#include "links/formats/SlackExport.h"
#include "links/formats/TeamsExport.h"
#include "links/formats/TelegramExport.h"
#include "links/formats/ZulipExport.h"

#include <QDir>

namespace folio {

FormatDetector::FormatDetector()
{
    m_formats.push_back(std::make_unique<SlackExport>());
    m_formats.push_back(std::make_unique<MattermostExport>());
    m_formats.push_back(std::make_unique<DiscordExport>());
    m_formats.push_back(std::make_unique<TeamsExport>());
    m_formats.push_back(std::make_unique<MatrixExport>());
    m_formats.push_back(std::make_unique<TelegramExport>());
    m_formats.push_back(std::make_unique<RocketChatExport>());
    m_formats.push_back(std::make_unique<ZulipExport>());
    m_formats.push_back(std::make_unique<BookmarkFile>());
}

FormatDetector::~FormatDetector() = default;

QStringList FormatDetector::keys() const
{
    QStringList keys;
    for (const auto& format : m_formats)
        keys << format->key();
    return keys;
}

ExportFormat& FormatDetector::formatOf(ExportArchive& archive, const QString& forced)
{
    if (!forced.isEmpty()) {
        for (const auto& format : m_formats)
            if (format->key() == forced)
                return *format;
        throw ExportError(tr("There is no export format “%1”; Folio reads %2.")
                              .arg(forced, keys().join(QLatin1String(", "))));
    }
    if (archive.members().isEmpty())
        throw ExportError(tr("“%1” is empty.").arg(QDir::toNativeSeparators(archive.path())));
    for (const auto& format : m_formats)
        if (format->recognizes(archive))
            return *format;
    QStringList names;
    for (const auto& format : m_formats)
        names << format->displayName();
    throw ExportError(
        tr("“%1” is not an export Folio knows. It reads: %2.")
            .arg(QDir::toNativeSeparators(archive.path()), names.join(QLatin1String("; "))));
}

} // namespace folio
