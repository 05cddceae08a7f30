#pragma once

#include "store/ChatMessage.h"

#include <QString>

namespace folio {

class ExportArchive;

// Receives what a format reader finds. message() may throw to stop the reading (a cancelled
// import).
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    virtual void message(ChatMessage& message) = 0;
    virtual void problem(const ImportProblem& problem) = 0;
};

// One export format: recognises its files and turns them into messages with URLs, nothing
// else (normalising, filtering and storing are the importer's).
class ExportFormat
{
public:
    virtual ~ExportFormat() = default;
    // The name --format takes: "slack", "bookmarks"…
    virtual QString key() const = 0;
    // For people: "Slack workspace export".
    virtual QString displayName() const = 0;
    // Whether the export looks like this format, from its file names and first bytes.
    virtual bool recognizes(ExportArchive& archive) = 0;
    // Throws ExportError when the export as a whole cannot be read; a bad item is reported
    // to the sink and skipped.
    virtual void read(ExportArchive& archive, ExportSink& sink) = 0;
};

} // namespace folio
