import Fig from './Fig.astro';
import PlainLanguage from './PlainLanguage.astro';
import type { MdxComponentName } from './mdx-names.ts';

/** What every page that renders an MDX body passes as `components`: one entry per allowed name, no more. */
export const mdxComponents = { Fig, PlainLanguage } satisfies Record<MdxComponentName, unknown>;
