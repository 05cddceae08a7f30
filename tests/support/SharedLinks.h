#pragma once

#include "store/LinkStore.h"

#include <QStringList>
#include <QUrl>

namespace folio::test {

// Stores each URL as a link shared once in #general, in one import; returns their ids in
// the same order.
inline QList<qint64> shareLinks(LinkStore& store, const QStringList& urls, int flags = 0)
{
    {
        LinkStore::Import import(store);
        int n = 0;
        for (const QString& url : urls) {
            ChatMessage message;
            message.platform = QStringLiteral("slack");
            message.workspace = QStringLiteral("T1");
            message.channelId = QStringLiteral("C1");
            message.channelName = QStringLiteral("general");
            message.messageId = QStringLiteral("m%1-%2").arg(n++).arg(url);
            message.sentAt = 1700000000000LL + n * 1000;
            message.text = QStringLiteral("worth reading");
            import.add(message,
                       {{ url,
                          QUrl(url).host(),
                          QString(),
                          LinkOrigin::Text,
                          false,
                          flags }});
        }
        import.commit();
    }
    QList<qint64> ids;
    for (const QString& url : urls)
        ids << store.find(url)->id;
    return ids;
}

} // namespace folio::test
