// Records when the first question can be answered: its first radio is in the document (through
// shadow roots), laid out and focusable. Same script for the survey and the plain form.
//   __interactive: the first frame in which that is true (checked at the start of each frame,
//     before it is painted). The same moment for both pages: the first frame that shows it.
//   __domReady: the first check in which it is true, including one made while the page is
//     still being parsed. For the plain form that is before any frame has been painted; for
//     the survey, whose module runs after parsing, it equals __interactive.
(function () {
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
  function ready() {
    var radio = firstRadio(document);
    if (!radio || !radio.getClientRects().length) return false;
    radio.focus({ preventScroll: true });
    return radio.getRootNode().activeElement === radio;
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
