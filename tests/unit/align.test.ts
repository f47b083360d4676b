import { describe, expect, it } from 'vitest';
import { alignmentProblems, describeProblem } from '../../src/lib/passages/align';

const original = ['a', 'b', 'c', 'd'];

describe('alignmentProblems', () => {
  it('accepts an edition with the same ids in the same order', () => {
    expect(alignmentProblems(original, ['a', 'b', 'c', 'd'])).toEqual([]);
  });
  it('names a missing passage', () => {
    expect(alignmentProblems(original, ['a', 'b', 'd'])).toEqual([{ kind: 'missing', id: 'c' }]);
  });
  it('names an extra passage', () => {
    expect(alignmentProblems(original, ['a', 'b', 'x', 'c', 'd'])).toEqual([{ kind: 'extra', id: 'x' }]);
  });
  it('names a duplicated passage', () => {
    expect(alignmentProblems(original, ['a', 'b', 'b', 'c', 'd'])).toEqual([{ kind: 'duplicate', id: 'b' }]);
  });
  it('names the first passage out of order', () => {
    expect(alignmentProblems(original, ['a', 'c', 'b', 'd'])).toEqual([{ kind: 'out-of-order', id: 'c' }]);
  });
  it('describes each problem with the passage id', () => {
    expect(describeProblem({ kind: 'missing', id: 'c' })).toContain('"c"');
    expect(describeProblem({ kind: 'out-of-order', id: 'c' })).toMatch(/"c" is out of order/);
  });
});
