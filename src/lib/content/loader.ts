import type { Loader } from 'astro/loaders';

/**
 * `loader` without a module per entry. Astro's glob loader marks every MDX entry for rendering
 * later (`deferredRender`), which makes the build compile each file into a module of its own; the
 * site never renders an entry (the passages are parsed from `entry.body`, docs/passages.md), so
 * that compiling was work and memory for nothing, growing with the archive (docs/architecture.md).
 */
export function withoutRenderModules(loader: Loader): Loader {
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
