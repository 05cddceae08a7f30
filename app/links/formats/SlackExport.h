#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// A Slack workspace export (zip or folder): users.json / org_users.json, channels.json,
// groups.json, dms.json, mpims.json, and a folder of YYYY-MM-DD.json day files per
// conversation; Enterprise Grid's teams/<workspace>/ exports nested inside. Links come from
// the mrkdwn text (<url|label>), rich_text blocks, attachments (unfurls and bot cards) and
// files (their permalinks: the file URLs carry tokens).
class SlackExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::SlackExport)

public:
    QString key() const override { return QStringLiteral("slack"); }
    QString displayName() const override { return tr("Slack workspace export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;

    struct Markup
    {
        QString text;
        std::vector<FoundLink> links;
    };
    using NameOf = std::function<QString(const QString& id)>;
    // Decodes Slack's mrkdwn: <url|label> links, <@U…> and <#C…> mentions, &amp; escapes;
    // `userName` resolves user ids.
    static Markup decode(const QString& mrkdwn, const NameOf& userName = {},
                         LinkOrigin origin = LinkOrigin::Text);
};

} // namespace folio
