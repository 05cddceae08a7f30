#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

namespace folio {

// Element's "Export chat" JSON (a room: room_name, messages[] of Matrix events), alone or in
// its zip. Links come from formatted_body anchors, else the plain body; reply fallbacks
// (<mx-reply> and "> " quotes) are dropped first, so a quoted message's links are never
// taken for the replier's. Early Element versions wrote a header that is not JSON: the
// messages are then read on their own.
class MatrixExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(folio::MatrixExport)

public:
    QString key() const override { return QStringLiteral("matrix"); }
    QString displayName() const override { return tr("Element (Matrix) chat export"); }
    bool recognizes(ExportArchive& archive) override;
    void read(ExportArchive& archive, ExportSink& sink) override;
};

} // namespace folio
