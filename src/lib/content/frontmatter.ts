import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './errors';

/** An edition file cut in two: its YAML frontmatter and its body, with the lines above the body. */
export interface SplitFile {
  frontmatter: string;
  body: string;
  /** Lines above the body (`---`, the frontmatter, `---`). */
  lineOffset: number;
}

/** Splits an MDX file into its YAML frontmatter and its body, counting the lines above the body. */
export function splitFrontmatter(source: string, file: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new ContentError({ file, line: 1, column: 1 }, 'has no frontmatter (--- … ---) at the top: start the file with it');
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

/** Parses frontmatter YAML, returning its value and the file line of each top-level field (the frontmatter starts on line 2). */
export function parseFrontmatter(frontmatter: string, file: string): { value: unknown; fieldLines: Record<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = error.linePos?.[0] ?? { line: 1, col: 1 };
    throw new ContentError({ file, line: line + 1, column: col }, `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const fieldLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) fieldLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + 1;
    }
  }
  return { value: doc.toJS(), fieldLines };
}
