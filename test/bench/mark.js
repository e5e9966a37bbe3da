// Records when the first question can be answered: its first radio is in the document (through
// shadow roots) and focusable. Same script for the survey and the plain form.
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
  function check() {
    var radio = firstRadio(document);
    if (radio && radio.getClientRects().length) {
      radio.focus({ preventScroll: true });
      if (radio.getRootNode().activeElement === radio) {
        window.__interactive = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  }
  check();
})();
