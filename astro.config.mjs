// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { ogCards } from './src/lib/og/integration.ts';
import { cardThreads } from './src/lib/og/pool.ts';
import { inSitemap, serializeSitemapItem } from './src/lib/routes/sitemap.ts';
import { searchIndex } from './src/lib/search/integration.ts';
import { passageLock, staleOutput } from './src/lib/site/integration.ts';
import { localeCodes, defaultLocale } from './src/lib/i18n/locales.ts';
import { cacheDir } from './src/lib/content/paths.ts';
import { siteOrigin } from './src/lib/site/origin.ts';

export default defineConfig({
  site: siteOrigin,
  // The tests and the benchmark build fixture content (CONTENT_DIR) into their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  // A rebuild copies every page whose content digest (src/lib/routes/cache-keys.ts) and code are
  // unchanged from the last build in this cacheDir, instead of rendering it again.
  experimental: { incrementalBuild: true },
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages render this many at a time so that every card thread (src/lib/og/pool.ts) has a card
    // drawing and three waiting (a card's slot is also held while Astro writes its file): with one
    // waiting, the threads idled about 40 % of the time (docs/architecture.md, "Cards"). It also
    // bounds the cards queued, and the memory they hold.
    concurrency: 4 * cardThreads,
  },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    ogCards(),
    sitemap({
      // The route table decides which pages are listed (share pages are canonical to their article:
      // they are not) and their hreflang links, the same ones the pages carry.
      filter: inSitemap,
      serialize: serializeSitemapItem,
    }),
    searchIndex(),
    passageLock(),
    // Last: after every integration has written its files.
    staleOutput(),
  ],
  vite: {
    // Every script is an external file, never inlined: pages run under a CSP without 'unsafe-inline'.
    build: {
      assetsInlineLimit: 0,
      // The last build's files stay in the output folder: a page that the incremental build may skip
      // is then left in place instead of copied back from the cache, and staleOutput() removes what
      // this build did not make (docs/architecture.md, "Incremental builds").
      emptyOutDir: false,
      rollupOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx compiles every edition into a module opening with the directive
          // "use astro:head-inject", and the bundler warns once per edition that it may not keep it.
          // The site never renders those modules (passages are parsed by src/lib/passages), so the
          // warning says nothing about this site: silenced, and only it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
