import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { passesNotifyFilter, passesUpdateFilter } from '../functions/contract/service-contract.ts';
import { referenceOf } from './batch-delivery.ts';

type Image = Record<string, AttributeValue> | undefined;

/**
 * Whether a submission's image shows every email it needs sent: the team's, and the person's
 * confirmation where one is due. The rule `npm run ops -- pending` applies: records from before
 * confirmationDue existed lack it and owe none.
 */
export const emailsDone = (image: Image): boolean =>
  Boolean(image?.teamNotifiedAt?.S) &&
  (image?.confirmationDue?.BOOL !== true ||
    Boolean(image?.confirmationSentAt?.S) ||
    Boolean(image?.confirmationWithheldAt?.S)) &&
  updatesDone(image);

/** Slice 21-team: the team told of every addition, and a Case Review notice sent or withheld. */
const updatesDone = (image: Image): boolean =>
  (image?.additions?.L?.length ?? 0) <= Number(image?.additionsNotified?.N ?? 0) &&
  (!image?.caseReviewNoticeAt?.S ||
    Boolean(image?.caseReviewNoticeSentAt?.S) ||
    Boolean(image?.caseReviewNoticeWithheldAt?.S));

/**
 * A shard read from its oldest record with no saved position (a first start over older data): the
 * earlier submissions still owing an email, found from the stream alone. Every change to an item
 * follows its INSERT in the stream, and the notifier marks each email it sends on the item (a
 * MODIFY whose new image says so), so a submission whose later image shows its emails sent, or
 * that was removed (erased, expired), is skipped without asking the table or the handler. What is
 * left goes to the handler, which reads the item fresh before sending anything.
 */
export class StreamBacklog {
  private readonly owing = new Map<string, DynamoDBRecord>();
  /** Submissions read. */
  read = 0;

  /** Takes the next page of the shard, every record of it (not only what the filter lets through). */
  take(records: readonly DynamoDBRecord[]): void {
    for (const record of records) {
      const reference = referenceOf(record);
      if (!reference) continue;
      if (passesNotifyFilter(record)) {
        this.read += 1;
        if (!emailsDone(record.dynamodb?.NewImage)) this.owing.set(reference, record);
      } else if (passesUpdateFilter(record) && !emailsDone(record.dynamodb?.NewImage)) {
        this.owing.set(reference, record); // An addition since: its update email is owed.
      } else if (
        this.owing.has(reference) &&
        (record.eventName === 'REMOVE' || emailsDone(record.dynamodb?.NewImage))
      ) {
        this.owing.delete(reference);
      }
    }
  }

  /** The submissions still owing an email, in stream order; the backlog is empty after. */
  drain(): DynamoDBRecord[] {
    const owing = [...this.owing.values()];
    this.owing.clear();
    return owing;
  }
}
