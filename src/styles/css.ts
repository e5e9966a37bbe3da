/**
 * Tags a style sheet written in the source, as Lit's `css` does for a literal without values.
 * Lit's own `css` carries checks (and a long error message) for interpolated values, which our
 * sheets never have: the editors' bundle is about 150 B smaller without it. The type allows no
 * `${…}` inside, so nothing but the literal text can reach a style sheet. The name `css` keeps
 * the build minifying these templates (`@lit-labs/rollup-plugin-minify-html-literals`).
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const css = (strings: TemplateStringsArray, ..._none: never[]): CSSResult => unsafeCSS(strings.join(''));
