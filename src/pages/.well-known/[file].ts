import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewestReview } from '../../lib/data.ts';
import { CONTACT_EMAIL, REVIEW_INTERVAL_MONTHS } from '../../lib/site.ts';
import { securityTxt } from '../../../scripts/citation/security-txt.ts';

/**
 * RFC 9116 requires a Contact; a deployment with no configured address (LMS_CONTACT_EMAIL) has none to
 * give, so it publishes no security.txt rather than one pointing at a page that says there is no address.
 */
export const getStaticPaths = (() =>
  CONTACT_EMAIL ? [{ params: { file: 'security.txt' }, props: { email: CONTACT_EMAIL } }] : []) satisfies GetStaticPaths;

/** The configured address first, then the correction page that shows the same address. */
export const GET: APIRoute<{ email: string }> = async ({ site, props }) => {
  const lastReviewed = await getNewestReview();
  const text = securityTxt({
    site: site ?? new URL('http://localhost/'),
    email: props.email,
    lastReviewed,
    reviewIntervalMonths: REVIEW_INTERVAL_MONTHS,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
