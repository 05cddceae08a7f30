#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// Microsoft Teams messages as Microsoft Graph returns them (chatMessage JSON): pages of
// {"value": [...]}, bare arrays, or one message per file with the chat beside it (the
// teams-chats-export layout). Bodies are HTML; links come from its anchors, from shared
// files (reference attachments) and from the buttons of bot cards; a quoted message's
// links are kept as quoted, never as shared by the one who quoted them.
class TeamsExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::TeamsExport)

public:
    QString key() const override { return QStringLiteral("teams"); }
    QString displayName() const override { return tr("Microsoft Teams messages (Graph JSON)"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;
};

} // namespace folio
