#pragma once

#include <QString>

#include <stdexcept>

namespace folio {

// Every failure of the store surfaces as this, with a sentence a user can act on.
class StoreError : public std::runtime_error
{
public:
    enum class Code {
        Generic,
        NotAWiki,
        Corrupt,
        ReadOnly,
        TooNew,
        Conflict,
        InvalidInput,
        NotFound,
        Interrupted
    };

    explicit StoreError(const QString& message, Code code = Code::Generic)
        : std::runtime_error(message.toStdString()), m_message(message), m_code(code)
    {
    }

    QString message() const { return m_message; }
    Code code() const { return m_code; }

private:
    QString m_message;
    Code m_code = Code::Generic;
};

} // namespace folio
