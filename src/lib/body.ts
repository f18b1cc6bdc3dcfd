import { createBodyRenderer } from '../../scripts/render/mdx-body.ts';
import { getOutcomesById, getSourcesById, once } from './data.ts';
import { getGlossary } from './guide.ts';

const getBodyRenderer = once(async () => {
  const [terms, sources, outcomes] = await Promise.all([getGlossary(), getSourcesById(), getOutcomesById()]);
  const render = createBodyRenderer(terms);
  const found =
    <T>(records: ReadonlyMap<string, T>, kind: string, file: string) =>
    (id: string) => {
      const record = records.get(id);
      if (!record) throw new Error(`${file}: no ${kind} has id "${id}"`);
      return record;
    };
  return (body: string, file: string, pagePath: string) =>
    render(body, { file, pagePath, source: found(sources, 'source', file), outcome: found(outcomes, 'outcome record', file) });
});

/** The HTML of a source, question or treatment page's body, as shown on the page at `pagePath`. */
export async function bodyHtml(
  entry: { id: string; body?: string | undefined; filePath?: string | undefined },
  pagePath: string,
): Promise<string> {
  return (await getBodyRenderer())(entry.body ?? '', entry.filePath ?? entry.id, pagePath);
}
