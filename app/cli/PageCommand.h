#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace folio {

class Wiki;

// `folio page list|show|write|history|import ...`
class PageCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageCommand)

public:
    PageCommand(Wiki& wiki, QTextStream& out, QTextStream& err, QIODevice& in);
    // Arguments start at the verb ("list", "show", ...). Returns the exit code.
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int write(const QStringList& arguments);
    int history(const QStringList& arguments);
    int import(const QStringList& arguments);
    int usageError(const QString& message);

    Wiki& m_wiki;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
};

} // namespace folio
