/**
 * Where focus goes when the reader presses `key` on the search page, from `current` (-1: the
 * search box; 0 and up: the results, `count` of them): down to the next result (staying on the
 * last), up to the previous one and from the first back to the box; undefined when the key does
 * nothing here (the browser keeps its own behaviour: Enter opens the focused result's link).
 */
export function arrowTarget(key: string, current: number, count: number): number | undefined {
  if (key === 'ArrowDown') return count === 0 ? undefined : Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current < 0 ? undefined : current - 1;
  return undefined;
}
