#pragma once

#include "store/Page.h"

#include <QDate>
#include <QList>

namespace folio {

class PageStore;

// Templates are ordinary pages tagged "template", so writers edit them like any page and a
// wiki can have as many as it needs. A new page made from one starts with its kind, its tags
// (but "template") and its text, with {{title}} and {{date}} filled in.
namespace PageTemplates {

QString tag();
QList<PageSummary> list(const PageStore& store);
PageContent instantiate(const PageContent& templatePage, const QString& title, QDate today);

} // namespace PageTemplates
} // namespace folio
