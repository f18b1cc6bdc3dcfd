/** One page of each kind: "/sources/a/" and "/sources/b/" are both "sources-page", "/sources/" is "sources". */
export function pageTypeName(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  if (segments.length === 1) return segments[0]!.replace(/\.html$/, '');
  return `${segments[0]}-page`;
}

/** The first page (in path order) of each kind, keyed by kind. */
export function pageTypeExamples(pathnames: readonly string[]): Map<string, string> {
  const examples = new Map<string, string>();
  for (const pathname of [...pathnames].sort()) {
    const type = pageTypeName(pathname);
    if (!examples.has(type)) examples.set(type, pathname);
  }
  return examples;
}
