import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { SCAN_CHECK } from '../functions/contract/service-contract.ts';
import type { ScanCheckMessage, ScanChecks } from '../functions/files/scan-checks.ts';
import { sqsRecord } from './sqs-record.ts';

interface Held {
  id: string;
  body: string;
  receiveCount: number;
  /** Epoch ms: when it can be handed over (first after the queue's delivery delay). */
  visibleAt: number;
}

/**
 * The twin's stand-in for the scan-check queue (SQS), on the twin's clock, with the rules the
 * stack gives it: a message is handed over SCAN_CHECK.delaySeconds after it was sent, hidden for
 * the visibility timeout while being looked at, and parked after SCAN_CHECK.attempts (on AWS, to
 * file processing's failure queue). Held in memory: a restarted twin forgets what was waiting.
 */
export class LocalScanCheckQueue implements ScanChecks {
  private readonly held: Held[] = [];
  readonly parked: ScanCheckMessage[] = [];
  private readonly now: () => Date;

  constructor(now: () => Date) {
    this.now = now;
  }

  async later(message: ScanCheckMessage): Promise<void> {
    this.held.push({
      id: randomUUID(),
      body: JSON.stringify(message),
      receiveCount: 0,
      visibleAt: this.now().getTime() + SCAN_CHECK.delaySeconds * 1000,
    });
  }

  get waiting(): number {
    return this.held.length;
  }

  /** Hands every message now due to the handler in one batch, as the event source mapping would. */
  async deliverDue(handler: (event: SQSEvent) => Promise<SQSBatchResponse>): Promise<number> {
    const now = this.now().getTime();
    const due = this.held.filter((h) => h.visibleAt <= now).slice(0, 10);
    if (due.length === 0) return 0;
    for (const h of due) {
      h.receiveCount += 1;
      h.visibleAt = now + SCAN_CHECK.visibilityTimeoutSeconds * 1000;
    }
    const response = await handler({ Records: due.map(record) });
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    for (const h of due) {
      if (failed.has(h.id) && h.receiveCount < SCAN_CHECK.attempts) continue;
      this.held.splice(this.held.indexOf(h), 1);
      if (failed.has(h.id)) this.parked.push(JSON.parse(h.body) as ScanCheckMessage);
    }
    return due.length;
  }
}

const record = (h: Held): SQSRecord => sqsRecord(h, 'twin-scan-checks');
