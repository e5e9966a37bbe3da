// Records when the results are there and usable: every table is in the document (through
// shadow roots), and the download link is laid out and takes focus. Same script for the
// element and for the same tables as static HTML. As in mark.js:
//   __interactive: the first frame in which that is true (checked before it is painted);
//   __domReady: the first check in which it is true, including one made during parsing.
(function () {
  var TABLES = 8;
  function collect(root, found) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].localName === 'table') found.tables++;
      if (all[i].localName === 'a' && all[i].hasAttribute('download')) found.link = all[i];
      if (all[i].shadowRoot) collect(all[i].shadowRoot, found);
    }
    return found;
  }
  function ready() {
    var found = collect(document, { tables: 0, link: null });
    if (found.tables < TABLES || !found.link || !found.link.getClientRects().length) return false;
    found.link.focus({ preventScroll: true });
    return found.link.getRootNode().activeElement === found.link;
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
