import { describe, expect, it } from 'vitest';
import { checkLock } from '../../src/lib/passages/lock';

const lockFile = 'content/passages.lock.json';

describe('checkLock', () => {
  it('records new ids after the published ones', () => {
    const result = checkLock({ art: { ids: ['a', 'b'], moved: {} } }, new Map([['art', ['a', 'new', 'b']]]), lockFile);
    expect(result.errors).toEqual([]);
    expect(result.next).toEqual({ art: { ids: ['a', 'b', 'new'], moved: {} } });
  });
  it('fails when a published id disappears without a declared move, naming the id', () => {
    const result = checkLock({ art: { ids: ['a', 'b'], moved: {} } }, new Map([['art', ['a']]]), lockFile);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/published passage id "b" of article "art" is gone/);
  });
  it('keeps a moved id working: its links lead to the passage it moved to', () => {
    const result = checkLock({ art: { ids: ['a', 'b'], moved: { b: 'c' } } }, new Map([['art', ['a', 'c']]]), lockFile);
    expect(result.errors).toEqual([]);
    expect(result.moves.get('art')).toEqual(new Map([['b', 'c']]));
    expect(result.next['art']?.ids).toEqual(['a', 'b', 'c']);
  });
  it('follows a chain of moves to the current id', () => {
    const result = checkLock({ art: { ids: ['a', 'b', 'c'], moved: { a: 'b', b: 'd' } } }, new Map([['art', ['c', 'd']]]), lockFile);
    expect(result.errors).toEqual([]);
    expect(result.moves.get('art')).toEqual(
      new Map([
        ['a', 'd'],
        ['b', 'd'],
      ]),
    );
  });
  it('fails when a move points to an id that does not exist', () => {
    const result = checkLock({ art: { ids: ['a', 'b'], moved: { b: 'zzz' } } }, new Map([['art', ['a']]]), lockFile);
    expect(result.errors[0]).toMatch(/moved to "zzz", which does not exist/);
  });
  it('fails when a published article disappears', () => {
    const result = checkLock({ art: { ids: ['a'], moved: {} } }, new Map(), lockFile);
    expect(result.errors[0]).toMatch(/article "art" was published but no longer exists/);
  });
});
