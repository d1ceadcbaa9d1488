import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { WEBHOOK_ATTEMPTS, WEBHOOK_DELIVERY } from '../functions/contract/webhooks.ts';
import type { DeliveryMessage } from '../functions/webhooks/deliver.ts';
import type { DeliveryQueue } from '../functions/webhooks/fan-out.ts';
import { sqsRecord } from './sqs-record.ts';

interface Held {
  id: string;
  body: string;
  receiveCount: number;
  /** Epoch ms: when it can be handed over again. */
  visibleAt: number;
  receiptHandle: string;
}

export interface LocalWebhookQueueOptions {
  now: () => Date;
  /** Told when a message is parked after its last attempt (SQS: moved to the failure queue). */
  onParked?: (message: DeliveryMessage) => void;
}

/**
 * The twin's stand-in for the SQS delivery queue and its failure queue, on the twin's clock, with
 * SQS's rules as the stack sets them: a message handed over is hidden for the visibility timeout
 * (or the wait the function gives it), counts its receives, and is parked after WEBHOOK_ATTEMPTS.
 * Held in memory: a twin restarted forgets what was queued (AWS keeps it 14 days).
 */
export class LocalWebhookQueue implements DeliveryQueue {
  private readonly held: Held[] = [];
  readonly parked: DeliveryMessage[] = [];
  private readonly options: LocalWebhookQueueOptions;

  constructor(options: LocalWebhookQueueOptions) {
    this.options = options;
  }

  async send(messages: readonly DeliveryMessage[]): Promise<void> {
    const at = this.options.now().getTime();
    for (const m of messages) {
      this.held.push({
        id: randomUUID(),
        body: JSON.stringify(m),
        receiveCount: 0,
        visibleAt: at,
        receiptHandle: '',
      });
    }
  }

  /** As ChangeMessageVisibility: the message comes back `seconds` from now. */
  async retryLater(receiptHandle: string, seconds: number): Promise<void> {
    const message = this.held.find((h) => h.receiptHandle === receiptHandle);
    if (message) message.visibleAt = this.options.now().getTime() + seconds * 1000;
  }

  /** Moves every parked message back to the queue (as SQS's re-drive does), fresh. */
  async redrive(): Promise<number> {
    const moved = this.parked.splice(0);
    await this.send(moved);
    return moved.length;
  }

  get waiting(): number {
    return this.held.length;
  }

  /**
   * Hands every message now visible to the handler in one batch, as the event source mapping
   * would; deletes the delivered, and parks those that have had their last attempt.
   */
  async deliverDue(handler: (event: SQSEvent) => Promise<SQSBatchResponse>): Promise<number> {
    const now = this.options.now().getTime();
    const due = this.held.filter((h) => h.visibleAt <= now).slice(0, 10);
    if (due.length === 0) return 0;
    for (const h of due) {
      h.receiveCount += 1;
      h.receiptHandle = randomUUID();
      h.visibleAt = now + WEBHOOK_DELIVERY.visibilityTimeoutSeconds * 1000;
    }
    const records = due.map((h) => this.record(h));
    const response = await handler({ Records: records });
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    for (const h of due) {
      if (!failed.has(h.id)) this.remove(h);
      else if (h.receiveCount >= WEBHOOK_ATTEMPTS) {
        this.remove(h);
        const message = JSON.parse(h.body) as DeliveryMessage;
        this.parked.push(message);
        this.options.onParked?.(message);
      }
    }
    return due.length;
  }

  private remove(h: Held): void {
    this.held.splice(this.held.indexOf(h), 1);
  }

  private record(h: Held): SQSRecord {
    return sqsRecord(h, 'twin-webhooks');
  }
}
