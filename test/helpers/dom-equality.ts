/**
 * A failed `expect(element).to.equal(other)` between DOM nodes made the test file hang in
 * Chromium until the run's timeout ("browser disconnected"): the assertion carried both nodes
 * as `actual` and `expected`, and the test runner could not serialise them. This chai plugin
 * compares nodes by identity and fails at once with a short description of each, so a focus
 * check that fails says which element had focus.
 */
// chai itself, not @open-wc/testing: this runs before mocha is set up, and @open-wc/testing
// registers its fixture clean-up only if mocha's afterEach exists when it is first loaded.
import { use } from '@esm-bundle/chai';

/** `input#frequency-0[name=frequency]` in `mor-survey`'s shadow root, or "null". */
export function describeNode(value: unknown): string {
  if (!(value instanceof Node)) return String(value);
  if (!(value instanceof Element)) return value.nodeName;
  const id = value.id ? `#${value.id}` : '';
  const classes = value.classList.length ? `.${[...value.classList].join('.')}` : '';
  const name = value.getAttribute('name') ? `[name=${value.getAttribute('name')}]` : '';
  const root = value.getRootNode();
  const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>'s shadow root` : '';
  return `<${value.localName}${id}${classes}${name}>${where}`;
}

use((chai, utils) => {
  const overwrite = (name: string) =>
    utils.overwriteMethod(chai.Assertion.prototype, name, (original: (...args: unknown[]) => void) =>
      function (this: Chai.AssertionStatic, expected: unknown, message?: string) {
        const actual = utils.flag(this, 'object');
        if (!(actual instanceof Node) && !(expected instanceof Node)) return original.call(this, expected, message);
        const negate = utils.flag(this, 'negate');
        const prefix = message ?? utils.flag(this, 'message');
        if ((actual === expected) === Boolean(negate)) {
          const text = `expected ${describeNode(actual)} ${negate ? 'not ' : ''}to be ${describeNode(expected)}`;
          throw new chai.AssertionError(prefix ? `${prefix}: ${text}` : text);
        }
        return undefined;
      },
    );
  for (const name of ['equal', 'equals', 'eq']) overwrite(name);
});
