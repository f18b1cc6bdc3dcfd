import type { AstroIntegration } from 'astro';
import { contentDir } from '../../scripts/content/paths.ts';
import { formatProblems } from '../../scripts/content/problems.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { sourceTextsDir } from '../../scripts/source-texts/folder.ts';
import { timeSince } from '../../scripts/build/step-log.ts';

/**
 * Checks every record before Astro writes a page, so bad content stops the build with
 * file, field and reason instead of leaving a partial site behind.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const { dataset, problems, quotes } = validateContent(contentDir());
        if (problems.length > 0) {
          // A thrown error would bury the list under Astro's "unhandled error" banner and a stack trace of this
          // hook; the list is the whole story, so print it and stop.
          logger.error(formatProblems(problems));
          process.exit(1);
        }
        logger.info(
          `${dataset.sources.length} sources, ${dataset.outcomes.length} outcome records, ${dataset.patients.length} patient rows checked ${timeSince(started)}`,
        );
        logger.info(`${quotes.verified} quotes found in their sources' texts`);
        if (quotes.unverified > 0) {
          logger.warn(
            `${quotes.unverified} quotes could not be verified: ${quotes.missingTexts.join(', ')} not found in ${sourceTextsDir()} (set LMS_SOURCE_TEXTS_DIR)`,
          );
        }
      },
    },
  };
}
