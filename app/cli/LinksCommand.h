#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace folio {

struct ArchiveState;
struct Capture;
struct Console;
struct Link;
class LinkStore;

// The links shared in team chat, from the command line:
//   folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE]
//                      [--include-private] [--allow-domain D] [--deny-domain D]
//                      [--include-code] [--json]
//   folio links [--json] [--limit N] [QUERY]
//   folio link show URL [--text] [--json]
class LinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinksCommand)

public:
    LinksCommand(WikiAccess wiki, const Console& console, QString author);
    int importLinks(const QStringList& arguments);
    int list(const QStringList& arguments);
    int link(const QStringList& arguments);
    // The link imported as `url`, written as it was shared or as Folio keeps it.
    static std::optional<Link> findLink(const LinkStore& store, const QString& url);

private:
    int usage(const QString& problem, const QString& usage);
    QString describe(const Link& link) const;
    static QJsonObject archiveJson(const ArchiveState& state, const std::vector<Capture>& captures);
    static QString summary(const Link& link);

    WikiAccess m_wiki;
    const Console& m_console;
    QString m_author;
};

} // namespace folio
