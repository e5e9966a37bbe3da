// Links in a package's Markdown: every relative link from a page that ships must reach a file
// that ships too (SPEC §10: each tarball carries the docs its README links to).
import { dirname, join, normalize } from 'node:path';

/**
 * `files`: the paths in the tarball; `read(path)`: a shipped file's text. Returns
 * `page → target` for each relative link whose target is not in `files`.
 */
export function brokenLinks(files, read) {
  const shipped = new Set(files);
  const pages = files.filter((file) => file.endsWith('.md'));
  const broken = [];
  for (const page of pages) {
    for (const [, target] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:|^#/i.test(target)) continue;
      const path = normalize(join(dirname(page), target.split('#')[0]));
      if (!shipped.has(path)) broken.push(`${page} → ${target}`);
    }
  }
  return broken;
}
