#pragma once

#include "store/ChatMessage.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace folio {

class Database;

// Imports the links of a chat export or bookmark file into the wiki: detects the format,
// reads it, normalises and deduplicates the URLs, applies the import rules and writes
// everything in one transaction. Re-importing an export adds nothing; a newer, overlapping
// one adds only its new shares.
class LinkImporter
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkImporter)

public:
    struct Rules
    {
        QStringList channels;        // names or ids; empty: every channel
        bool includePrivate = false; // private channels, direct and group messages
        std::optional<qint64> since; // ms since the epoch, UTC
        std::optional<qint64> until;
        QStringList allowDomains; // empty: every domain
        QStringList denyDomains;
        bool harvestCode = false; // URLs inside code spans and blocks
    };

    struct Report
    {
        QString format;        // for people: "Slack workspace export"
        qint64 messages = 0;   // messages (or bookmarks) read
        qint64 linksFound = 0; // URLs kept, one per message
        int newLinks = 0;
        int newShares = 0;
        qint64 leftOutMessages = 0; // outside the channels, dates or privacy rules
        qint64 leftOutPrivate = 0;  // of those: private channels and direct messages
        qint64 leftOutLinks = 0;    // distinct links outside the domain rules, or in code
        int secretsRemoved = 0;
        QMap<QString, int> skippedLinks; // reason → count
        QList<ImportProblem> problems;   // items not read
        qint64 moreProblems = 0;         // beyond those listed
    };

    // Thrown when the import was cancelled; nothing was written.
    struct Cancelled
    {
    };

    // Called every thousand messages while reading, then once when the links are being saved.
    struct Progress
    {
        qint64 messages = 0;
        double fraction = 0; // of the export read, 0 to 1
        bool saving = false; // reading is done; the links are written to the wiki
    };
    using ProgressCallback = std::function<void(const Progress&)>;

    explicit LinkImporter(Database& db);

    // Throws ExportError (the file is refused), StoreError (the wiki could not be written) or
    // Cancelled; in every case nothing was written. `author` signs bookmarks, which have no
    // author of their own.
    Report import(const QString& path, const QString& format, const Rules& rules,
                  const QString& author, const ProgressCallback& progress = {},
                  const std::atomic<bool>* cancel = nullptr);

    static constexpr int kMaxProblemsListed = 1000;
    // A message's text is cut after this many characters (and ends with an ellipsis).
    static constexpr int kMaxMessageText = 40000;

private:
    Database& m_db;
};

} // namespace folio
