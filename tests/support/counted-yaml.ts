import type * as JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';

/**
 * yaml, with every parse of a document counted in `parses`: for tests that show a file's table of lines is not made
 * when nobody asks for it. Used from a vi.mock factory, which gives the module as imported and a counter made by vi.hoisted.
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

/** js-yaml, which reads every file's front matter, with each read counted in `loads`: for tests that show a file is not read again. */
export function countingLoads(jsYaml: typeof JsYaml, loads: { count: number }): typeof JsYaml {
  return {
    ...jsYaml,
    load: (...args: Parameters<typeof jsYaml.load>) => {
      loads.count += 1;
      return jsYaml.load(...args);
    },
  };
}
