#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace folio {

// Why a link was not archived, as a key stored in the wiki and a sentence shown to people.
// Transient reasons are retried with a growing wait; the others are final.
class ArchiveReason
{
    Q_DECLARE_TR_FUNCTIONS(folio::ArchiveReason)

public:
    enum Kind {
        None,
        Dns,          // the host name does not resolve
        Connection,   // refused, reset, unreachable
        Timeout,      // no complete page within the time allowed
        Http,         // an HTTP error status (detail: the code)
        TooLarge,     // above the largest snapshot allowed (detail: the size)
        RedirectLoop, // redirected too often
        Policy,       // refused by the archive policy (detail: which rule)
        Unsupported,  // neither a web page nor a PDF (detail: the content type)
        Cancelled,    // the run was stopped; the link waits for the next
        Other,        // anything else the browser engine reports (detail: its words)
    };

    static QString key(Kind kind);
    static Kind fromKey(const QString& key);
    // "HTTP 404 (not found)", "the host name does not resolve (DNS)"…
    static QString describe(Kind kind, const QString& detail);
    static bool isTransient(Kind kind, const QString& detail);
};

// What a capturer is asked to fetch.
struct CaptureRequest
{
    qint64 id = 0; // the link
    QUrl url;
    qint64 maxBytes = 0;       // a snapshot above this fails with TooLarge
    bool allowPrivate = false; // loopback and private addresses may be loaded
    QStringList allowDomains;  // the archive policy's lists, for redirects
    QStringList denyDomains;
};

// What a capture gave: a snapshot and its readable text, or why there is none.
struct CaptureResult
{
    ArchiveReason::Kind failure = ArchiveReason::None;
    QString detail;
    QUrl finalUrl;
    std::optional<int> httpStatus;
    QByteArray content;  // the snapshot: MHTML, or the PDF itself
    QString contentType; // "multipart/related" or "application/pdf"
    QString title;
    QString byline;
    QString excerpt;
    QString text; // readable text, paragraphs separated by blank lines

    bool ok() const { return failure == ArchiveReason::None; }
    static CaptureResult failed(ArchiveReason::Kind kind, const QString& detail = {})
    {
        CaptureResult result;
        result.failure = kind;
        result.detail = detail;
        return result;
    }
};

} // namespace folio
