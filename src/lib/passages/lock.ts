import { z } from 'zod';

/**
 * The committed record of published passage ids (`content/passages.lock.json`), per article:
 * `ids` every id ever published (the build appends new ones), `moved` the author's declarations
 * of where a removed id's passage went (old id → current id).
 */
export const lockSchema = z.record(
  z.string(),
  z.strictObject({
    ids: z.array(z.string()),
    moved: z.record(z.string(), z.string()).default({}),
  }),
);

/** The parsed lock file. */
export type PassageLock = z.infer<typeof lockSchema>;

/** The outcome of checking the current passages against the lock. */
export interface LockCheck {
  /** One message per published id that disappeared without a declared move (or a bad declaration). */
  errors: string[];
  /** The lock to write back: recorded ids plus the new ones, in order. */
  next: PassageLock;
  /** Per article: old id → the current id its links now lead to. */
  moves: Map<string, Map<string, string>>;
}

/**
 * Applies the lock rules: a recorded id must still exist, or be declared `moved` to an id that
 * exists (chains are followed); a declared move of an id that still exists is an error. New ids
 * are added to the lock. `current` maps each article slug to its passage ids in order.
 */
export function checkLock(lock: PassageLock, current: ReadonlyMap<string, readonly string[]>, lockFile: string): LockCheck {
  const errors: string[] = [];
  const next: PassageLock = {};
  const moves = new Map<string, Map<string, string>>();
  const slugs = [...new Set([...Object.keys(lock), ...current.keys()])].sort();
  for (const slug of slugs) {
    const recorded = lock[slug] ?? { ids: [], moved: {} };
    const ids = current.get(slug);
    if (!ids) {
      errors.push(`${lockFile}: article "${slug}" was published but no longer exists; its passage links would break`);
      continue;
    }
    const present = new Set(ids);
    const articleMoves = new Map<string, string>();
    for (const from of Object.keys(recorded.moved)) {
      if (present.has(from)) errors.push(`${lockFile}: "${slug}" declares passage "${from}" moved, but it still exists`);
    }
    for (const id of recorded.ids) {
      if (present.has(id)) continue;
      const target = followMoves(id, recorded.moved);
      if (target && present.has(target)) articleMoves.set(id, target);
      else if (recorded.moved[id] !== undefined)
        errors.push(`${lockFile}: "${slug}" declares passage "${id}" moved to "${recorded.moved[id]}", which does not exist`);
      else
        errors.push(
          `published passage id "${id}" of article "${slug}" is gone: restore it, or declare where it moved in ${lockFile} ("moved": { "${id}": "<new id>" })`,
        );
    }
    moves.set(slug, articleMoves);
    const recordedSet = new Set(recorded.ids);
    next[slug] = { ids: [...recorded.ids, ...ids.filter((id) => !recordedSet.has(id))], moved: recorded.moved };
  }
  return { errors, next, moves };
}

function followMoves(id: string, moved: Record<string, string>): string | undefined {
  const visited = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && moved[current] !== undefined && !visited.has(current)) {
    visited.add(current);
    current = moved[current];
  }
  return current === id ? undefined : current;
}
