#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace folio {

struct Console;

// `folio search QUERY [--limit N] [--json]`: the same engine as the window's search box.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::SearchCommand)

public:
    SearchCommand(WikiAccess wiki, const Console& console);
    int run(const QStringList& arguments);

private:
    WikiAccess m_wiki;
    const Console& m_console;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace folio
