import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const lib = path.resolve(import.meta.dirname, '../../src/lib');

/** Each folder of src/lib → the other folders of src/lib its modules import (read by TypeScript's own pre-processor). */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of fs.readdirSync(lib).filter((name) => fs.statSync(path.join(lib, name)).isDirectory())) {
    const deps = new Set<string>();
    const files = (fs.readdirSync(path.join(lib, folder), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const full = path.join(lib, folder, file);
      for (const { fileName } of ts.preProcessFile(fs.readFileSync(full, 'utf8'), true, true).importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = path.relative(lib, path.resolve(path.dirname(full), fileName)).split(path.sep)[0];
        if (target && target !== folder && !target.startsWith('..')) deps.add(target);
      }
    }
    graph.set(folder, deps);
  }
  return graph;
}

/** The folders reachable from `start` by imports. */
function reachable(graph: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

describe('the folders of src/lib', () => {
  const graph = folderImports();

  it('are found, with the imports between them', () => {
    expect(graph.get('routes')?.has('site')).toBe(true);
  });

  it('depend on each other in one direction: no folder imports a folder that imports it back', () => {
    const cycles = [...graph.keys()].filter((folder) => reachable(graph, folder).has(folder));
    expect(cycles).toEqual([]);
  });

  it('keep the pipeline order: content before the site model, the site model before routes, routes before their views', () => {
    const order = ['content', 'passages', 'site', 'routes'];
    for (const [i, folder] of order.entries()) {
      for (const later of order.slice(i + 1)) expect(reachable(graph, folder).has(later), `${folder} imports ${later}`).toBe(false);
    }
    for (const view of ['og', 'search', 'head', 'feeds'])
      expect(reachable(graph, 'routes').has(view), `routes imports ${view}`).toBe(false);
  });
});
