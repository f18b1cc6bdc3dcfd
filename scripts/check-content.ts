import { contentDir } from './content/paths.ts';
import { formatProblems } from './content/problems.ts';
import { validateContent } from './content/validate.ts';

const { dataset, problems, quotes } = validateContent(contentDir());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content OK: ${dataset.sources.length} sources, ${dataset.outcomes.length} outcome records, ${dataset.patients.length} patient rows.`,
);
console.log(`${quotes.verified} quotes found in their sources' texts.`);
if (quotes.unverified > 0)
  console.warn(`${quotes.unverified} quotes not verified: ${quotes.missingTexts.join(', ')} missing (set LMS_SOURCE_TEXTS_DIR).`);
