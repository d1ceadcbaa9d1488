import { describe, expect, it } from 'vitest';
import { RETURN_PATHS, UPLOAD_REFUSED } from '../../functions/contract/service-contract.ts';
import { uploadRefusedFunctionCode } from '../../infra/cloudfront/upload-refused.ts';

interface Response {
  statusCode: number;
  statusDescription?: string;
  headers: Record<string, { value: string }>;
}

// The CloudFront Function is plain JavaScript with a global `handler`, as CloudFront runs it.
const handler = new Function(`${uploadRefusedFunctionCode()}\nreturn handler;`)() as (event: {
  request: { headers: Record<string, { value: string }> };
  response: Response;
}) => Response;

const SITE = 'https://forms.example.gov.uk';
const navigation = (referer: string) => ({
  'sec-fetch-mode': { value: 'navigate' },
  accept: { value: 'text/html,application/xhtml+xml' },
  referer: { value: referer },
});
const s3Answer = (statusCode: number): Response => ({
  statusCode,
  headers: { 'content-type': { value: 'application/xml' } },
});
const answer = (statusCode: number, headers: Record<string, { value: string }>) =>
  handler({ request: { headers }, response: s3Answer(statusCode) });

const english = RETURN_PATHS.action('evidence', 'en');
const welsh = RETURN_PATHS.action('evidence', 'cy');

describe('the upload behaviour’s viewer-response function (a file storage refused, sent without script)', () => {
  it('sends a page over the size range (or empty: S3’s 400) back to Add evidence, saying so', () => {
    const sent = answer(400, navigation(`${SITE}${english}`));
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location?.value).toBe(`${english}?${UPLOAD_REFUSED.param}=${UPLOAD_REFUSED.size}`);
    expect(sent.headers['cache-control']?.value).toBe('no-store');
  });

  it('sends the Welsh page back to the Welsh page', () => {
    expect(answer(400, navigation(`${SITE}${welsh}?ticket=x`)).headers.location?.value).toBe(
      `${welsh}?${UPLOAD_REFUSED.param}=${UPLOAD_REFUSED.size}`,
    );
  });

  it('says "try again" for anything else storage refused (the POST’s minutes over: 403)', () => {
    expect(answer(403, navigation(`${SITE}${english}`)).headers.location?.value).toBe(
      `${english}?${UPLOAD_REFUSED.param}=${UPLOAD_REFUSED.failed}`,
    );
  });

  it('goes only to the service’s own page, whatever the referrer says', () => {
    for (const referer of ['https://elsewhere.example/phish', `${SITE}/referral/`, ''])
      expect(answer(400, navigation(referer)).headers.location?.value).toMatch(new RegExp(`^${english}\\?`));
  });

  it('does the same for an older browser’s form navigation (no Sec-Fetch-Mode, asks for HTML)', () => {
    const headers = { accept: { value: 'text/html,*/*;q=0.8' }, referer: { value: `${SITE}${english}` } };
    expect(answer(400, headers).statusCode).toBe(303);
  });

  it('leaves the script’s upload and every success alone', () => {
    const script = { 'sec-fetch-mode': { value: 'cors' }, accept: { value: '*/*' } };
    expect(answer(400, script)).toEqual(s3Answer(400));
    expect(answer(403, {})).toEqual(s3Answer(403));
    for (const ok of [204, 303]) expect(answer(ok, navigation(`${SITE}${english}`))).toEqual(s3Answer(ok));
  });
});
