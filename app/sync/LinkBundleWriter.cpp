#include "sync/LinkBundleWriter.h"

#include "store/LinkStore.h"
#include "store/Statement.h"
#include "sync/BundleFormat.h"
#include "sync/LinkRecords.h"

#include <QJsonDocument>

namespace folio {
namespace {

constexpr char kMhtml[] = "multipart/related";
constexpr char kPdf[] = "application/pdf";

} // namespace

QString LinkBundleWriter::snapshotName(const QString& sha256, const QString& contentType)
{
    const QString folder = QLatin1String(BundleFormat::kSnapshotsFolder);
    if (contentType == QLatin1String(kMhtml))
        return folder + sha256 + QLatin1String(".mht");
    if (contentType == QLatin1String(kPdf))
        return folder + sha256 + QLatin1String(".pdf");
    return {};
}

QString LinkBundleWriter::contentTypeOf(const QString& entryName)
{
    if (entryName.endsWith(QLatin1String(".mht")))
        return QLatin1String(kMhtml);
    if (entryName.endsWith(QLatin1String(".pdf")))
        return QLatin1String(kPdf);
    return {};
}

void LinkBundleWriter::checkCancelled() const
{
    if (m_cancelled && *m_cancelled)
        throw Cancelled{};
}

LinkBundleWriter::Summary LinkBundleWriter::write()
{
    Summary summary;
    // Snapshots first, so a reader has them when the captures that name them arrive; the
    // messages before the links, which they create.
    writeSnapshots(summary);
    writeMessages(summary);
    writeLinks(summary);
    return summary;
}

void LinkBundleWriter::flush(const char* kind, int& part, QByteArray& lines, int& count)
{
    if (count == 0)
        return;
    m_add(QLatin1String(BundleFormat::kLinksFolder) + QStringLiteral("%1-%2.jsonl")
                                                          .arg(QLatin1String(kind))
                                                          .arg(++part, 6, 10, QLatin1Char('0')),
          lines);
    lines.clear();
    count = 0;
}

void LinkBundleWriter::writeSnapshots(Summary& summary)
{
    Statement kept(m_db, QStringLiteral("SELECT sha256, content_type FROM snapshots WHERE id IN "
                                        "(SELECT snapshot_id FROM link_captures) ORDER BY id"));
    Statement data(m_db, QStringLiteral("SELECT data FROM snapshots WHERE sha256 = ?"));
    while (kept.step()) {
        checkCancelled();
        const QString name = snapshotName(kept.text(0), kept.text(1));
        if (name.isEmpty())
            continue;
        data.bind(1, kept.text(0));
        if (data.step())
            m_add(name, data.blob(0)); // one snapshot in memory at a time
        data.reset();
        ++summary.snapshots;
    }
}

void LinkBundleWriter::writeMessages(Summary& summary)
{
    // One row per share, in message order: consecutive rows make one message.
    Statement shares(m_db, QStringLiteral(R"sql(
        SELECT m.id, m.platform, m.workspace, m.channel_id, m.channel_name, m.channel_kind,
               m.thread_root, m.message_id, m.author_id, m.author_name, m.author_is_bot,
               m.sent_at, m.sent_raw, m.edited_at, m.text, m.reactions, m.source,
               l.url, s.label, s.origin, s.in_code
        FROM link_shares s JOIN link_messages m ON m.id = s.message_id
                           JOIN links l ON l.id = s.link_id
        ORDER BY m.id, l.id
    )sql"));
    QByteArray lines;
    int count = 0, part = 0;
    std::optional<ChatMessage> message;
    qint64 messageRow = 0;
    const auto finish = [&] {
        if (!message)
            return;
        lines +=
            QJsonDocument(LinkJson::fromMessage(*message)).toJson(QJsonDocument::Compact) + '\n';
        ++summary.messages;
        if (++count == kLinesPerEntry)
            flush("messages", part, lines, count);
        message.reset();
    };
    while (shares.step()) {
        if (!message || shares.int64(0) != messageRow) {
            finish();
            checkCancelled();
            messageRow = shares.int64(0);
            message = ChatMessage{};
            message->platform = shares.text(1);
            message->workspace = shares.text(2);
            message->channelId = shares.text(3);
            message->channelName = shares.text(4);
            message->channelKind = LinkStore::kindFromKey(shares.text(5));
            message->threadRoot = shares.text(6);
            message->messageId = shares.text(7);
            message->authorId = shares.text(8);
            message->authorName = shares.text(9);
            message->authorIsBot = shares.int64(10) != 0;
            message->sentAt = shares.optionalInt64(11);
            message->sentRaw = shares.text(12);
            message->editedAt = shares.optionalInt64(13);
            message->text = shares.text(14);
            message->reactions = shares.text(15);
            message->source = shares.text(16);
        }
        message->addLink(shares.text(17), shares.text(18),
                         LinkStore::originFromKey(shares.text(19)), shares.int64(20) != 0);
    }
    finish();
    flush("messages", part, lines, count);
}

void LinkBundleWriter::writeLinks(Summary& summary)
{
    Statement links(m_db, QStringLiteral("SELECT id, url, host, flags, hidden, created_at "
                                         "FROM links ORDER BY id"));
    // Tags and captures walked beside the links, in the same order: no query per link.
    Statement tags(m_db, QStringLiteral("SELECT link_id, tag FROM link_tags ORDER BY link_id"));
    Statement captures(m_db, QStringLiteral(R"sql(
        SELECT c.link_id, s.sha256, s.content_type, c.captured_at, c.final_url, c.http_status,
               c.title, c.byline, c.excerpt, c.text
        FROM link_captures c JOIN snapshots s ON s.id = c.snapshot_id
        ORDER BY c.link_id, c.captured_at
    )sql"));
    bool moreTags = tags.step(), moreCaptures = captures.step();
    QByteArray lines;
    int count = 0, part = 0;
    while (links.step()) {
        checkCancelled();
        const qint64 id = links.int64(0);
        LinkRecord link{links.text(1),
                        links.text(2),
                        int(links.int64(3)),
                        links.int64(4) != 0,
                        links.int64(5),
                        {},
                        {}};
        for (; moreTags && tags.int64(0) <= id; moreTags = tags.step())
            if (tags.int64(0) == id)
                link.tags << tags.text(1);
        for (; moreCaptures && captures.int64(0) <= id; moreCaptures = captures.step()) {
            if (captures.int64(0) != id ||
                snapshotName(captures.text(1), captures.text(2)).isEmpty())
                continue;
            Capture capture;
            capture.sha256 = captures.text(1);
            capture.contentType = captures.text(2);
            capture.capturedAt = captures.int64(3);
            capture.finalUrl = captures.text(4);
            if (const std::optional<qint64> status = captures.optionalInt64(5))
                capture.httpStatus = int(*status);
            capture.title = captures.text(6);
            capture.byline = captures.text(7);
            capture.excerpt = captures.text(8);
            capture.text = captures.text(9);
            link.captures.push_back(capture);
        }
        lines += QJsonDocument(LinkJson::fromLink(link)).toJson(QJsonDocument::Compact) + '\n';
        ++summary.links;
        if (++count == kLinesPerEntry)
            flush("links", part, lines, count);
    }
    flush("links", part, lines, count);
}

} // namespace folio
