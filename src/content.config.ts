import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './lib/content/paths';
import { editionSchema } from './lib/content/schema';
import { termSchema } from './lib/glossary/schema';

/**
 * `loader` without a module per entry. Astro's glob loader marks every MDX entry for rendering
 * later (`deferredRender`), which makes the build compile each file into a module of its own; the
 * site never renders an entry (the passages are parsed from `entry.body`, docs/passages.md), so
 * that compiling was work and memory for nothing, growing with the archive (docs/architecture.md).
 */
function withoutRenderModules(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => context.store.set({ ...entry, deferredRender: false }),
          addModuleImport: () => undefined,
        },
      }),
  };
}

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
