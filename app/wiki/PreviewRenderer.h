#pragma once

#include "store/Page.h"

#include <QAtomicInteger>
#include <QHash>
#include <QObject>
#include <QThread>

namespace folio {

class PreviewWorker;

// Renders the page a writer is editing into the same HTML document the reader shows, on a
// thread of its own with a read-only connection to the wiki (to tell existing pages from
// missing ones), so typing never waits for md4c. Only the newest request's document is
// delivered; older ones still queued are skipped.
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject* parent = nullptr);
    ~PreviewRenderer() override;

    // The wiki whose pages links are checked against; empty for none (every link looks
    // existing).
    void setWiki(const QString& wikiPath);
    // `unsaved`: attachments added in the editor and not saved with the page yet.
    void render(const Page& page, const QHash<QString, QString>& unsaved = {});

Q_SIGNALS:
    void rendered(const QByteArray& document);

private:
    QThread m_thread;
    PreviewWorker* m_worker = nullptr;
    quint64 m_generation = 0;
};

} // namespace folio
