#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace folio::WikiLinks {

// md4c marks [[Target|label]] as <x-wikilink data-target="Target">label</x-wikilink>; this
// turns each into a link to the page, with class "missing" when pageExists says there is none.
// "Target#Section" links to the heading with that id on the page.
QByteArray toAnchors(const QByteArray& html, const std::function<bool(const QString&)>& pageExists);

} // namespace folio::WikiLinks
