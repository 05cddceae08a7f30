// Prism in the QJSEngine of Folio's core (app/markdown/CodeHighlighter). That engine's
// RegExp.prototype.source escapes "/" twice, so Prism's RegExp(pattern.source, flags + "g")
// copy of a greedy pattern no longer matches ("//" comments, for one). Making those patterns
// global beforehand, from the RegExp itself, keeps Prism from copying them.
function folioFixGreedyPatterns() {
    var seen = [];
    function fix(grammar) {
        if (!grammar || typeof grammar !== 'object' || grammar instanceof RegExp ||
            seen.indexOf(grammar) >= 0)
            return;
        seen.push(grammar);
        for (var key in grammar) {
            if (!Object.prototype.hasOwnProperty.call(grammar, key))
                continue;
            var value = grammar[key];
            var list = Array.isArray(value) ? value : [value];
            for (var i = 0; i < list.length; i++) {
                var item = list[i];
                if (!item || typeof item !== 'object' || item instanceof RegExp)
                    continue;
                if (item.pattern instanceof RegExp) {
                    if (item.greedy && !item.pattern.global)
                        item.pattern = new RegExp(item.pattern, item.pattern.flags + 'g');
                    fix(item.inside);
                } else {
                    fix(item);
                }
            }
        }
    }
    fix(Prism.languages);
}
