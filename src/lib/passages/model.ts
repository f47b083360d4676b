/** Inline content of a passage: what may appear inside a paragraph, heading or caption. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'term'; slug: string; explicit: boolean; children: Inline[] };

/** The kinds of citable block, one per MDX component (`<H>`, `<P>`, `<Quote>`, `<Figure>`, `<Footer>`). */
export const passageKinds = { H: 'heading', P: 'paragraph', Quote: 'quote', Figure: 'figure', Footer: 'footer' } as const;

/** A passage kind: heading, paragraph, quote, figure (its content is the caption) or footer line. */
export type PassageKind = (typeof passageKinds)[keyof typeof passageKinds];

/** One citable block of an edition, under its stable id. */
export interface Passage {
  /** The stable id written in the source file; the same in every edition. */
  id: string;
  kind: PassageKind;
  /** The id of the heading whose section holds this passage ('' before the first heading). */
  section: string;
  content: Inline[];
  /** The line of its component in the edition file, for messages. */
  line?: number;
}
