import type { CfnTrail } from 'aws-cdk-lib/aws-cloudtrail';
import { Trail } from 'aws-cdk-lib/aws-cloudtrail';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Bucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { LockedBucket } from './locked-bucket.ts';

export interface DataEventTrailProps {
  /** The tables whose item reads and writes are recorded (submissions and staff). */
  readonly tables: readonly TableV2[];
  /** The audit period (auditPeriodDays): how long each log file is locked, then kept no longer. */
  readonly retentionDays: number;
  readonly accessLogs: IBucket;
}

/**
 * CloudTrail data events for the service's tables: every item read and write (GetItem, Query,
 * PutItem, UpdateItem, DeleteItem, TransactWriteItems...) with who made it (role or person),
 * when, from where and which key; DynamoDB leaves non-key attribute values out of these logs, so
 * no answers reach them. One regional trail with log file validation (signed hourly digests show
 * whether a file was changed or removed), delivering to a locked bucket kept for the audit period.
 * It records no management events: the account's own (or organisation's) trail holds those.
 */
export class DataEventTrail extends Construct {
  readonly trail: Trail;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: DataEventTrailProps) {
    super(scope, id);
    this.bucket = new LockedBucket(this, 'Logs', {
      retentionDays: props.retentionDays,
      accessLogs: props.accessLogs,
      logPrefix: 'data-event-trail',
    }).bucket;
    this.trail = new Trail(this, 'Trail', {
      bucket: this.bucket,
      enableFileValidation: true,
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: false,
    });
    // CDK's trail offers basic event selectors only, which cannot name DynamoDB tables.
    const cfn = this.trail.node.defaultChild as CfnTrail;
    cfn.addPropertyDeletionOverride('EventSelectors');
    cfn.addPropertyOverride('AdvancedEventSelectors', [
      {
        Name: 'Item reads and writes of the submissions and staff tables',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] },
          { Field: 'resources.ARN', Equals: props.tables.map((t) => t.tableArn) },
        ],
      },
    ]);
  }
}
