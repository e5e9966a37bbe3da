/** Walking up from an element through shadow roots to their hosts (DOM only). */

/** The element's ancestors, nearest first, crossing shadow roots. */
export function* ancestors(element: Element): Generator<Element> {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) yield node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}

/** True when `element` is inside an element named `tag`, directly or through shadow roots. */
export const insideElement = (element: Element, tag: string): boolean => {
  for (const ancestor of ancestors(element)) if (ancestor.localName === tag) return true;
  return false;
};
