import { z } from 'astro/zod';
import packageJson from '../../package.json' with { type: 'json' };

/** The review's name: page titles, the corporate author of page citations, Open Graph and JSON-LD. */
export const SITE_NAME = 'Liver Metastasis Surgery: an evidence review';

/** Release of the review, cited with every page so a reader can tell which text they quoted. */
export const SITE_VERSION: string = packageJson.version;

/** Every source is checked against its original at least this often; security.txt expires on the same cycle. */
export const REVIEW_INTERVAL_MONTHS = 12;

/**
 * Address that takes correction reports, set per deployment (LMS_CONTACT_EMAIL) because the review
 * publishes none of its own; a malformed address stops the build rather than printing a dead link.
 */
export const CONTACT_EMAIL: string | undefined = z
  .email({ error: 'LMS_CONTACT_EMAIL must be an email address' })
  .optional()
  .parse(process.env.LMS_CONTACT_EMAIL || undefined);
