/** Fills `{name}` placeholders of a UI string (in the build and in the browser); throws when a placeholder has no value. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for placeholder {${name}} in "${template}"`);
    return String(value);
  });
}
