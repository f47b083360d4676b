import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardPath, parsePagePath } from '../../src/lib/routes/paths';
import { dist } from '../helpers/build';
import { htmlFiles, loadPage } from '../helpers/html';

/** The site path a built file is served at: `ja/index.html` → `/ja/`, `404.html` → `/404.html`. */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const pages = htmlFiles().map((file) => {
  const $ = loadPage(file);
  return {
    page: sitePath(file),
    images: $('meta[property="og:image"]')
      .map((_, el) => $(el).attr('content'))
      .get(),
    width: $('meta[property="og:image:width"]').attr('content'),
    height: $('meta[property="og:image:height"]').attr('content'),
    canonical: $('link[rel="canonical"]').attr('href'),
  };
});
/** The configured site, as the language chooser declares it. */
const site = new URL(pages.find((p) => p.page === '/')?.canonical ?? 'missing:').origin;

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number; bytes: number } | undefined {
  const data = fs.readFileSync(file);
  if (
    !data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    data.toString('latin1', 12, 16) !== 'IHDR'
  )
    return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

describe('Open Graph cards in the build', () => {
  it('finds the built pages and the site they declare', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(site).toMatch(/^https?:\/\//);
  });

  it("gives every page exactly one og:image: an absolute URL on the site, at the page's card path", () => {
    const wrong = pages.filter(
      ({ page, images }) => images.length !== 1 || images[0] !== new URL(cardPath(parsePagePath(page) ?? { kind: 'not-found' }), site).href,
    );
    expect(wrong.map(({ page, images }) => `${page}: ${images.join(', ') || 'none'}`)).toEqual([]);
  });

  it('has, for every og:image, a non-empty 1200×630 PNG in the build, as the page declares it', () => {
    const problems = pages.flatMap(({ page, images, width, height }) => {
      const file = path.join(dist, decodeURI(new URL(images[0] ?? '/', site).pathname));
      if (!fs.existsSync(file)) return [`${page}: ${file} is missing`];
      const size = pngSize(file);
      if (!size) return [`${page}: ${file} is not a PNG`];
      if (size.width !== 1200 || size.height !== 630 || size.bytes < 5000)
        return [`${page}: ${file} is ${size.width}×${size.height}, ${size.bytes} bytes`];
      if (width !== '1200' || height !== '630') return [`${page}: og:image:width/height say ${width}×${height}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('gives every article edition, passage share page and term page a card of its own', () => {
    const own = pages.filter(({ page }) => ['article', 'share', 'term'].includes(parsePagePath(page)?.kind ?? ''));
    expect(own.length).toBeGreaterThan(0);
    const images = own.map(({ images }) => images[0]);
    expect(new Set(images).size).toBe(images.length);
  });

  it('draws a different card for each edition of an article', () => {
    const bySlug = new Map<string, typeof pages>();
    for (const edition of pages) {
      const ref = parsePagePath(edition.page);
      if (ref?.kind === 'article') bySlug.set(ref.slug, [...(bySlug.get(ref.slug) ?? []), edition]);
    }
    for (const [slug, list] of bySlug) {
      const contents = list.map(({ images }) =>
        fs.readFileSync(path.join(dist, new URL(images[0] ?? '/', site).pathname)).toString('base64'),
      );
      expect(new Set(contents).size, `cards of ${slug}`).toBe(list.length);
    }
  });
});
