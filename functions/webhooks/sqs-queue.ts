import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { Sha256 } from '../storage/audit-archive-bucket.ts';
import type { DeliveryMessage } from './deliver.ts';
import type { DeliveryQueue } from './fan-out.ts';

export interface SqsQueueOptions {
  readonly queueUrl: string;
  readonly region: string;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  readonly fetch?: typeof fetch;
}

/** SendMessageBatch takes at most ten messages. */
const BATCH = 10;

/**
 * The delivery queue on SQS, through two signed calls of its JSON protocol (Signature Version 4,
 * the SDK's own signer, as the audit archive puts to S3): the functions need nothing else of SQS,
 * and the project carries no SQS client. Any message SQS did not take fails the call, so the
 * stream tries the record again (a message taken twice is the same event id: receivers dedupe).
 */
export class SqsDeliveryQueue implements DeliveryQueue {
  private readonly signer: SignatureV4;
  private readonly options: SqsQueueOptions;
  private readonly fetch: typeof fetch;

  constructor(options: SqsQueueOptions) {
    this.options = options;
    this.fetch = options.fetch ?? fetch;
    this.signer = new SignatureV4({
      service: 'sqs',
      region: options.region,
      credentials: options.credentials,
      sha256: Sha256,
    });
  }

  async send(messages: readonly DeliveryMessage[]): Promise<void> {
    for (let i = 0; i < messages.length; i += BATCH) {
      const entries = messages
        .slice(i, i + BATCH)
        .map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m) }));
      const answer = (await this.call('SendMessageBatch', {
        QueueUrl: this.options.queueUrl,
        Entries: entries,
      })) as {
        Failed?: { Code?: string }[];
      };
      if (answer.Failed?.length) {
        throw new Error(
          `SQS did not take ${answer.Failed.length} message(s) (${answer.Failed[0]?.Code ?? 'no code'})`,
        );
      }
    }
  }

  /** The message comes back after `seconds` (at most 12 hours, SQS's limit). */
  async retryLater(receiptHandle: string, seconds: number): Promise<void> {
    await this.call('ChangeMessageVisibility', {
      QueueUrl: this.options.queueUrl,
      ReceiptHandle: receiptHandle,
      VisibilityTimeout: Math.min(seconds, 12 * 60 * 60),
    });
  }

  private async call(action: string, input: object): Promise<unknown> {
    const hostname = `sqs.${this.options.region}.amazonaws.com`;
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
