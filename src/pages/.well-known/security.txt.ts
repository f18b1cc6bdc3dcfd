import type { APIRoute } from 'astro';
import { getNewestReview } from '../../lib/data.ts';
import { CONTACT_EMAIL, REVIEW_INTERVAL_MONTHS } from '../../lib/site.ts';
import { securityTxt } from '../../../scripts/citation/security-txt.ts';

/** RFC 9116 contact file, pointing at the correction page (and the configured address, if any). */
export const GET: APIRoute = async ({ site }) => {
  const lastReviewed = await getNewestReview();
  const text = securityTxt({
    site: site ?? new URL('http://localhost/'),
    email: CONTACT_EMAIL,
    lastReviewed,
    reviewIntervalMonths: REVIEW_INTERVAL_MONTHS,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
