import { randomUUID } from 'node:crypto';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';

/** A referral POSTed through API Gateway (HTTP API, payload 2.0), as the submit function receives it. */
export const referralEvent = () => {
  const path = '/api/forms/referral';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      timeEpoch: Date.now(),
    },
    body: JSON.stringify({ ...VALID_ANSWERS.referral, submissionToken: randomUUID() }),
    isBase64Encoded: false,
  };
};
