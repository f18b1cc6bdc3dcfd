// The citation-js packages and citeproc ship no type declarations; these cover the calls the review makes.
declare module '@citation-js/core' {
  /** An item in CSL-JSON as citation-js reads it. */
  export interface CslData {
    id: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
    format(format: 'bibtex', options?: { format: 'text' }): string;
    format(format: 'bibtex', options: { format: 'object' }): { type: string; label: string; properties: Record<string, string> }[];
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    /** The items as citation-js reads them, in CSL-JSON. */
    data: CslData[];
  }
  /** citation-js's register of named things (util.Register): not a Map, though it looks up like one. */
  interface Register<T> {
    get(name: string): T | undefined;
  }
  /** plugin-csl's configuration: the style files and locales it ships, by name. */
  export const plugins: { config: { get(name: '@csl'): { styles: Register<string>; locales: Register<string> } } };
}
declare module 'citeproc' {
  export interface CslEngine {
    setOutputFormat(format: 'text'): void;
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    /** Sets the items of the bibliography; with `nosort`, in the order given. Returns their ids in order. */
    updateItems(ids: string[], nosort?: boolean): string[];
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
  }
  interface Sys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  const CSL: { Engine: new (sys: Sys, style: string | undefined, lang: string, forceLang: boolean) => CslEngine };
  export default CSL;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
