import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import type { Bucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  AUDIT_ARCHIVE_DELIVERY,
  AUDIT_ARCHIVE_FILTER,
  AUDIT_ARCHIVE_PREFIX,
} from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';
import { LockedBucket } from './locked-bucket.ts';
import type { ServiceFunction } from './service-function.ts';
import { streamSource } from './stream-source.ts';

export interface AuditArchiveProps {
  /** The staff table, with its stream. */
  readonly table: TableV2;
  /** The archive function (functions/handlers/audit-archive.ts). */
  readonly archiver: ServiceFunction;
  /** The audit period (auditPeriodDays): how long each archived entry is locked. */
  readonly retentionDays: number;
  readonly accessLogs: IBucket;
}

const { writtenEvents, removedEvent, keyAttribute, keyPrefix } = AUDIT_ARCHIVE_FILTER;
const auditKeys = { Keys: { [keyAttribute]: { S: FilterRule.beginsWith(keyPrefix) } } };

/**
 * The event source filters (Lambda applies them; the function checks again with
 * passesAuditArchiveFilter): audit entries written or written over, and audit entries deleted by
 * anyone but the expiry sweep (whose records carry a userIdentity; EventBridge patterns test only
 * leaf fields, hence its type).
 */
export const AUDIT_ARCHIVE_FILTERS = [
  FilterCriteria.filter({ eventName: FilterRule.or(...writtenEvents), dynamodb: auditKeys }),
  FilterCriteria.filter({
    eventName: FilterRule.isEqual(removedEvent),
    userIdentity: { type: FilterRule.notExists() },
    dynamodb: auditKeys,
  }),
];

/**
 * The audit trail's evidence copy. Every audit entry the staff table receives is appended by the
 * archive function to a bucket where it is locked in compliance mode for the audit period: once
 * there, no role, person or the account's root user can change or delete it before the period
 * ends. The staff function's role could still write over an entry in the table (IAM has no
 * create-only condition for PutItem); that write reaches the stream as a MODIFY and is archived
 * beside the original, which stays as it was, and it alarms.
 */
export class AuditArchive extends Construct {
  readonly bucket: Bucket;
  /** Holds the shard and sequence numbers of records given up on (no entry contents). */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: AuditArchiveProps) {
    super(scope, id);
    const locked = new LockedBucket(this, 'Entries', {
      retentionDays: props.retentionDays,
      accessLogs: props.accessLogs,
      logPrefix: 'audit-archive',
    });
    // The archive function sends If-None-Match with every put: nothing is ever written over.
    locked.createOnly();
    this.bucket = locked.bucket;

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter destination of the audit archive stream mapping. Nothing consumes it automatically: operations read it after the alarm and re-archive the entries it names (docs/operations.md).',
    );

    // Only PutObject, only under the entries prefix: no reads, deletes, retention or legal holds.
    props.archiver.lambda.addEnvironment('AUDIT_ARCHIVE_BUCKET', this.bucket.bucketName);
    props.archiver.allow(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${AUDIT_ARCHIVE_PREFIX}*`)],
      }),
    );
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    acknowledge(
      props.archiver.role,
      `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${AUDIT_ARCHIVE_PREFIX}*]`,
      'The archive function names each object by the audit entry it keeps (entries/{pk}/{sk}/...), so it may put objects under that prefix of its one bucket: PutObject only, and the bucket refuses any put that would write over an object.',
    );
    props.archiver.lambda.addEventSource(
      streamSource(props.table, AUDIT_ARCHIVE_DELIVERY, AUDIT_ARCHIVE_FILTERS, this.failures),
    );
  }
}
