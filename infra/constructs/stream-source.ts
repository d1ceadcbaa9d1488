import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, type DynamoEventSourceProps, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { DeliveryPolicy } from '../../functions/contract/service-contract.ts';

/**
 * A function's feed from a table's stream, by its delivery policy in the stream contract (the
 * twin's stream poller follows the same policy): its filters, each failing record reported apart,
 * and what it gives up on parked in its failure queue.
 */
export const streamSource = (
  table: ITableV2,
  policy: DeliveryPolicy,
  filters: DynamoEventSourceProps['filters'],
  failures: IQueue,
): DynamoEventSource =>
  new DynamoEventSource(table, {
    startingPosition: StartingPosition[policy.startingPosition],
    filters,
    batchSize: policy.batchSize,
    bisectBatchOnError: policy.bisectBatchOnError,
    retryAttempts: policy.retryAttempts,
    maxRecordAge: Duration.seconds(policy.maxRecordAgeSeconds),
    reportBatchItemFailures: true,
    onFailure: new SqsDlq(failures),
  });
