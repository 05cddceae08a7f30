#pragma once

#include "core/JobThread.h"
#include "links/LinkImporter.h"

#include <QObject>

#include <memory>

namespace folio {

// Runs one link import off the UI thread, on a connection of its own to the wiki, so the
// window stays responsive and can cancel it. Signals arrive on the thread that owns this.
class LinkImportWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString wikiPath;
        QString path;   // the export
        QString format; // empty: detect it
        LinkImporter::Rules rules;
        QString author;
    };

    explicit LinkImportWorker(QObject* parent = nullptr);
    // Cancels a running import and waits for it: nothing it did stays.
    ~LinkImportWorker() override;

    void start(const Request& request);
    void cancel();
    // From start() until finished, failed or cancelled has been emitted.
    bool isRunning() const;
    const LinkImporter::Report& report() const { return m_report; }

Q_SIGNALS:
    // `permille` of the export read; `saving` once reading is done and the links are written.
    void progress(qint64 messages, int permille, bool saving);
    void finished(); // report() holds what was imported
    void failed(const QString& message);
    void cancelled();

private:
    JobThread m_thread;
    bool m_running = false;
    LinkImporter::Report m_report;
};

} // namespace folio
