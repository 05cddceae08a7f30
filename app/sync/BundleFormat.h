#pragma once

#include <QLatin1StringView>
#include <QStringView>

// The names inside a bundle; docs/bundle-format.md describes each.
namespace folio::BundleFormat {

inline constexpr char kFormatName[] = "folio-bundle";
// 2.0: a history's last line (the page's head) leaves its text to the page file.
// 2.1: revisions name the page they sit under (parentPage); before, a revision kept its
// parent revision's place.
inline constexpr int kMajorVersion = 2;
inline constexpr int kMinorVersion = 1;

inline constexpr char kFileSuffix[] = ".foliobundle";

inline constexpr char kManifest[] = "manifest.json";
inline constexpr char kPagesFolder[] = "pages/";             // <title>.md, front matter first
inline constexpr char kDeletedFolder[] = "deleted-pages/";   // the same, for deleted pages
inline constexpr char kHistoryFolder[] = "history/";         // <page uuid>.jsonl
inline constexpr char kAttachmentsFolder[] = "attachments/"; // <sha256>
// Whole-wiki bundles only (format 1.1):
inline constexpr char kSnapshotsFolder[] = "snapshots/"; // <sha256>.mht or .pdf
inline constexpr char kLinksFolder[] = "links/"; // messages-NNNNNN.jsonl, links-NNNNNN.jsonl

// A SHA-256 as bundles write it: 64 lower-case hex digits.
inline bool isSha256(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace folio::BundleFormat
