#include "cli/TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

namespace folio {

TerminalProgress::TerminalProgress(QTextStream& err)
    : m_err(err), m_enabled(isatty(fileno(stderr)) == 1)
{
    m_sinceDraw.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::show(const QString& label, int done, int total)
{
    // Redrawing more than ~20 times a second only slows the work down.
    if (!m_enabled || (m_drawn && done < total && m_sinceDraw.elapsed() < 50))
        return;
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
    m_err << '\r' << label << ' ' << done << '/' << total << " (" << percent << "%)\x1b[K";
    m_err.flush();
    m_sinceDraw.restart();
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        m_err << '\n';
        m_err.flush();
        m_drawn = false;
    }
}

} // namespace folio
