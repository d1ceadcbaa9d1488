import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { Sha256 } from './audit-archive-bucket.ts';

export interface SqsPlace {
  readonly region: string;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  readonly fetch?: typeof fetch;
}

/**
 * One call of SQS's JSON protocol, signed (Signature Version 4, the SDK's own signer, as the audit
 * archive puts to S3): the functions need only SendMessage(Batch) and ChangeMessageVisibility of
 * SQS, and the project carries no SQS client. Used by the webhooks' delivery queue and evidence's
 * scan checks.
 */
export class SqsCall {
  private readonly signer: SignatureV4;
  private readonly place: SqsPlace;
  private readonly fetch: typeof fetch;

  constructor(place: SqsPlace) {
    this.place = place;
    this.fetch = place.fetch ?? fetch;
    this.signer = new SignatureV4({
      service: 'sqs',
      region: place.region,
      credentials: place.credentials,
      sha256: Sha256,
    });
  }

  async call(action: string, input: object): Promise<unknown> {
    const hostname = `sqs.${this.place.region}.amazonaws.com`;
    const body = JSON.stringify(input);
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: 'https:',
      hostname,
      path: '/',
      query: {},
      headers: {
        host: hostname,
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `AmazonSQS.${action}`,
      },
      body,
    });
    const { host: _host, ...headers } = signed.headers;
    const response = await this.fetch(`https://${hostname}/`, { method: 'POST', headers, body });
    const text = await response.text();
    if (!response.ok) {
      // SQS's error type says why (AccessDenied, QueueDoesNotExist); nothing of the message is logged.
      const type = /"__type"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? 'no error type';
      throw new Error(`SQS refused ${action}: ${response.status} (${type})`);
    }
    return text ? JSON.parse(text) : {};
  }
}
