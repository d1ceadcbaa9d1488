import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SqsCall } from '../storage/sqs-call.ts';
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
 * The delivery queue on SQS, through two signed calls of its JSON protocol (storage/sqs-call.ts):
 * the functions need nothing else of SQS, and the project carries no SQS client. Any message SQS
 * did not take fails the call, so the stream tries the record again (a message taken twice is the
 * same event id: receivers dedupe).
 */
export class SqsDeliveryQueue implements DeliveryQueue {
  private readonly sqs: SqsCall;
  private readonly options: SqsQueueOptions;

  constructor(options: SqsQueueOptions) {
    this.options = options;
    this.sqs = new SqsCall(options);
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

  private call(action: string, input: object): Promise<unknown> {
    return this.sqs.call(action, input);
  }
}
