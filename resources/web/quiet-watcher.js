// Runs in Folio's isolated script world when a captured document is created: notes when the
// document last changed, so the capture can wait until the page's own script is done.
(function () {
  "use strict";
  var last = performance.now();
  function touch() { last = performance.now(); }
  new MutationObserver(touch).observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true
  });
  window.__folioQuietFor = function () {
    return document.readyState === "complete" ? performance.now() - last : 0;
  };
})();
