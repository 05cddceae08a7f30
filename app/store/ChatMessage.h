#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace folio {

// Where a URL was found in a message: plain text, a platform's structured part, a preview.
enum class LinkOrigin {
    Text,             // bare or marked-up in the message text
    Entity,           // Telegram link / text_link entity
    RichTextBlock,    // Slack rich_text block
    HtmlAnchor,       // <a href> in an HTML body (Teams, Matrix, Zulip)
    AttachmentUnfurl, // a link preview or bot card
    Embed,            // Discord embed
    File,             // a shared file's permalink
    Button,           // a bot's URL button
    Bookmark,         // a browser bookmark
    Quoted            // inside a quoted message: not said by this message's author
};

enum class ChannelKind { Public, Private, Direct, Group };

// A URL as the export wrote it, before normalisation.
struct FoundLink
{
    QString url;
    QString label;
    LinkOrigin origin = LinkOrigin::Text;
    bool inCode = false; // inside a code span or block
};

// One message of a chat export (or one bookmark), reduced to what the links need.
struct ChatMessage
{
    QString platform; // slack, mattermost, discord, teams, telegram, rocketchat, zulip, matrix,
                      // bookmarks
    QString workspace;
    QString channelId;
    QString channelName;
    ChannelKind channelKind = ChannelKind::Public;
    QString threadRoot; // the thread's root message id, for replies
    QString messageId;
    QString authorId;
    QString authorName;
    bool authorIsBot = false;
    // A join, topic change, integration added…: read, but its links were not shared by anyone.
    bool isSystem = false;
    std::optional<qint64> sentAt; // ms since the epoch, UTC
    QString sentRaw;              // the time as the export wrote it
    std::optional<qint64> editedAt;
    QString text;      // plain text, markup decoded
    QString reactions; // "+1 ×2, heart ×1"
    QStringList tags;
    QString source;     // the file inside the export and the position in it
    QString serverHost; // the chat server's own host, when the export names it: links there are
                        // internal
    std::vector<FoundLink> links;

    void addLink(const QString& url, const QString& label, LinkOrigin origin, bool inCode = false)
    {
        if (!url.isEmpty())
            links.push_back({url, label, origin, inCode});
    }
};

// An item that could not be read: the file and position, and why. The import goes on.
struct ImportProblem
{
    QString where;
    QString reason;
};

} // namespace folio
