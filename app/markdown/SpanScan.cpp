#include "markdown/SpanScan.h"

namespace folio {
namespace {

int ignoreBlock(MD_BLOCKTYPE, void*, void*)
{
    return 0;
}

int ignoreSpan(MD_SPANTYPE, void*, void*)
{
    return 0;
}

int ignoreText(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*)
{
    return 0;
}

} // namespace

void scanSpans(const QByteArray& utf8Markdown, unsigned parserFlags,
               int (*onEnterSpan)(MD_SPANTYPE type, void* detail, void* data), void* data)
{
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = parserFlags;
    parser.enter_block = ignoreBlock;
    parser.leave_block = ignoreBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = ignoreSpan;
    parser.text = ignoreText;
    md_parse(utf8Markdown.constData(), MD_SIZE(utf8Markdown.size()), &parser, data);
}

} // namespace folio
