#include "store/PageKind.h"

namespace folio {
namespace {

constexpr PageKind kAll[] = {PageKind::Guide, PageKind::Faq, PageKind::BestPractice,
                             PageKind::Note};

} // namespace

QString PageKinds::key(PageKind kind)
{
    switch (kind) {
    case PageKind::Guide:
        return QStringLiteral("guide");
    case PageKind::Faq:
        return QStringLiteral("faq");
    case PageKind::BestPractice:
        return QStringLiteral("best-practice");
    case PageKind::Note:
        break;
    }
    return QStringLiteral("note");
}

std::optional<PageKind> PageKinds::fromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (PageKind kind : kAll) {
        if (PageKinds::key(kind) == wanted)
            return kind;
    }
    return std::nullopt;
}

QString PageKinds::displayName(PageKind kind)
{
    switch (kind) {
    case PageKind::Guide:
        return tr("Guide");
    case PageKind::Faq:
        return tr("FAQ");
    case PageKind::BestPractice:
        return tr("Best practice");
    case PageKind::Note:
        break;
    }
    return tr("Note");
}

QStringList PageKinds::keys()
{
    QStringList result;
    for (PageKind kind : kAll)
        result << key(kind);
    return result;
}

} // namespace folio
