/**
 * Limits the content check applies. A passage longer than `maxPassageLength` characters (code
 * points of its plain text) gets a warning naming it: a passage is what a reader cites and a card
 * quotes, and one that long is usually two paragraphs run together.
 */
export const contentLimits = {
  maxPassageLength: 1200,
};
