#pragma once

#include <QString>

#include <stdexcept>

namespace folio {

// A file Folio refuses to import as a whole (no known export, unreadable, hostile); the
// message names the file and the problem. Nothing has been written when it is thrown.
class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace folio
