#include "core/TextInput.h"

#include <QFileDevice>
#include <QStringDecoder>

namespace folio::TextInput {

Read readAtMost(QIODevice& device, qint64 maxBytes)
{
    constexpr qint64 kChunk = 256 * 1024;
    Read result;
    while (true) {
        const qint64 wanted = qMin(kChunk, maxBytes + 1 - result.bytes.size());
        const QByteArray chunk = device.read(wanted);
        if (chunk.isEmpty()) { // the end, or a failure
            const auto* file = qobject_cast<const QFileDevice*>(&device);
            if (file && file->error() != QFileDevice::NoError)
                result.error = file->errorString();
            break;
        }
        result.bytes += chunk;
        if (result.bytes.size() > maxBytes) {
            result.bytes.truncate(maxBytes);
            result.tooLarge = true;
            break;
        }
    }
    return result;
}

bool looksBinary(const QString& text)
{
    return text.contains(QChar(0));
}

qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;  // the allowed range of the second byte rules out overlong forms,
        uchar high = 0xBF; // surrogates and code points past U+10FFFF
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

Decoded decode(const QByteArray& bytes)
{
    Decoded result;
    const bool utf32Little = bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4));
    if (utf32Little || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        QStringDecoder utf32(utf32Little ? QStringDecoder::Utf32LE : QStringDecoder::Utf32BE);
        result.text = utf32.decode(QByteArrayView(bytes).sliced(4));
        if (utf32.hasError())
            result.invalidLine = 1;
        return result;
    }
    const bool littleEndian = bytes.startsWith("\xFF\xFE");
    if (littleEndian || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        result.text = utf16.decode(QByteArrayView(bytes).sliced(2));
        if (utf16.hasError())
            result.invalidLine = 1;
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.text = decoder.decode(bytes);
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        result.invalidLine = int(QByteArrayView(bytes).first(bad).count('\n')) + 1;
    return result;
}

} // namespace folio::TextInput
