#pragma once

#include <QByteArrayView>
#include <QString>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace folio::Sha256 {

// The SHA-256 of the bytes as 64 lower-case hex digits. OpenSSL's, which uses the CPU's SHA
// instructions: Qt 6.4's own is several times slower, and imports hash every page.
QString hex(QByteArrayView data);

// The same over data that arrives in pieces (a large archive member, read as it streams).
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void add(QByteArrayView data);
    // The digest of everything added; the hasher is done after this.
    QString hex();

private:
    ::evp_md_ctx_st* m_context;
};

} // namespace folio::Sha256
