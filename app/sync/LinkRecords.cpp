#include "sync/LinkRecords.h"

#include "store/LinkStore.h"
#include "sync/BundleFormat.h"

#include <QJsonArray>

namespace folio {
namespace {

QJsonValue optionalTime(const std::optional<qint64>& time)
{
    return time ? QJsonValue(double(*time)) : QJsonValue();
}

std::optional<qint64> timeFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

} // namespace

QJsonObject LinkJson::fromMessage(const ChatMessage& message)
{
    QJsonArray shares;
    for (const FoundLink& link : message.links) {
        QJsonObject share{{QStringLiteral("url"), link.url},
                          {QStringLiteral("origin"), LinkStore::originKey(link.origin)}};
        if (!link.label.isEmpty())
            share.insert(QStringLiteral("label"), link.label);
        if (link.inCode)
            share.insert(QStringLiteral("inCode"), true);
        shares.append(share);
    }
    return {{QStringLiteral("platform"), message.platform},
            {QStringLiteral("workspace"), message.workspace},
            {QStringLiteral("channelId"), message.channelId},
            {QStringLiteral("channelName"), message.channelName},
            {QStringLiteral("channelKind"), LinkStore::kindKey(message.channelKind)},
            {QStringLiteral("threadRoot"), message.threadRoot},
            {QStringLiteral("messageId"), message.messageId},
            {QStringLiteral("authorId"), message.authorId},
            {QStringLiteral("authorName"), message.authorName},
            {QStringLiteral("authorIsBot"), message.authorIsBot},
            {QStringLiteral("sentAt"), optionalTime(message.sentAt)},
            {QStringLiteral("sentRaw"), message.sentRaw},
            {QStringLiteral("editedAt"), optionalTime(message.editedAt)},
            {QStringLiteral("text"), message.text},
            {QStringLiteral("reactions"), message.reactions},
            {QStringLiteral("source"), message.source},
            {QStringLiteral("links"), shares}};
}

std::optional<ChatMessage> LinkJson::toMessage(const QJsonObject& line, QString* problem)
{
    const auto text = [&line](const char* key) {
        return line.value(QLatin1String(key)).toString();
    };
    ChatMessage message;
    message.platform = text("platform");
    message.workspace = text("workspace");
    message.channelId = text("channelId");
    message.channelName = text("channelName");
    message.channelKind = LinkStore::kindFromKey(text("channelKind"));
    message.threadRoot = text("threadRoot");
    message.messageId = text("messageId");
    message.authorId = text("authorId");
    message.authorName = text("authorName");
    message.authorIsBot = line.value(QStringLiteral("authorIsBot")).toBool();
    message.sentAt = timeFrom(line.value(QStringLiteral("sentAt")));
    message.sentRaw = text("sentRaw");
    message.editedAt = timeFrom(line.value(QStringLiteral("editedAt")));
    message.text = text("text");
    message.reactions = text("reactions");
    message.source = text("source");
    if (message.platform.isEmpty() || message.messageId.isEmpty()) {
        *problem = tr("a message without its platform or id");
        return std::nullopt;
    }
    for (const QJsonValue& value : line.value(QStringLiteral("links")).toArray()) {
        const QJsonObject share = value.toObject();
        const QString url = share.value(QStringLiteral("url")).toString();
        if (url.isEmpty()) {
            *problem = tr("a share without its address");
            return std::nullopt;
        }
        message.addLink(url, share.value(QStringLiteral("label")).toString(),
                        LinkStore::originFromKey(share.value(QStringLiteral("origin")).toString()),
                        share.value(QStringLiteral("inCode")).toBool());
    }
    return message;
}

QJsonObject LinkJson::fromLink(const LinkRecord& link)
{
    QJsonArray captures;
    for (const Capture& capture : link.captures) {
        QJsonObject object{{QStringLiteral("snapshot"), capture.sha256},
                           {QStringLiteral("capturedAt"), double(capture.capturedAt)},
                           {QStringLiteral("finalUrl"), capture.finalUrl},
                           {QStringLiteral("title"), capture.title},
                           {QStringLiteral("byline"), capture.byline},
                           {QStringLiteral("excerpt"), capture.excerpt},
                           {QStringLiteral("text"), capture.text}};
        if (capture.httpStatus)
            object.insert(QStringLiteral("httpStatus"), *capture.httpStatus);
        captures.append(object);
    }
    return {{QStringLiteral("url"), link.url},
            {QStringLiteral("host"), link.host},
            {QStringLiteral("flags"), link.flags},
            {QStringLiteral("hidden"), link.hidden},
            {QStringLiteral("createdAt"), double(link.createdAt)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(link.tags)},
            {QStringLiteral("captures"), captures}};
}

std::optional<LinkRecord> LinkJson::toLink(const QJsonObject& line, QString* problem)
{
    LinkRecord link;
    link.url = line.value(QStringLiteral("url")).toString();
    if (link.url.isEmpty()) {
        *problem = tr("a link without its address");
        return std::nullopt;
    }
    link.host = line.value(QStringLiteral("host")).toString();
    link.flags = line.value(QStringLiteral("flags")).toInt();
    link.hidden = line.value(QStringLiteral("hidden")).toBool();
    link.createdAt = qint64(line.value(QStringLiteral("createdAt")).toDouble());
    link.tags = line.value(QStringLiteral("tags")).toVariant().toStringList();
    for (const QJsonValue& value : line.value(QStringLiteral("captures")).toArray()) {
        const QJsonObject object = value.toObject();
        Capture capture;
        capture.sha256 = object.value(QStringLiteral("snapshot")).toString();
        const std::optional<qint64> capturedAt =
            timeFrom(object.value(QStringLiteral("capturedAt")));
        if (!BundleFormat::isSha256(capture.sha256) || !capturedAt) {
            *problem = tr("a capture without its snapshot or time");
            return std::nullopt;
        }
        capture.capturedAt = *capturedAt;
        capture.finalUrl = object.value(QStringLiteral("finalUrl")).toString();
        if (object.value(QStringLiteral("httpStatus")).isDouble())
            capture.httpStatus = object.value(QStringLiteral("httpStatus")).toInt();
        capture.title = object.value(QStringLiteral("title")).toString();
        capture.byline = object.value(QStringLiteral("byline")).toString();
        capture.excerpt = object.value(QStringLiteral("excerpt")).toString();
        capture.text = object.value(QStringLiteral("text")).toString();
        link.captures.push_back(capture);
    }
    return link;
}

} // namespace folio
