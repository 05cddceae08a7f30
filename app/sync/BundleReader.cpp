#include "sync/BundleReader.h"

#include "core/ReadAhead.h"
#include "core/Sha256.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "store/PageKind.h"
#include "store/PageStatus.h"
#include "sync/BundleError.h"
#include "sync/BundleFormat.h"
#include "sync/FrontMatter.h"
#include "sync/LinkBundleWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <type_traits>

namespace folio {
namespace {

constexpr qint64 kMaxManifestBytes = 256 << 20;

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

bool startsWith(const QString& name, const char* folder)
{
    return name.startsWith(QLatin1String(folder));
}

std::optional<QDateTime> timeFrom(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace

BundleReader::BundleReader(const QString& path) : m_path(path)
{
    if (QFileInfo(path).isDir())
        refuse(tr("it is a folder, not a bundle file"));
    try {
        m_archive = ExportArchive::open(path);
    } catch (const ExportError& error) {
        throw BundleError(error.message());
    }
    if (m_archive->isPlainFile())
        refuse(tr("it is not a zip file"));
    readManifest();
    checkEntries();
}

BundleReader::~BundleReader() = default;

void BundleReader::refuse(const QString& problem) const
{
    throw BundleError(tr("“%1” is not a bundle Folio can import: %2.")
                          .arg(QDir::toNativeSeparators(m_path), problem));
}

void BundleReader::readManifest()
{
    const QString manifestName = QLatin1String(BundleFormat::kManifest);
    if (!m_archive->contains(manifestName))
        refuse(tr("it has no %1").arg(manifestName));
    QByteArray text;
    try {
        m_archive->read([&](const QString& name) { return name == manifestName; },
                        [&](const QString&, MemberReader& reader) {
                            text = reader.readAll(kMaxManifestBytes);
                        });
    } catch (const ExportError& error) {
        throw BundleError(error.message());
    }
    QJsonParseError error;
    const QJsonObject manifest = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        refuse(tr("its manifest is not valid JSON (%1)").arg(error.errorString()));
    if (manifest.value(QStringLiteral("format")).toString() !=
        QLatin1String(BundleFormat::kFormatName))
        refuse(tr("its manifest does not say it is a Folio bundle"));
    const QStringList version = manifest.value(QStringLiteral("version")).toString().split(u'.');
    bool majorOk = false, minorOk = false;
    m_manifest.majorVersion = version.value(0).toInt(&majorOk);
    m_manifest.minorVersion = version.value(1).toInt(&minorOk);
    if (version.size() != 2 || !majorOk || !minorOk)
        refuse(tr("its manifest gives no format version"));
    if (m_manifest.majorVersion > BundleFormat::kMajorVersion)
        refuse(tr("a newer Folio wrote it (bundle format %1.%2; this Folio reads format %3). "
                  "Update Folio to import it")
                   .arg(m_manifest.majorVersion)
                   .arg(m_manifest.minorVersion)
                   .arg(BundleFormat::kMajorVersion));
    if (m_manifest.majorVersion < 1)
        refuse(tr("its format version %1 is unknown").arg(version.join(u'.')));
    m_manifest.wiki = manifest.value(QStringLiteral("wiki")).toString();
    m_manifest.machine = manifest.value(QStringLiteral("machine")).toString();
    for (const QJsonValue& known : manifest.value(QStringLiteral("knownWikis")).toArray())
        m_manifest.knownWikis.append(known.toString());
    m_manifest.createdAt =
        timeFrom(manifest.value(QStringLiteral("createdAt"))).value_or(QDateTime());
    m_manifest.wholeWiki = manifest.value(QStringLiteral("filter"))
                               .toObject()
                               .value(QStringLiteral("wholeWiki"))
                               .toBool(false);
    const QJsonObject entries = manifest.value(QStringLiteral("entries")).toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!BundleFormat::isSha256(it.value().toString()))
            refuse(tr("its manifest gives no checksum for “%1”").arg(it.key()));
        m_checksums.insert(it.key(), it.value().toString());
    }
}

void BundleReader::checkEntries()
{
    const QString manifestName = QLatin1String(BundleFormat::kManifest);
    QSet<QString> present;
    for (const QString& name : m_archive->members()) {
        if (name == manifestName)
            continue;
        if (!m_checksums.contains(name))
            refuse(tr("it holds “%1”, which its manifest does not list").arg(name));
        const bool known = startsWith(name, BundleFormat::kPagesFolder) ||
                           startsWith(name, BundleFormat::kDeletedFolder) ||
                           startsWith(name, BundleFormat::kHistoryFolder) ||
                           startsWith(name, BundleFormat::kAttachmentsFolder) ||
                           startsWith(name, BundleFormat::kSnapshotsFolder) ||
                           startsWith(name, BundleFormat::kLinksFolder);
        // A newer minor version may add entries this Folio can leave unread.
        const bool newerMinor = m_manifest.majorVersion == BundleFormat::kMajorVersion &&
                                m_manifest.minorVersion > BundleFormat::kMinorVersion;
        if (!known && !newerMinor)
            refuse(tr("it holds “%1”, which is no part of a bundle").arg(name));
        if (startsWith(name, BundleFormat::kPagesFolder) ||
            startsWith(name, BundleFormat::kDeletedFolder))
            ++m_pageCount;
        present.insert(name);
    }
    for (auto it = m_checksums.cbegin(); it != m_checksums.cend(); ++it)
        if (!present.contains(it.key()))
            refuse(tr("“%1”, listed in its manifest, is missing").arg(it.key()));
}

void BundleReader::verify()
{
    const QString manifestName = QLatin1String(BundleFormat::kManifest);
    try {
        m_archive->read([&](const QString& name) { return name != manifestName; },
                        [&](const QString& name, MemberReader& reader) {
                            Sha256::Hasher hasher;
                            char buffer[1 << 16];
                            for (qint64 got; (got = reader.read(buffer, sizeof buffer)) > 0;)
                                hasher.add(QByteArrayView(buffer, got));
                            if (hasher.hex() != m_checksums.value(name))
                                refuse(tr("“%1” does not match its checksum: the file is "
                                          "damaged or was changed")
                                           .arg(name));
                        });
    } catch (const ExportError& error) {
        throw BundleError(error.message());
    }
}

void BundleReader::read(const AttachmentUse& attachment, const PageUse& page, const LinkUses& links)
{
    // Decompressing, checking and parsing take about as long as merging what they give:
    // the bundle is read on a thread of its own while the callbacks run on this one.
    ReadAhead ahead;
    ahead.run([&] { readAhead(ahead, attachment, page, links); });
}

void BundleReader::readAhead(ReadAhead& ahead, const AttachmentUse& attachment, const PageUse& page,
                             const LinkUses& links)
{
    const QString manifestName = QLatin1String(BundleFormat::kManifest);
    std::optional<PageRecord> pending;
    QString pendingFile;
    QString pendingText; // the page file's text: since format 2, its head revision's
    const auto readPage = [&](const QString& name, const QByteArray& data) {
        if (pending)
            refuse(tr("“%1” comes without its history").arg(pendingFile));
        QString problem;
        const std::optional<FrontMatter::Parsed> parsed = FrontMatter::parse(data, &problem);
        if (!parsed)
            refuse(tr("“%1”: %2").arg(name, problem));
        const QJsonObject& fields = parsed->fields;
        PageRecord record;
        record.uuid = fields.value(QStringLiteral("uuid")).toString();
        record.head = fields.value(QStringLiteral("revision")).toString();
        if (!isUuid(record.uuid) || !isUuid(record.head))
            refuse(tr("“%1” has no uuid or revision in its front matter").arg(name));
        if (fields.contains(QStringLiteral("deleted"))) {
            record.deletedAt = timeFrom(fields.value(QStringLiteral("deleted")));
            if (!record.deletedAt)
                refuse(tr("“%1” gives no valid time of deletion").arg(name));
        }
        const QJsonObject named = fields.value(QStringLiteral("attachments")).toObject();
        for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
            if (!BundleFormat::isSha256(it.value().toString()))
                refuse(tr("“%1” names attachment “%2” without its SHA-256").arg(name, it.key()));
            record.attachments.insert(it.key(), it.value().toString());
        }
        pending = record;
        pendingFile = name;
        pendingText = parsed->body;
    };
    const auto readHistory = [&](const QString& name, const QByteArray& data) {
        const QString uuid = name.mid(qsizetype(qstrlen(BundleFormat::kHistoryFolder)))
                                 .chopped(qsizetype(qstrlen(".jsonl")));
        if (!pending || pending->uuid != uuid)
            refuse(tr("“%1” comes without its page file").arg(name));
        QList<RevisionRecord> history;
        const QList<QByteArray> lines = data.split('\n');
        qsizetype lastLine = lines.size() - 1;
        while (lastLine >= 0 && lines.at(lastLine).isEmpty())
            --lastLine;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const auto bad = [&](const QString& what) {
                refuse(tr("line %1 of “%2”: %3").arg(i + 1).arg(name, what));
            };
            QJsonParseError error;
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i), &error).object();
            if (error.error != QJsonParseError::NoError)
                bad(tr("not valid JSON"));
            RevisionRecord revision;
            revision.uuid = line.value(QStringLiteral("uuid")).toString();
            revision.parent = line.value(QStringLiteral("parent")).toString();
            revision.mergeParent = line.value(QStringLiteral("mergeParent")).toString();
            revision.parentPage = line.value(QStringLiteral("parentPage")).toString();
            revision.parentPageUnknown =
                m_manifest.majorVersion < 2 ||
                (m_manifest.majorVersion == 2 && m_manifest.minorVersion < 1);
            if (!isUuid(revision.uuid) ||
                (!revision.parent.isEmpty() && !isUuid(revision.parent)) ||
                (!revision.mergeParent.isEmpty() && !isUuid(revision.mergeParent)) ||
                (!revision.parentPage.isEmpty() && !isUuid(revision.parentPage)))
                bad(tr("a revision without a valid uuid"));
            revision.author = line.value(QStringLiteral("author")).toString();
            const std::optional<QDateTime> created =
                timeFrom(line.value(QStringLiteral("createdAt")));
            const std::optional<PageKind> kind =
                PageKinds::fromKey(line.value(QStringLiteral("kind")).toString());
            const std::optional<PageStatus> status =
                PageStatuses::fromKey(line.value(QStringLiteral("status")).toString());
            const std::optional<PageVisibility> visibility = PageStatuses::visibilityFromKey(
                line.value(QStringLiteral("visibility")).toString());
            // Since format 2 the head's text is only in the page file.
            const QJsonValue body = line.value(QStringLiteral("body"));
            const bool textInPageFile =
                body.isUndefined() && i == lastLine && m_manifest.majorVersion >= 2;
            if (!created || !kind || !status || !visibility ||
                !line.value(QStringLiteral("title")).isString() ||
                !(body.isString() || textInPageFile))
                bad(tr("a revision without its time, title, kind, status, visibility or text"));
            revision.createdAt = *created;
            revision.content = {line.value(QStringLiteral("title")).toString(), *kind,
                                line.value(QStringLiteral("tags")).toVariant().toStringList(),
                                textInPageFile ? pendingText : body.toString()};
            revision.state = {*status, *visibility};
            revision.summary = line.value(QStringLiteral("summary")).toString();
            revision.conflicted = line.value(QStringLiteral("conflicted")).toBool(false);
            history.append(revision);
        }
        if (history.isEmpty() || history.last().uuid != pending->head)
            refuse(tr("“%1” does not end with the revision its page file names").arg(name));
        ahead.post(
            [&page, record = *pending, history = std::move(history)] { page(record, history); },
            data.size());
        pending.reset();
    };
    // A links entry: JSON Lines, each line made a record by `parse`.
    const auto readLines = [&](const QString& name, const QByteArray& data, const auto& parse) {
        using Record = typename std::invoke_result_t<decltype(parse), const QJsonObject&,
                                                     QString*>::value_type;
        QList<Record> records;
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i), &error).object();
            QString problem =
                error.error == QJsonParseError::NoError ? QString() : tr("not valid JSON");
            std::optional<Record> record;
            if (problem.isEmpty())
                record = parse(line, &problem);
            if (!record)
                refuse(tr("line %1 of “%2”: %3").arg(i + 1).arg(name, problem));
            records.append(*record);
        }
        return records;
    };
    const auto readLinks = [&](const QString& name, const QByteArray& data) {
        const QString file = name.section(u'/', 1);
        if (file.startsWith(QLatin1String("messages-"))) {
            if (links.messages)
                ahead.post(
                    [&links, records = readLines(name, data, &LinkJson::toMessage)] {
                        links.messages(records);
                    },
                    data.size());
        } else if (file.startsWith(QLatin1String("links-"))) {
            if (links.links)
                ahead.post([&links, records = readLines(
                                        name, data, &LinkJson::toLink)] { links.links(records); },
                           data.size());
        }
    };
    const auto readSnapshot = [&](const QString& name, const QByteArray& data) {
        const QString contentType = LinkBundleWriter::contentTypeOf(name);
        if (name.section(u'/', 1).section(u'.', 0, 0) != m_checksums.value(name) ||
            contentType.isEmpty())
            refuse(tr("“%1” is not named by its SHA-256 and type").arg(name));
        if (links.snapshot)
            ahead.post([&links, contentType, data] { links.snapshot(contentType, data); },
                       data.size());
    };
    try {
        m_archive->read([&](const QString& name) { return name != manifestName; },
                        [&](const QString& name, MemberReader& reader) {
                            const QByteArray data = reader.readAll(kMaxEntryBytes);
                            // Each entry is checked as it is read; the merge that reads it
                            // rolls back on the first that fails.
                            if (Sha256::hex(data) != m_checksums.value(name))
                                refuse(tr("“%1” does not match its checksum: the file is "
                                          "damaged or was changed")
                                           .arg(name));
                            if (startsWith(name, BundleFormat::kAttachmentsFolder)) {
                                const QString sha256 = name.section(u'/', 1);
                                if (sha256 != m_checksums.value(name))
                                    refuse(tr("“%1” is not named by its SHA-256").arg(name));
                                ahead.post(
                                    [&attachment, sha256, data] { attachment(sha256, data); },
                                    data.size());
                            } else if (startsWith(name, BundleFormat::kHistoryFolder)) {
                                readHistory(name, data);
                            } else if (startsWith(name, BundleFormat::kPagesFolder) ||
                                       startsWith(name, BundleFormat::kDeletedFolder)) {
                                readPage(name, data);
                            } else if (startsWith(name, BundleFormat::kSnapshotsFolder)) {
                                readSnapshot(name, data);
                            } else if (startsWith(name, BundleFormat::kLinksFolder)) {
                                readLinks(name, data);
                            } // anything else is a newer Folio's, checked but not read
                        });
    } catch (const ExportError& error) {
        throw BundleError(error.message());
    }
    if (pending)
        refuse(tr("“%1” comes without its history").arg(pendingFile));
}

} // namespace folio
