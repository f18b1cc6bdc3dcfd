import { describe, expect, it } from 'vitest';
import { pageTypeExamples, pageTypeName } from '../support/page-types.ts';

describe('page types', () => {
  it('names a page by its section and depth', () => {
    expect(pageTypeName('/')).toBe('home');
    expect(pageTypeName('/sources/')).toBe('sources');
    expect(pageTypeName('/sources/nelm-review-2012/')).toBe('sources-page');
    expect(pageTypeName('/compare/survival/five-years/')).toBe('compare-page');
    expect(pageTypeName('/404.html')).toBe('404');
  });

  it('keeps the first page of each type', () => {
    const examples = pageTypeExamples(['/sources/b/', '/', '/sources/a/', '/sources/', '/about/']);
    expect(Object.fromEntries(examples)).toEqual({ home: '/', about: '/about/', sources: '/sources/', 'sources-page': '/sources/a/' });
  });
});
