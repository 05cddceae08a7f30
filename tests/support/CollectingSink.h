#pragma once

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportFormat.h"

#include <vector>

namespace folio::test {

// Keeps what a format reader reports, for a test to look at.
struct CollectingSink : ExportSink
{
    std::vector<ChatMessage> messages;
    QList<ImportProblem> problems;

    void message(ChatMessage& message) override { messages.push_back(message); }
    void problem(const ImportProblem& problem) override { problems.append(problem); }

    // Every link of every message, "url|label".
    QStringList links() const
    {
        QStringList all;
        for (const ChatMessage& message : messages)
            for (const FoundLink& link : message.links)
                all << link.url + u'|' + link.label;
        return all;
    }
    const ChatMessage* withId(const QString& id) const
    {
        for (const ChatMessage& message : messages)
            if (message.messageId == id)
                return &message;
        return nullptr;
    }
};

inline CollectingSink readWith(ExportFormat& format, const QString& path)
{
    CollectingSink sink;
    const auto archive = ExportArchive::open(path);
    format.read(*archive, sink);
    return sink;
}

} // namespace folio::test
