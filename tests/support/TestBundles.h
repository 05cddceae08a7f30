#pragma once

#include "TestArchives.h"
#include "core/Sha256.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace folio::test {

using BundleEntries = std::vector<ArchiveEntry>;

// Writes to `path` the bundle `good` with its entries changed by `change`, the manifest's
// checksums made to match again unless `keepManifest`: a bundle only its content makes bad.
inline bool rewriteBundle(const QString& good, const QString& path,
                          const std::function<void(BundleEntries&)>& change,
                          bool keepManifest = false)
{
    const ReadArchive read = readArchive(good);
    BundleEntries entries;
    for (const QString& entry : read.order)
        entries.push_back({entry.toUtf8(), read.entries.value(entry), {}, 0});
    change(entries);
    if (!keepManifest) {
        auto manifest = std::find_if(entries.begin(), entries.end(), [](const ArchiveEntry& e) {
            return e.name == "manifest.json";
        });
        if (manifest != entries.end()) {
            QJsonObject object = QJsonDocument::fromJson(manifest->data).object();
            QJsonObject sums;
            for (const ArchiveEntry& e : entries)
                if (e.name != "manifest.json")
                    sums.insert(QString::fromUtf8(e.name),
                                Sha256::hex(e.zeros ? QByteArray(e.zeros, '\0') : e.data));
            object.insert(QStringLiteral("entries"), sums);
            manifest->data = QJsonDocument(object).toJson();
        }
    }
    return writeArchive(path, entries);
}

} // namespace folio::test
