#include "common/Heading.h"

#include <QLabel>

namespace folio {

void makeHeading(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
}

} // namespace folio
