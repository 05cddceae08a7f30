#include "links/formats/JsonStream.h"

#include <QCoreApplication>

namespace folio {

namespace {
constexpr int kMaxContextBytes = 4096;
constexpr int kMaxContextEntries = 4096;
constexpr int kMaxDepth = 512;

bool isDelimiter(char c)
{
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
} // namespace

JsonStream::JsonStream(QList<Path> paths, Callback onElement)
    : m_paths(std::move(paths)), m_onElement(std::move(onElement))
{
}

QByteArray JsonStream::currentPath() const
{
    QByteArray path;
    for (const Frame& frame : m_stack) {
        if (!path.isEmpty())
            path += '/';
        path += frame.isObject ? frame.key : QByteArray("*");
    }
    return path;
}

int JsonStream::matchingPath() const
{
    for (int p = 0; p < m_paths.size(); ++p) {
        const Path& path = m_paths.at(p);
        if (path.size() != m_stack.size())
            continue;
        bool same = true;
        for (int i = 0; i < path.size() && same; ++i) {
            const Frame& frame = m_stack.at(i);
            same = frame.isObject ? path.at(i) == frame.key : path.at(i) == "*";
        }
        if (same)
            return p;
    }
    return -1;
}

// True when the value starting now is an element of an array that lies on the way to a
// wanted one (Telegram's chats/list/*): the context of the previous element is dropped.
bool JsonStream::isAncestorArray() const
{
    if (m_stack.isEmpty() || m_stack.last().isObject)
        return false;
    for (const Path& path : m_paths) {
        if (path.size() <= m_stack.size())
            continue;
        bool same = true;
        for (int i = 0; i < m_stack.size() && same; ++i) {
            const Frame& frame = m_stack.at(i);
            same = frame.isObject ? path.at(i) == frame.key : path.at(i) == "*";
        }
        if (same)
            return true;
    }
    return false;
}

void JsonStream::beginValue(const char* data, qint64 at)
{
    if (m_capturing)
        return;
    if (!m_stack.isEmpty() && !m_stack.last().isObject)
        ++m_stack.last().count;
    const int path = matchingPath();
    if (path >= 0) {
        m_capturing = true;
        m_captureDepth = int(m_stack.size());
        m_capturePath = path;
        m_captureOffset = m_offset + at;
        m_captureIndex = m_stack.isEmpty() ? 0 : m_stack.last().count - 1;
        m_segmentStart = at;
        m_oversize = false;
        m_captured.clear();
        return;
    }
    if (isAncestorArray()) {
        const QByteArray prefix = currentPath() + '/';
        for (auto it = m_context.begin(); it != m_context.end();)
            it = it.key().startsWith(prefix) ? m_context.erase(it) : std::next(it);
    }
    Q_UNUSED(data);
}

void JsonStream::endValue(const char* data, qint64 at)
{
    if (m_capturing) {
        if (m_stack.size() != m_captureDepth)
            return;
        if (!m_oversize)
            m_captured.append(data + m_segmentStart, at + 1 - m_segmentStart);
        m_capturing = false;
        Element element;
        element.path = m_capturePath;
        element.offset = m_captureOffset;
        element.index = m_captureIndex;
        if (!m_oversize && m_captured.size() <= kMaxElementBytes)
            element.json = m_captured;
        m_captured.clear();
        m_onElement(element);
        return;
    }
    if (m_valueIsScalar && m_context.size() < kMaxContextEntries)
        m_context.insert(currentPath(), m_token);
    m_valueIsScalar = false;
}

void JsonStream::fail(const char* what, qint64 at)
{
    m_done = true;
    m_error = QCoreApplication::translate("folio::JsonStream", "%1 at byte %2")
                  .arg(QCoreApplication::translate("folio::JsonStream", what))
                  .arg(m_offset + at);
}

void JsonStream::noteTrailingData(const char* data, qint64 from, qint64 size)
{
    for (qint64 i = from; i < size && m_trailingAt < 0; ++i)
        if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t')
            m_trailingAt = m_offset + i;
}

bool JsonStream::feed(const char* data, qint64 size)
{
    if (m_done) {
        if (m_error.isEmpty())
            noteTrailingData(data, 0, size);
        m_offset += size;
        return m_error.isEmpty();
    }
    for (qint64 i = 0; i < size; ++i) {
        if (m_inString && !m_escape) {
            // Most of an export is text inside strings: run to the next quote or backslash.
            qint64 end = i;
            while (end < size && data[end] != '"' && data[end] != '\\')
                ++end;
            if (!m_capturing && m_token.size() < kMaxContextBytes)
                m_token.append(data + i, qMin<qint64>(end - i, kMaxContextBytes - m_token.size()));
            i = end;
            if (i >= size)
                break;
        }
        const char c = data[i];
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"') {
                m_inString = false;
                if (m_stringIsKey) {
                    m_stack.last().key = m_token;
                    m_stack.last().expectKey = false;
                } else {
                    m_valueIsScalar = true;
                    endValue(data, i);
                }
                continue;
            }
            if (!m_capturing && m_token.size() < kMaxContextBytes)
                m_token += c;
            continue;
        }
        if (m_inLiteral) {
            if (!isDelimiter(c)) {
                if (!m_capturing && m_token.size() < kMaxContextBytes)
                    m_token += c;
                continue;
            }
            m_inLiteral = false;
            m_valueIsScalar = true;
            endValue(data, i - 1);
        }
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        case '{':
        case '[':
            if (!m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectKey) {
                fail(QT_TRANSLATE_NOOP("folio::JsonStream", "a name was expected"), i);
                return false;
            }
            if (m_stack.size() >= kMaxDepth) {
                fail(QT_TRANSLATE_NOOP("folio::JsonStream", "nested too deeply"), i);
                return false;
            }
            beginValue(data, i);
            m_stack.append(Frame{c == '{', c == '{', {}, 0});
            break;
        case '}':
        case ']':
            if (m_stack.isEmpty() || m_stack.last().isObject != (c == '}')) {
                fail(QT_TRANSLATE_NOOP("folio::JsonStream", "an unexpected bracket"), i);
                return false;
            }
            m_stack.removeLast();
            m_valueIsScalar = false;
            endValue(data, i);
            if (m_stack.isEmpty())
                m_done = true;
            break;
        case ',':
            if (m_stack.isEmpty()) {
                fail(QT_TRANSLATE_NOOP("folio::JsonStream", "an unexpected comma"), i);
                return false;
            }
            if (m_stack.last().isObject)
                m_stack.last().expectKey = true;
            break;
        case ':':
            break;
        case '"':
            m_inString = true;
            m_escape = false;
            m_token.clear();
            m_stringIsKey =
                !m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectKey;
            if (!m_stringIsKey)
                beginValue(data, i);
            break;
        default:
            if (!m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectKey) {
                fail(QT_TRANSLATE_NOOP("folio::JsonStream", "a name was expected"), i);
                return false;
            }
            m_inLiteral = true;
            m_token = QByteArray(1, c);
            beginValue(data, i);
            break;
        }
        if (m_done) {
            noteTrailingData(data, i + 1, size);
            break;
        }
    }
    if (m_capturing && !m_oversize) {
        m_captured.append(data + m_segmentStart, size - m_segmentStart);
        if (m_captured.size() > kMaxElementBytes) {
            m_oversize = true;
            m_captured.clear();
        }
    }
    m_segmentStart = 0;
    m_offset += size;
    return m_error.isEmpty();
}

bool JsonStream::finish()
{
    if (m_inLiteral && m_stack.isEmpty()) {
        m_inLiteral = false; // a document that is one number
        m_done = true;
    }
    if (!m_done || !m_stack.isEmpty() || m_inString || m_inLiteral) {
        if (m_error.isEmpty())
            m_truncated = true;
        return false;
    }
    return m_error.isEmpty();
}

} // namespace folio
