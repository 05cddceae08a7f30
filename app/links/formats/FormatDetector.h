#pragma once

#include "links/formats/ExportFormat.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace folio {

// Knows every export format and finds the one a file is in.
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(folio::FormatDetector)

public:
    FormatDetector();
    ~FormatDetector();

    // The format `archive` is in; `forced` (a --format key) skips the guessing. Throws
    // ExportError naming the file when no format recognises it or `forced` is unknown.
    ExportFormat& formatOf(ExportArchive& archive, const QString& forced = {});
    QStringList keys() const;
    const std::vector<std::unique_ptr<ExportFormat>>& formats() const { return m_formats; }

private:
    std::vector<std::unique_ptr<ExportFormat>> m_formats;
};

} // namespace folio
