/**
 * Terms for the review's own compilation of figures (the downloads and the tables built from them).
 * The figures themselves are facts reported by the sources; each source keeps its own licence, shown on its page.
 */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  /** SPDX identifier, which data package readers match licences by. */
  spdx: 'CC-BY-4.0',
  href: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
