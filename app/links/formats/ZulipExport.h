#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// A Zulip organisation export (the tarball or its folder): realm.json for people, streams and
// conversations, messages-000001.json… for messages. Links come from each message's
// Markdown and its rendered HTML; links relative to the server (uploads, #narrow/…) are made
// absolute with the realm's address.
class ZulipExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::ZulipExport)

public:
    QString key() const override { return QStringLiteral("zulip"); }
    QString displayName() const override { return tr("Zulip organisation export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;

    static constexpr qint64 kMaxRealmBytes = qint64(256) << 20;
};

} // namespace folio
