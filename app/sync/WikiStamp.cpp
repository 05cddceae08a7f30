#include "sync/WikiStamp.h"

#include "store/Statement.h"

#include <QStringList>

#include <array>

namespace folio {
namespace {

constexpr std::array kFields = {
    &WikiStamp::lastRevision,   &WikiStamp::deletedPages,  &WikiStamp::lastDeletion,
    &WikiStamp::attachmentUses, &WikiStamp::lastLink,      &WikiStamp::shares,
    &WikiStamp::drafts,         &WikiStamp::lastDraftSave, &WikiStamp::draftBytes};

} // namespace

WikiStamp WikiStamp::of(const Database& db)
{
    Statement query(db, QStringLiteral(R"sql(
        SELECT (SELECT ifnull(max(id), 0) FROM revisions),
               (SELECT count(*) FROM pages WHERE deleted_at IS NOT NULL),
               (SELECT ifnull(max(deleted_at), 0) FROM pages),
               (SELECT count(*) FROM page_attachments),
               (SELECT ifnull(max(id), 0) FROM links),
               (SELECT count(*) FROM link_shares),
               (SELECT count(*) FROM drafts),
               (SELECT ifnull(max(saved_at), 0) FROM drafts),
               (SELECT ifnull(sum(length(body)), 0) FROM drafts)
    )sql"));
    query.step();
    WikiStamp stamp;
    for (std::size_t i = 0; i < kFields.size(); ++i)
        stamp.*kFields[i] = query.int64(int(i));
    return stamp;
}

QString WikiStamp::toString() const
{
    QStringList parts;
    for (const auto field : kFields)
        parts << QString::number(this->*field);
    return parts.join(u' ');
}

WikiStamp WikiStamp::fromString(const QString& text)
{
    const QStringList parts = text.split(u' ');
    if (parts.size() != qsizetype(kFields.size()))
        return {};
    WikiStamp stamp;
    for (std::size_t i = 0; i < kFields.size(); ++i)
        stamp.*kFields[i] = parts.at(qsizetype(i)).toLongLong();
    return stamp;
}

bool WikiStamp::sameBundle(const WikiStamp& other) const
{
    return lastRevision == other.lastRevision && deletedPages == other.deletedPages &&
           lastDeletion == other.lastDeletion && attachmentUses == other.attachmentUses &&
           lastLink == other.lastLink && shares == other.shares;
}

} // namespace folio
