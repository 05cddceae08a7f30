#include "core/Sha256.h"

#include <openssl/evp.h>

namespace folio::Sha256 {

QString hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(data.data(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

} // namespace folio::Sha256
