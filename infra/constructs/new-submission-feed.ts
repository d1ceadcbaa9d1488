import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  NOTIFY_DELIVERY,
  NOTIFY_FILTER,
  NOTIFY_UPDATE_FILTER,
} from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';
import { streamSource } from './stream-source.ts';

export interface NewSubmissionFeedProps {
  readonly table: TableV2;
  readonly handler: IFunction;
}

const { eventName, attribute, value } = NOTIFY_FILTER;

/** Only inserted submissions reach the notifier; guard items and updates are filtered out by Lambda. */
export const NEW_SUBMISSION_FILTER = FilterCriteria.filter({
  eventName: FilterRule.isEqual(eventName),
  dynamodb: { NewImage: { [attribute]: { S: FilterRule.isEqual(value) } } },
});

/**
 * Slice 21-team: changed submissions too, for what a person adds after sending. The handler keeps
 * only those that gained an addition or a Case Review notice (passesUpdateFilter): Lambda's filter
 * cannot compare the old image with the new.
 */
export const UPDATED_SUBMISSION_FILTER = FilterCriteria.filter({
  eventName: FilterRule.isEqual(NOTIFY_UPDATE_FILTER.eventName),
  dynamodb: {
    NewImage: { [NOTIFY_UPDATE_FILTER.attribute]: { S: FilterRule.isEqual(NOTIFY_UPDATE_FILTER.value) } },
  },
});

/**
 * Feeds new submissions from the table's stream to the notifier. Failed records are retried a
 * bounded number of times (the handler reports them one by one), then described in the failure
 * queue, which alarms: stream records vanish after 24 hours, so a stuck one must not block others.
 */
export class NewSubmissionFeed extends Construct {
  /** Holds the shard and sequence numbers of records given up on (no record contents). */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: NewSubmissionFeedProps) {
    super(scope, id);

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter destination of the stream mapping. Nothing consumes it automatically: operations read it after the alarm and replay by reference.',
    );

    props.handler.addEventSource(
      // The same policy as the local twin's stream poller.
      streamSource(
        props.table,
        NOTIFY_DELIVERY,
        [NEW_SUBMISSION_FILTER, UPDATED_SUBMISSION_FILTER],
        this.failures,
      ),
    );
  }
}
