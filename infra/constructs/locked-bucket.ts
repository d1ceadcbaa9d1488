import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** What no one may do to an object in a locked bucket, whatever IAM grants them. */
export const NEVER_ON_LOCKED_OBJECTS = [
  's3:BypassGovernanceRetention',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutObjectLegalHold',
  's3:PutObjectRetention',
] as const;

export interface LockedBucketProps {
  /** How long every object version is locked (S3 Object Lock, compliance mode), then expires. */
  readonly retentionDays: number;
  /** Where S3 writes its access logs for this bucket (who read or wrote what), under `${logPrefix}/`. */
  readonly accessLogs: IBucket;
  readonly logPrefix: string;
}

/**
 * A bucket for evidence: each object version is locked in compliance mode for `retentionDays`
 * from when it is written, so no one (the account's root user included) can delete or overwrite
 * it, or shorten its lock, until then; then a lifecycle rule removes it. Versioned (Object Lock
 * needs it), private, TLS only, S3-managed encryption (a customer-managed key could be scheduled
 * for deletion, which would make the locked objects unreadable), access-logged, and kept when the
 * stack goes. Its policy also denies deletes and retention changes to everyone, so the attempt
 * fails even before Object Lock refuses it.
 */
export class LockedBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: LockedBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(props.retentionDays)),
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: `${props.logPrefix}/`,
      lifecycleRules: [
        // At the end of the period the object is marked deleted and its version removed a day
        // later: S3 does so only once the version's lock has ended.
        { id: 'EndOfPeriod', expiration: Duration.days(props.retentionDays) },
        { id: 'RemoveEndedVersions', noncurrentVersionExpiration: Duration.days(1) },
        { id: 'RemoveDeleteMarkers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'NoDeletesOrRetentionChanges',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: [...NEVER_ON_LOCKED_OBJECTS],
        resources: [this.bucket.arnForObjects('*')],
      }),
    );
  }

  /**
   * Refuses every put that does not carry If-None-Match: * (S3 conditional writes), to everyone:
   * an object can be created but never written over, not even as a new version. Only for buckets
   * whose writers send it (the audit archive does; CloudTrail does not).
   */
  createOnly(): void {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CreateOnly',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects('*')],
        conditions: { Null: { 's3:if-none-match': 'true' } },
      }),
    );
  }
}
