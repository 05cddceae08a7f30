#pragma once

#include "archive/ArchiveStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace folio {

// The Reader view of an archived link: its readable text in Folio's own style, with the
// title, byline, where it came from and when it was kept. A complete document that needs
// nothing else: the style sheet is inside, and its policy lets nothing load or run.
class ReaderDocument
{
    Q_DECLARE_TR_FUNCTIONS(folio::ReaderDocument)

public:
    static QByteArray html(const Capture& capture, const QString& linkUrl);
    static QString contentSecurityPolicy();
};

} // namespace folio
