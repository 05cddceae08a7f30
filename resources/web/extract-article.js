// Reads the article of the page it runs in with Mozilla Readability (loaded before this
// file), in Folio's isolated script world: the page's own script cannot see or change it.
// Returns { title, byline, excerpt, siteName, lang, text }, the text with blank lines
// between paragraphs.
(function () {
  "use strict";
  var BLOCKS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|THEAD|TFOOT|TR|UL)$/;
  var CELLS = /^(TD|TH)$/;

  function collect(node, parts, inPre) {
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(inPre ? child.nodeValue : child.nodeValue.replace(/\s+/g, " "));
      } else if (child.nodeType === 1) {
        var tag = child.tagName;
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE")
          continue;
        if (tag === "BR") {
          parts.push("\n");
          continue;
        }
        var block = BLOCKS.test(tag);
        if (block)
          parts.push("\n\n");
        else if (CELLS.test(tag))
          parts.push("\t");
        collect(child, parts, inPre || tag === "PRE");
        if (block)
          parts.push("\n\n");
      }
    }
  }

  function readableText(root) {
    var parts = [];
    collect(root, parts, false);
    return parts.join("")
      .split("\n")
      .map(function (line) { return line.replace(/[ \t\u00a0]+/g, " ").trim(); })
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }

  var article = null;
  try {
    article = new Readability(document.cloneNode(true)).parse();
  } catch (error) {
    article = null;
  }
  var text = "";
  if (article && article.content) {
    // An inert document: nothing in the article loads or runs while it is read.
    var holder = document.implementation.createHTMLDocument("").createElement("div");
    holder.innerHTML = article.content;
    text = readableText(holder);
  } else if (document.body) {
    text = readableText(document.body);
  }
  return {
    title: (article && article.title) || document.title || "",
    byline: (article && article.byline) || "",
    excerpt: (article && article.excerpt) || "",
    siteName: (article && article.siteName) || "",
    lang: (article && article.lang) || document.documentElement.lang || "",
    text: text
  };
})();
