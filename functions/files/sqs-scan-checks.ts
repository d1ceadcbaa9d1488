import { SqsCall, type SqsPlace } from '../storage/sqs-call.ts';
import type { ScanCheckMessage, ScanChecks } from './scan-checks.ts';

/**
 * The scan checks on SQS: one SendMessage to a queue whose delivery delay is
 * SCAN_CHECK.delaySeconds (the stack sets it, so the delay has one home). A send that fails fails
 * the claim's stream record, which is tried again.
 */
export class SqsScanChecks implements ScanChecks {
  private readonly sqs: SqsCall;
  private readonly queueUrl: string;

  constructor(queueUrl: string, place: SqsPlace) {
    this.queueUrl = queueUrl;
    this.sqs = new SqsCall(place);
  }

  async later(message: ScanCheckMessage): Promise<void> {
    await this.sqs.call('SendMessage', { QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) });
  }
}
