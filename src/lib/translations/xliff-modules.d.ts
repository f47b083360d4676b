// The xliff package ships no types: what this project uses of its JS form (see its README).
declare module 'xliff/js2xliff' {
  /** The XLIFF document of a JS resource object. */
  export default function js2xliff(obj: import('./xliff').XliffDocument, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff2js' {
  /** The JS resource object of an XLIFF 2.0 document (inline codes as objects). */
  export default function xliff2js(xml: string): Promise<import('./xliff').XliffDocument>;
}
