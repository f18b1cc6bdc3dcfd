import { stepLog } from './build/step-log.ts';
import { runContentGate } from './content/gate.ts';

// `npm run check:content`, and the first step of `npm run build` (scripts/build/site.ts).
if (!runContentGate(stepLog('content-gate'))) process.exit(1);
