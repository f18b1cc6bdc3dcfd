import type { MdxComponentName } from '../../scripts/content/mdx-components.ts';
import Fig from './Fig.astro';
import PlainLanguage from './PlainLanguage.astro';

/** What every MDX body is rendered with: the gate allows exactly these names. */
export const MDX_COMPONENTS = { Fig, PlainLanguage } satisfies Record<MdxComponentName, unknown>;
