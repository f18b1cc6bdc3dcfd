import { timeSince, type StepLog } from '../build/step-log.ts';
import { contentDir } from './paths.ts';
import { formatProblems } from './problems.ts';
import { validateContent } from './validate.ts';
import { sourceTextsDir } from '../source-texts/folder.ts';

/** Where the gate reports: Astro's integration logger, or the build's step log (scripts/build/step-log.ts). */
export interface GateLog extends StepLog {
  error(message: string): void;
}

/**
 * Checks every record (schemas, cross-record rules, each quote against its source's text) and reports what it
 * found: the list of problems, or what was checked. True when the content may be built.
 */
export function runContentGate(log: GateLog): boolean {
  const started = performance.now();
  const { dataset, problems, quotes } = validateContent(contentDir());
  if (problems.length > 0) {
    log.error(formatProblems(problems));
    return false;
  }
  log.info(
    `${dataset.sources.length} sources, ${dataset.outcomes.length} outcome records, ${dataset.patients.length} patient rows checked ${timeSince(started)}`,
  );
  log.info(`${quotes.verified} quotes found in their sources' texts`);
  if (quotes.unverified > 0) {
    log.warn(
      `${quotes.unverified} quotes could not be verified: ${quotes.missingTexts.join(', ')} not found in ${sourceTextsDir()} (set LMS_SOURCE_TEXTS_DIR)`,
    );
  }
  return true;
}
