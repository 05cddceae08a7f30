#pragma once

#include <QCoreApplication>
#include <QString>

namespace folio {

// Page titles are unique regardless of case, so links like [[faq]] find "FAQ".
class PageTitle
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageTitle)

public:
    // Characters (code points), not UTF-16 units: 200 emoji are as long as 200 letters.
    static constexpr int kMaxLength = 200;

    // Trims and collapses runs of white space.
    static QString normalized(const QString& title);
    // The form titles are compared in: normalized and case-folded.
    static QString key(const QString& title);
    // Empty when the title is acceptable, else why it is not.
    static QString problem(const QString& title);
    // Makes any text an acceptable title (for imports): replaces what is not allowed.
    static QString sanitized(const QString& text);
    // The first `count` characters (code points, so an emoji counts once and is never cut).
    static QString leftCharacters(const QString& text, int count);
};

} // namespace folio
