/** The size of every Open Graph card, in pixels (the size social networks expect). */
export const cardSize = { width: 1200, height: 630 } as const;
