import { describe, expect, it } from 'vitest';
import { arrowTarget } from '../../src/lib/search/keys';

describe('arrow keys on the search page', () => {
  it('go down from the search box through the results, stopping at the last', () => {
    expect(arrowTarget('ArrowDown', -1, 3)).toBe(0);
    expect(arrowTarget('ArrowDown', 1, 3)).toBe(2);
    expect(arrowTarget('ArrowDown', 2, 3)).toBe(2);
  });

  it('go up through the results and from the first back to the search box, and no further', () => {
    expect(arrowTarget('ArrowUp', 2, 3)).toBe(1);
    expect(arrowTarget('ArrowUp', 0, 3)).toBe(-1);
    expect(arrowTarget('ArrowUp', -1, 3)).toBeUndefined();
  });

  it('leave every other key, and a page without results, to the browser', () => {
    expect(arrowTarget('ArrowDown', -1, 0)).toBeUndefined();
    for (const key of ['Enter', 'Tab', 'ArrowLeft', 'a']) expect(arrowTarget(key, 0, 3)).toBeUndefined();
  });
});
