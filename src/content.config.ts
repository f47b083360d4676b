import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withoutRenderModules } from './lib/content/loader';
import { contentDir } from './lib/content/paths';
import { editionSchema } from './lib/content/schema';
import { termSchema } from './lib/glossary/schema';

/**
 * Articles: `content/articles/<slug>/<locale>.mdx`, one file per edition. The entry id is
 * `<slug>/<locale>`. Frontmatter fields are documented in `src/lib/content/schema.ts`; the body is
 * parsed into passages by `src/lib/passages/parse.ts` (see docs/passages.md).
 */
const articles = defineCollection({
  loader: withoutRenderModules(
    glob({
      pattern: '*/*.mdx',
      base: path.join(contentDir(), 'articles'),
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
  ),
  schema: editionSchema,
});

/** Glossary: `content/glossary/<slug>.yaml`, one concept per file (fields in `src/lib/glossary/schema.ts`). */
const glossary = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: path.join(contentDir(), 'glossary'),
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: termSchema,
});

export const collections = { articles, glossary };
