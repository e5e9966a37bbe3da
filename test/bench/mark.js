// Records when a page can be used, the same way for an element and for its plain HTML twin:
//   survey pages: the first question's first radio is in the document (through shadow
//     roots), laid out and focusable;
//   results pages (`<script src="mark.js" data-ready="results">`): every results table is in
//     the document and the download link is laid out and takes focus.
//   __interactive: the first frame in which that is true (checked at the start of each frame,
//     before it is painted). The same moment for both pages: the first frame that shows it.
//   __domReady: the first check in which it is true, including one made while the page is
//     still being parsed. For the plain page that is before any frame has been painted; for
//     the element, whose module runs after parsing, it equals __interactive.
(function () {
  var RESULTS_TABLES = 8;
  var results = document.currentScript && document.currentScript.getAttribute('data-ready') === 'results';
  function firstRadio(root) {
    var found = root.querySelector('input[type=radio]');
    if (found) return found;
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].shadowRoot) {
        var inner = firstRadio(all[i].shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  }
  /** The download link once every results table is there. */
  function resultsLink(root, found) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].localName === 'table') found.tables++;
      if (all[i].localName === 'a' && all[i].hasAttribute('download')) found.link = all[i];
      if (all[i].shadowRoot) resultsLink(all[i].shadowRoot, found);
    }
    return found.tables >= RESULTS_TABLES ? found.link : null;
  }
  function ready() {
    var target = results ? resultsLink(document, { tables: 0, link: null }) : firstRadio(document);
    if (!target || !target.getClientRects().length) return false;
    target.focus({ preventScroll: true });
    return target.getRootNode().activeElement === target;
  }
  function frame() {
    if (ready()) {
      var now = performance.now();
      if (window.__domReady === undefined) window.__domReady = now;
      window.__interactive = now;
      return;
    }
    requestAnimationFrame(frame);
  }
  if (ready()) window.__domReady = performance.now();
  requestAnimationFrame(frame);
})();
