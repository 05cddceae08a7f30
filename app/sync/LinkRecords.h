#pragma once

#include "archive/ArchiveStore.h"
#include "store/ChatMessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace folio {

// A link as a bundle carries it besides its shares: what only the link holds (tags, hidden,
// flags) and its captures, each naming its snapshot by SHA-256.
struct LinkRecord
{
    QString url; // normalised
    QString host;
    int flags = 0;
    bool hidden = false;
    qint64 createdAt = 0;
    QStringList tags;
    std::vector<Capture> captures;
};

// The JSON Lines of a bundle's links side (docs/bundle-format.md), both ways. A message
// carries its shares as its `links`; reading refuses a line that lacks what the wiki needs.
class LinkJson
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkJson)

public:
    static QJsonObject fromMessage(const ChatMessage& message);
    static std::optional<ChatMessage> toMessage(const QJsonObject& line, QString* problem);
    static QJsonObject fromLink(const LinkRecord& link);
    static std::optional<LinkRecord> toLink(const QJsonObject& line, QString* problem);
};

} // namespace folio
