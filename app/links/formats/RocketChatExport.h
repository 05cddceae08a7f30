#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// Rocket.Chat, in its two JSON Lines forms: a room's in-app export ({"msg", "username",
// "ts"} per line; the room is the file) and a mongoexport of rocketchat_message (Extended
// JSON with _id, rid, tmid, urls[], md). Links come from urls[], the Markdown and
// Slack-style <url|label> of msg, and attachments; server-relative file links have no host
// in the export and are skipped.
class RocketChatExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::RocketChatExport)

public:
    QString key() const override { return QStringLiteral("rocketchat"); }
    QString displayName() const override { return tr("Rocket.Chat export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;
};

} // namespace folio
