#pragma once

#include "archive/ArchiveResult.h"

#include <QObject>

namespace folio {

// Loads a web page in a real browser engine and keeps it: a single-file snapshot and its
// readable text. The core asks through this interface; the WebEngine implementation lives
// with the other web code (ui/web/WebPageCapturer) and main.cpp hands it in.
class PageCapturer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts loading; captured() answers, once, unless cancel() comes first.
    virtual void capture(const CaptureRequest& request) = 0;
    // Stops a capture; no answer follows.
    virtual void cancel(qint64 id) = 0;

Q_SIGNALS:
    void captured(qint64 id, const folio::CaptureResult& result);
};

} // namespace folio
