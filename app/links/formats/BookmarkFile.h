#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// A browser's bookmark export (the Netscape bookmark file Chrome, Firefox, Edge and Safari
// write): each bookmark becomes a share whose channel is its folder path, with its ADD_DATE,
// TAGS and <DD> description. The format is loose HTML: unclosed <DT> and <p>, raw '&' in
// Chrome's URLs, hundreds of kB of ICON data on one line, and old files in Windows-1252.
class BookmarkFile : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::BookmarkFile)

public:
    QString key() const override { return QStringLiteral("bookmarks"); }
    QString displayName() const override { return tr("Browser bookmarks"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;

    // The bytes as text: BOM, then the declared charset, then UTF-8 if valid, else
    // Windows-1252.
    static QString decode(const QByteArray& bytes);
    // ADD_DATE in ms; some tools write ms or µs instead of seconds.
    static std::optional<qint64> time(const QString& value);

    static constexpr qint64 kMaxFileBytes = 128 << 20;
};

} // namespace folio
