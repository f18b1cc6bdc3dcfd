import type * as Yaml from 'yaml';

/**
 * yaml, with every parse of a document counted in `parses`: for tests that show front matter is not parsed when it
 * need not be. Used from a vi.mock factory, which gives the module as imported and a counter made by vi.hoisted.
 */
export function countingParses(yaml: typeof Yaml, parses: { count: number }): typeof Yaml {
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count += 1;
      return yaml.parseDocument(...args);
    },
  };
}
