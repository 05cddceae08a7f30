#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// DiscordChatExporter's JSON: one file per channel, thread or DM (partitioned exports are
// several files of one channel), streamed message by message so a file of any size is read
// in bounded memory, and a file cut off by an interrupted export still gives its complete
// messages. Links come from the content (bare, <suppressed> and [masked](links)), embeds
// and attachments.
class DiscordExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::DiscordExport)

public:
    QString key() const override { return QStringLiteral("discord"); }
    QString displayName() const override { return tr("Discord export (DiscordChatExporter JSON)"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;
};

} // namespace folio
