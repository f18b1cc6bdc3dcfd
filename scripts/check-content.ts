import { contentDir } from './content/paths.ts';
import { formatProblems } from './content/problems.ts';
import { validateContent } from './content/validate.ts';

const { dataset, problems } = validateContent(contentDir());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content OK: ${dataset.sources.length} sources, ${dataset.outcomes.length} outcome records, ${dataset.patients.length} patient rows.`,
);
