/** What the security.txt file is written from. */
export interface SecurityTxtInput {
  site: URL;
  /** Configured contact address; without one there is no security.txt to write. */
  email: string;
  /** YYYY-MM-DD: newest source review date. */
  lastReviewed: string;
  /** Months until the next scheduled review. */
  reviewIntervalMonths: number;
}

/**
 * RFC 9116 fields. The file expires when the next review is due, so a review left unmaintained
 * stops vouching for its contact details instead of pointing at them forever.
 */
export function securityTxt(input: SecurityTxtInput): string {
  const expires = new Date(`${input.lastReviewed}T00:00:00Z`);
  expires.setUTCMonth(expires.getUTCMonth() + input.reviewIntervalMonths);
  const contactPage = new URL('/contact/', input.site).href;
  return [
    `Contact: mailto:${input.email}`,
    `Contact: ${contactPage}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Policy: ${contactPage}`,
    'Preferred-Languages: en',
    `Canonical: ${new URL('/.well-known/security.txt', input.site).href}`,
    '',
  ].join('\n');
}
