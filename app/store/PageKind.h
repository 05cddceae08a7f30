#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace folio {

enum class PageKind { Guide, Faq, BestPractice, Note };

// Names as stored in the file and typed on the command line: guide, faq, best-practice, note.
class PageKinds
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageKinds)

public:
    static QString key(PageKind kind);
    static std::optional<PageKind> fromKey(const QString& key);
    static QString displayName(PageKind kind);
    static QStringList keys();
};

} // namespace folio
