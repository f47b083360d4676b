/** How an edition's passage ids differ from the original's. */
export interface AlignmentProblem {
  kind: 'missing' | 'extra' | 'duplicate' | 'out-of-order';
  id: string;
}

/**
 * Compares an edition's passage ids with the original's: every id must be present once, in the
 * same order, and none added. Returns the problems, in the order a reader would meet them.
 */
export function alignmentProblems(original: readonly string[], edition: readonly string[]): AlignmentProblem[] {
  const problems: AlignmentProblem[] = [];
  const originalSet = new Set(original);
  const seen = new Set<string>();
  for (const id of edition) {
    if (seen.has(id)) problems.push({ kind: 'duplicate', id });
    else if (!originalSet.has(id)) problems.push({ kind: 'extra', id });
    seen.add(id);
  }
  const present = new Set(edition);
  for (const id of original) if (!present.has(id)) problems.push({ kind: 'missing', id });
  // Order: walk the ids both share; the first that breaks the original's order is out of order.
  const shared = [...new Set(edition)].filter((id) => originalSet.has(id));
  const expected = original.filter((id) => present.has(id));
  const firstOff = shared.findIndex((id, i) => id !== expected[i]);
  if (firstOff >= 0) problems.push({ kind: 'out-of-order', id: shared[firstOff] as string });
  return problems;
}

/** A one-line description of an alignment problem, naming the passage id. */
export function describeProblem(problem: AlignmentProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `passage "${problem.id}" of the original is missing`;
    case 'extra':
      return `passage "${problem.id}" is not in the original`;
    case 'duplicate':
      return `passage "${problem.id}" appears more than once`;
    case 'out-of-order':
      return `passage "${problem.id}" is out of order (the original's order must be kept)`;
  }
}
