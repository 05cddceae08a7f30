#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// A Mattermost bulk export: JSON Lines (version, team, channel, user, post, direct_channel,
// direct_post…), as a bare file or inside the zip mmctl downloads. Threads are nested under
// their root post. Links come from the Markdown of posts and replies and from the Slack-style
// attachments of webhooks and bots.
class MattermostExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::MattermostExport)

public:
    QString key() const override { return QStringLiteral("mattermost"); }
    QString displayName() const override { return tr("Mattermost bulk export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;
};

} // namespace folio
