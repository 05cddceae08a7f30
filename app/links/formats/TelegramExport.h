#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// Telegram Desktop's JSON export (result.json): one chat, or the whole account with its
// chats and left chats, streamed message by message. tdesktop writes control characters as
// \xNN, which is not JSON: each message is repaired before it is parsed. Links come from
// link, text_link and email entities, URLs in plain text and bot URL buttons. Times come
// from date_unixtime; an old export's local `date` is shifted by the offset the same file's
// other messages reveal.
class TelegramExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::TelegramExport)

public:
    QString key() const override { return QStringLiteral("telegram"); }
    QString displayName() const override { return tr("Telegram Desktop export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;

    // Rewrites tdesktop's \xNN escapes as \u00NN, leaving escaped backslashes alone.
    static void repair(QByteArray& json);
};

} // namespace folio
