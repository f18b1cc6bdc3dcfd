// @types/js-yaml 4.0.9 leaves out the types js-yaml 4 exports for its own schemas, which the gate's schema reuses
// (front-matter.ts).
import type { Type } from 'js-yaml';

declare module 'js-yaml' {
  export const types: Readonly<Record<'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', Type>>;
}
