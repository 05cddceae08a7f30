#pragma once

class QLabel;

namespace folio {

// The title line of a view in the content area (a link, a page's history, a review): bold and
// larger than the text, by the same measure everywhere.
void makeHeading(QLabel* label);

} // namespace folio
