/**
 * The passage a reader is at: the first whose box reaches below the sticky header's bottom edge
 * (`top` values in viewport pixels, in document order). Undefined when none does.
 */
export function passageAtTop(boxes: readonly { id: string; bottom: number }[], headerBottom: number): string | undefined {
  return boxes.find((box) => box.bottom > headerBottom + 8)?.id;
}

/** A link's href with `#id` appended (replacing any fragment it had). */
export function withFragment(href: string, id: string | undefined): string {
  const base = href.replace(/#.*$/, '');
  return id ? `${base}#${id}` : base;
}
