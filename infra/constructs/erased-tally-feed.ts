import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_SHAPE, TALLY_DELIVERY, TALLY_FILTER } from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';
import { ServiceFunction } from './service-function.ts';
import { streamSource } from './stream-source.ts';

export interface ErasedTallyFeedProps {
  readonly table: TableV2;
  readonly logRetention: RetentionDays;
}

const { eventName, attribute, value } = TALLY_FILTER;

/** Only removed submissions reach the tally counter: what erasure or DynamoDB's TTL deleted. */
export const REMOVED_SUBMISSION_FILTER = FilterCriteria.filter({
  eventName: FilterRule.isEqual(eventName),
  dynamodb: { OldImage: { [attribute]: { S: FilterRule.isEqual(value) } } },
});

/** The only partition keys the counter may write: month tallies and removal markers. */
export const TALLY_KEYS = [`${TABLE_SHAPE.erasedTallyPrefix}*`, `${TABLE_SHAPE.tallyMarkerPrefix}*`];

/**
 * Keeps past months' figures standing: every submission removed from the table (erased by staff
 * or an operator, or deleted by DynamoDB at the end of its retention) comes from the table's
 * stream to a function of its own, which adds it to its received month's anonymous tally. Its
 * role can write tally items and markers only (TransactWriteItems needs Put and Update on them),
 * reads nothing from the table but the stream, and sends no email. Records that still fail after
 * retries for as long as the stream keeps them are described in a failure queue, which alarms.
 */
export class ErasedTallyFeed extends Construct {
  readonly counter: ServiceFunction;
  /** Holds the shard and sequence numbers of records given up on (no record contents). */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: ErasedTallyFeedProps) {
    super(scope, id);

    this.counter = new ServiceFunction(this, 'Counter', {
      entry: 'functions/handlers/tally.ts',
      invokedBy: 'event-source-mapping',
      description: 'Counts each erased or expired submission into its month’s anonymous tally',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention: props.logRetention,
    });
    this.counter.useTable(props.table, {
      grants: [
        {
          actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': TALLY_KEYS } },
        },
      ],
    });

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter destination of the tally stream mapping. Nothing consumes it automatically: after the alarm, operations see how many removals went uncounted (docs/operations.md).',
    );

    this.counter.lambda.addEventSource(
      // The same policy as the local twin's tally feed (local/tally-feed.ts).
      streamSource(props.table, TALLY_DELIVERY, [REMOVED_SUBMISSION_FILTER], this.failures),
    );
  }
}
