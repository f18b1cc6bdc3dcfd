// The citation-js packages ship no type declarations; these cover the calls the review makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
    format(format: 'bibtex', options?: { format: 'text' }): string;
    format(format: 'bibtex', options: { format: 'object' }): { type: string; label: string; properties: Record<string, string> }[];
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
