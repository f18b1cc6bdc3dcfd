/**
 * What the shipped nginx site config tells browsers, read from the config itself. The template is the one
 * definition of the site's headers and types: nginx uses it in production and in the browser tests, and the
 * preview server (`npm start`) reads it here, so the two can never drift apart.
 */
export interface SiteRules {
  /** Headers sent with every answer, errors and redirects included, in the order the config lists them. */
  headers: (pathname: string) => [string, string][];
  /** Content-Type the config sets for a file name, where it sets one itself (extensions stock MIME maps get wrong). */
  typeFor: (file: string) => string | undefined;
  /** Types nginx adds "; charset=utf-8" to. */
  charsetTypes: ReadonlySet<string>;
}

const ADD_HEADER = /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\$\w+))\s+always;/gm;
const MAP_BLOCK = /^map\s+\$uri\s+(\$\w+)\s*\{([^}]*)\}/gm;
const MAP_ENTRY = /^\s*(~\S+|default)\s+"([^"]*)";/gm;
const TYPE_LOCATION = /location\s+~\s+(\S+)\s*\{\s*types\s*\{\s*\}\s*default_type\s+([\w.+/-]+);[^{}]*\}/g;
const CHARSET_TYPES = /^\s*charset_types\s+([^;]+);/m;

/** A `map $uri $name { ~regex "value"; default "value"; }` block as a function of the path. */
function mapLookup(body: string): (pathname: string) => string {
  const entries = [...body.matchAll(MAP_ENTRY)].map(([, key = '', value = '']) => ({ key, value }));
  const fallback = entries.find((entry) => entry.key === 'default')?.value;
  const patterns = entries
    .filter((entry) => entry.key !== 'default')
    .map((entry) => ({ pattern: new RegExp(entry.key.slice(1)), value: entry.value }));
  return (pathname) => {
    const found = patterns.find((entry) => entry.pattern.test(pathname))?.value ?? fallback;
    if (found === undefined) throw new Error(`The nginx map has no value for ${pathname} and no default`);
    return found;
  };
}

/** Reads the headers, the per-extension types and the charset types out of deploy/nginx/site.conf.template. */
export function readSiteRules(template: string): SiteRules {
  const maps = new Map([...template.matchAll(MAP_BLOCK)].map(([, name = '', body = '']) => [name, mapLookup(body)]));
  const rules = [...template.matchAll(ADD_HEADER)].map(([, name = '', value, variable]) => {
    if (value !== undefined) return { name, value: () => value };
    const lookup = maps.get(variable ?? '');
    if (!lookup) throw new Error(`The nginx template sends ${name} from ${variable ?? '?'}, which no "map $uri" block defines`);
    return { name, value: lookup };
  });
  if (rules.length === 0) throw new Error('The nginx template sends no headers with "add_header … always;"');
  const types = [...template.matchAll(TYPE_LOCATION)].map(([, pattern = '', type = '']) => ({ pattern: new RegExp(pattern), type }));
  const charsetTypes = new Set(['text/html', ...(CHARSET_TYPES.exec(template)?.[1]?.trim().split(/\s+/) ?? [])]);
  return {
    headers: (pathname) => rules.map((rule) => [rule.name, rule.value(pathname)]),
    typeFor: (file) => types.find((entry) => entry.pattern.test(file))?.type,
    charsetTypes,
  };
}
