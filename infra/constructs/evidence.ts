import { type CfnElement, CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  type Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  EVIDENCE,
  FILES_DELIVERY,
  FILES_FILTER,
  FILES_REMOVAL_FILTER,
  OBJECT_PREFIXES,
  PATHS,
  SCAN_CHECK,
} from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';
import { uploadRefusedFunctionCode } from '../cloudfront/upload-refused.ts';
import { ServiceFunction } from './service-function.ts';
import { streamSource } from './stream-source.ts';

export interface EvidenceProps {
  readonly table: TableV2;
  readonly accessLogs: IBucket;
  readonly logRetention: RetentionDays;
}

/** GuardDuty's result for one scanned object, as EventBridge delivers it. */
export const SCAN_RESULT_EVENT = {
  source: ['aws.guardduty'],
  detailType: ['GuardDuty Malware Protection Object Scan Result'],
} as const;

/** New upload claims, and removed submissions that had files (functions/contract/stream.ts). */
export const FILES_STREAM_FILTERS = [
  FilterCriteria.filter({
    eventName: FilterRule.isEqual(FILES_FILTER.eventName),
    dynamodb: { NewImage: { [FILES_FILTER.attribute]: { S: FilterRule.isEqual(FILES_FILTER.value) } } },
  }),
  FilterCriteria.filter({
    eventName: FilterRule.isEqual(FILES_REMOVAL_FILTER.eventName),
    dynamodb: {
      OldImage: {
        [FILES_REMOVAL_FILTER.attribute]: { S: FilterRule.or(...FILES_REMOVAL_FILTER.values) },
        [FILES_REMOVAL_FILTER.filesAttribute]: FilterRule.exists(),
      },
    },
  }),
];

/**
 * Evidence files (issue 22): the bucket, its malware scanning and the function that processes each
 * file. The bucket is private (public access blocked, owner-enforced), TLS only, S3-encrypted and
 * versioned; unsent uploads and old versions go after a day. Browsers write only to staging/, by a
 * presigned POST the submit function signs, through CloudFront on the site's own origin.
 * GuardDuty Malware Protection for S3 scans every new staging/ object and tags it; its result
 * (EventBridge) and each new upload claim (the table's stream) start processing, which alone
 * writes files/ and quarantine/.
 */
export class Evidence extends Construct {
  readonly bucket: Bucket;
  readonly processing: ServiceFunction;
  /** Stream records and scan results given up on after retries (no file content): it alarms. */
  readonly failures: Queue;
  /**
   * Claims still waiting for their scan, each delivered back to processing 15 minutes later (the
   * queue's delivery delay): a file still unscanned then alarms (EvidenceScanOverdue).
   */
  readonly scanChecks: Queue;
  readonly plan: CfnMalwareProtectionPlan;

  constructor(scope: Construct, id: string, props: EvidenceProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'evidence/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        // Uploads never sent with a form (and any left behind) go within a day.
        {
          id: 'UnsentUploads',
          prefix: OBJECT_PREFIXES.staging,
          expiration: Duration.days(EVIDENCE.stagingDays),
        },
        // A deleted or replaced file's old versions go a day later, so erasure leaves no copy.
        { id: 'OldVersions', noncurrentVersionExpiration: Duration.days(1) },
        { id: 'DeleteMarkers', expiredObjectDeleteMarker: true },
        { id: 'UnfinishedUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    this.plan = this.malwareProtection();

    this.processing = new ServiceFunction(this, 'Processing', {
      entry: 'functions/handlers/process-files.ts',
      invokedBy: 'event-source-mapping',
      description:
        'Processes evidence files: type from the bytes, photos re-encoded without EXIF, threats quarantined',
      // sharp decodes a 25 MB photo in memory, with room for libvips to work.
      memorySize: 2048,
      timeout: Duration.minutes(2),
      logRetention: props.logRetention,
      // sharp's native part cannot be bundled: it is installed for Lambda's arm64 Linux.
      nodeModules: ['sharp'],
      environment: { EVIDENCE_BUCKET: this.bucket.bucketName },
    });
    // Reads a claim and one file of its record; writes only that file's outcome.
    this.processing.useTable(props.table, {
      grants: [
        { actions: ['dynamodb:GetItem'] },
        {
          actions: ['dynamodb:UpdateItem'],
          conditions: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'files'] } },
        },
      ],
    });
    // The Version actions: the verdict judged is one version's, and only that version is read.
    this.allowObjects(
      this.processing,
      [
        's3:GetObject',
        's3:GetObjectVersion',
        's3:GetObjectTagging',
        's3:GetObjectVersionTagging',
        's3:DeleteObject',
        's3:DeleteObjectVersion',
      ],
      [OBJECT_PREFIXES.staging],
    );
    this.allowObjects(
      this.processing,
      ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'],
      [OBJECT_PREFIXES.files, OBJECT_PREFIXES.quarantine],
    );
    this.allowListing(this.processing, [
      OBJECT_PREFIXES.files,
      OBJECT_PREFIXES.quarantine,
      OBJECT_PREFIXES.staging,
    ]);

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the failure destination of file processing (its stream mapping, its scan-result rule and its scan-check queue). Nothing consumes it automatically: after the alarm operations reprocess the files it names (docs/operations.md, "Evidence files").',
    );
    this.processing.lambda.addEventSource(
      streamSource(props.table, FILES_DELIVERY, FILES_STREAM_FILTERS, this.failures),
    );
    this.scanChecks = this.scanCheckQueue();
    new Rule(this, 'ScanResults', {
      description: 'GuardDuty malware scan results for evidence uploads, to file processing',
      eventPattern: {
        source: [...SCAN_RESULT_EVENT.source],
        detailType: [...SCAN_RESULT_EVENT.detailType],
        detail: { s3ObjectDetails: { bucketName: [this.bucket.bucketName] } },
      },
      targets: [
        new LambdaFunction(this.processing.lambda, {
          retryAttempts: 4,
          maxEventAge: Duration.hours(1),
          deadLetterQueue: this.failures,
        }),
      ],
    });
  }

  /**
   * The look again at a claim still waiting for its scan: processing sends its upload id (nothing
   * else) and SQS hands it back SCAN_CHECK.delaySeconds later (15 minutes, SQS's longest delay),
   * when processing finishes the file if its verdict is there and alarms if not. A check that keeps
   * failing is parked with processing's other failures. Costs a message or two per file.
   */
  private scanCheckQueue(): Queue {
    const queue = new Queue(this, 'ScanChecks', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deliveryDelay: Duration.seconds(SCAN_CHECK.delaySeconds),
      visibilityTimeout: Duration.seconds(SCAN_CHECK.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.failures, maxReceiveCount: SCAN_CHECK.attempts },
    });
    new CfnOutput(Stack.of(this), 'EvidenceScanCheckQueue', {
      description:
        'Where evidence files still waiting for their malware scan wait 15 minutes (docs/operations.md, "Evidence files")',
      value: queue.queueUrl,
    });
    queue.grantSendMessages(this.processing.role);
    this.processing.lambda.addEnvironment('SCAN_CHECK_QUEUE_URL', queue.queueUrl);
    this.processing.lambda.addEventSource(
      new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    acknowledge(
      this.processing.lambda,
      'Serverless-LambdaEventSourceMappingDestination',
      'An SQS event source mapping has no on-failure destination: the scan-check queue’s own redrive policy parks a check in the failure queue after SCAN_CHECK.attempts receives (which alarms).',
    );
    return queue;
  }

  /** GuardDuty Malware Protection for S3 on staging/: scans each new upload and tags it with the verdict. */
  private malwareProtection(): CfnMalwareProtectionPlan {
    const role = new Role(this, 'ScanRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
      description: 'Lets GuardDuty Malware Protection scan and tag evidence uploads',
    });
    const { account, region } = Stack.of(this);
    const managedRule = `arn:aws:events:${region}:${account}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*`;
    role.addToPolicy(
      new PolicyStatement({
        actions: [
          'events:PutRule',
          'events:DeleteRule',
          'events:PutTargets',
          'events:RemoveTargets',
          'events:DescribeRule',
        ],
        resources: [managedRule],
        conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        actions: ['events:ListTargetsByRule'],
        resources: [managedRule],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        actions: ['s3:PutBucketNotification', 's3:GetBucketNotification', 's3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        actions: [
          's3:GetObject',
          's3:GetObjectVersion',
          's3:GetObjectTagging',
          's3:GetObjectVersionTagging',
          's3:PutObjectTagging',
          's3:PutObjectVersionTagging',
        ],
        resources: [this.bucket.arnForObjects(`${OBJECT_PREFIXES.staging}*`)],
      }),
    );
    acknowledge(
      role,
      [
        `AwsSolutions-IAM5[Resource::arn:aws:events:${region}:<AWS::AccountId>:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*]`,
        'AwsSolutions-IAM5[Resource::arn:aws:events:<AWS::Region>:<AWS::AccountId>:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*]',
      ],
      'GuardDuty names its own managed EventBridge rule with this prefix and a suffix it chooses (AWS documents this policy for Malware Protection for S3); the condition limits it to rules GuardDuty manages.',
    );
    acknowledge(
      role,
      this.prefixFinding(OBJECT_PREFIXES.staging),
      'GuardDuty scans and tags every new object under staging/ only, where uploads arrive.',
    );
    return new CfnMalwareProtectionPlan(this, 'MalwareProtection', {
      role: role.roleArn,
      protectedResource: {
        s3Bucket: { bucketName: this.bucket.bucketName, objectPrefixes: [OBJECT_PREFIXES.staging] },
      },
      actions: { tagging: { status: 'ENABLED' } },
    });
  }

  /** cdk-nag's id for a grant on every object under one prefix of this bucket. */
  private prefixFinding(prefix: string): string {
    const id = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    return `AwsSolutions-IAM5[Resource::<${id}.Arn>/${prefix}*]`;
  }

  /** Object actions on these prefixes only (every object under one: uploads have random names). */
  allowObjects(fn: ServiceFunction, actions: string[], prefixes: string[]): void {
    fn.allow(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions,
        resources: prefixes.map((p) => this.bucket.arnForObjects(`${p}*`)),
      }),
    );
    acknowledge(
      fn.role,
      prefixes.map((p) => this.prefixFinding(p)),
      'Evidence objects have random keys under one prefix per stage (staging/, files/, quarantine/; functions/contract/files.ts): each function is granted its actions on the prefixes it works on, never the whole bucket (asserted in test/infra/evidence.test.ts).',
    );
  }

  /** Listing (for erasure: every object and version) under these prefixes only. */
  allowListing(fn: ServiceFunction, prefixes: string[]): void {
    fn.allow(
      new PolicyStatement({
        actions: ['s3:ListBucket', 's3:ListBucketVersions'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': prefixes.map((p) => `${p}*`) } },
      }),
    );
  }

  /** Gives a function the bucket's name, as the one place it learns it. */
  name(fn: ServiceFunction): void {
    fn.lambda.addEnvironment('EVIDENCE_BUCKET', this.bucket.bucketName);
  }

  /**
   * The site's /evidence-upload, passed to the bucket: browsers post files to the site's own origin
   * (the pages' CSP stays 'self'), and a viewer-request function sends the POST to the bucket's root,
   * where S3 takes presigned POST uploads. Nothing is cached.
   */
  uploadBehaviour(distribution: Distribution): void {
    const toBucketRoot = new CloudFrontFunction(this, 'UploadPath', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Sends evidence uploads to the bucket root (S3 POST Object)',
      code: FunctionCode.fromInline(
        "function handler(event) { var r = event.request; if (r.method !== 'POST') { return { statusCode: 405, statusDescription: 'Method Not Allowed' }; } r.uri = '/'; return r; }",
      ),
    });
    // A page without script sees a GOV.UK page, never S3's XML, when storage refuses its file.
    const refused = new CloudFrontFunction(this, 'UploadRefused', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Sends a refused evidence upload without script back to Add evidence, saying why',
      code: FunctionCode.fromInline(uploadRefusedFunctionCode()),
    });
    distribution.addBehavior(
      PATHS.evidenceUpload,
      new HttpOrigin(this.bucket.bucketRegionalDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      }),
      {
        allowedMethods: AllowedMethods.ALLOW_ALL,
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
        functionAssociations: [
          { function: toBucketRoot, eventType: FunctionEventType.VIEWER_REQUEST },
          { function: refused, eventType: FunctionEventType.VIEWER_RESPONSE },
        ],
      },
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR7',
      'The site’s own origin keeps its origin access control. The /evidence-upload behaviour reaches the evidence bucket without one on purpose: an upload is a presigned POST that S3 authorises by its signed policy, which CloudFront re-signing (OAC) would replace. The bucket stays private: only a POST carrying a valid policy for one staging/ key can write.',
    );
  }
}
