#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace folio::WikiLinks {

// md4c marks [[Target|label]] as <x-wikilink data-target="Target">label</x-wikilink>; this
// turns each into a link to the page, with class "missing" when pageExists says there is none.
// "Target#Section" links to the heading with that id on the page.
//
// Where CommonMark gives the brackets another meaning, they stay literal text, so the
// extension never changes a document plain CommonMark renders: "![[x]]" (an image bang),
// "[[[x]]]" (a link label in brackets) and "[[x]]:" opening a paragraph (a would-be
// reference definition).
QByteArray toAnchors(const QByteArray& html, const std::function<bool(const QString&)>& pageExists);

// True when the document defines a link reference [label]: url and also writes [[label]]:
// CommonMark makes that a link to the url inside brackets, so wiki links must stay off.
bool shadowReferenceDefinitions(const QByteArray& markdown);

} // namespace folio::WikiLinks
