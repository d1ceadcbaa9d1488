import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE,
  EVIDENCE_LOG_MESSAGES,
  PATHS,
  SCAN_CHECK,
} from '../../functions/contract/service-contract.ts';
import { SCAN_RESULT_EVENT } from '../../infra/constructs/evidence.ts';
import {
  actionsOf,
  logicalId,
  nagFindings,
  PRODUCTION,
  policyStatementsOf,
  type Synthesized,
  synth,
} from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

const evidence = () => s.service.evidence;
const bucketId = () => logicalId(s.service, evidence().bucket);
const statementsOf = (fn: { role: unknown }) =>
  policyStatementsOf(template, logicalId(s.service, fn.role as never));
const s3Statements = (fn: { role: unknown }) =>
  statementsOf(fn).filter((st) => actionsOf([st]).some((a) => a.startsWith('s3:')));
const resourcesText = (fn: { role: unknown }) => JSON.stringify(s3Statements(fn).map((st) => st.Resource));

describe('the evidence bucket', () => {
  it('is private, owner-enforced, S3-encrypted, versioned, access-logged and kept when the stack goes', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'evidence/' }),
      }),
      DeletionPolicy: 'Retain',
    });
    expect(template.findResources('AWS::S3::Bucket')).toHaveProperty(bucketId());
  });

  it('refuses anything but TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('deletes unsent uploads after a day, and old versions a day after they stop being current', () => {
    const rules =
      template.findResources('AWS::S3::Bucket')[bucketId()]?.Properties.LifecycleConfiguration.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Prefix: 'staging/',
          ExpirationInDays: EVIDENCE.stagingDays,
          Status: 'Enabled',
        }),
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' }),
      ]),
    );
  });
});

describe('malware scanning', () => {
  it('has a GuardDuty Malware Protection plan on staging/ that tags each object with its verdict', () => {
    template.hasResourceProperties('AWS::GuardDuty::MalwareProtectionPlan', {
      ProtectedResource: { S3Bucket: { BucketName: { Ref: bucketId() }, ObjectPrefixes: ['staging/'] } },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
  });

  it('sends this bucket’s scan results to file processing, retried, and parks the rest', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: [...SCAN_RESULT_EVENT.source],
        'detail-type': [...SCAN_RESULT_EVENT.detailType],
        detail: { s3ObjectDetails: { bucketName: [{ Ref: bucketId() }] } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(s.service, evidence().processing.lambda), 'Arn'] },
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 4 }),
          DeadLetterConfig: Match.anyValue(),
        }),
      ],
    });
  });

  it('alarms on a threat, a scan that could not finish, processing errors and parked files', () => {
    const alarms = Object.keys(template.findResources('AWS::CloudWatch::Alarm')).join(' ');
    for (const id of [
      'EvidenceThreat',
      'EvidenceNotScanned',
      'EvidenceScanOverdue',
      'EvidenceProcessingErrors',
      'EvidenceProcessingFailures',
    ])
      expect(alarms).toContain(id);
  });
});

describe('a scan that never finishes', () => {
  const queueId = () => logicalId(s.service, evidence().scanChecks);
  const processingId = () => logicalId(s.service, evidence().processing.lambda);

  it('has a queue that hands each check back after exactly 15 minutes, encrypted, parking what keeps failing', () => {
    expect(SCAN_CHECK.delaySeconds).toBe(EVIDENCE.scanAlarmMinutes * 60);
    expect(SCAN_CHECK.delaySeconds).toBeLessThanOrEqual(900); // SQS's longest delivery delay.
    const queue = template.findResources('AWS::SQS::Queue')[queueId()];
    expect(queue?.Properties).toMatchObject({
      DelaySeconds: SCAN_CHECK.delaySeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(s.service, evidence().failures), 'Arn'] },
        maxReceiveCount: SCAN_CHECK.attempts,
      },
    });
    // Longer than processing may run, so a check being looked at is not handed over twice.
    const fn = template.findResources('AWS::Lambda::Function')[processingId()];
    expect(SCAN_CHECK.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(fn?.Properties.Timeout);
  });

  it('is fed by processing (send only) and feeds it back, reporting failures one by one', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: processingId() },
      EventSourceArn: { 'Fn::GetAtt': [queueId(), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const sends = statementsOf(evidence().processing).filter((st) =>
      actionsOf([st]).includes('sqs:SendMessage'),
    );
    // Its own check queue, and the failure queue its stream mapping parks records in: no other.
    expect(sends.flatMap((st) => st.Resource)).toEqual(
      expect.arrayContaining([{ 'Fn::GetAtt': [queueId(), 'Arn'] }]),
    );
    const failuresId = logicalId(s.service, evidence().failures);
    for (const resource of sends.flatMap((st) => st.Resource) as { 'Fn::GetAtt'?: string[] }[])
      expect([queueId(), failuresId]).toContain(resource['Fn::GetAtt']?.[0]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Processes evidence files'),
      Environment: { Variables: Match.objectLike({ SCAN_CHECK_QUEUE_URL: { Ref: queueId() } }) },
    });
  });

  it('alarms at the first file still unscanned, counted from processing’s log', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(s.service, evidence().processing.logGroup) },
      FilterPattern: `{ $.message = "${EVIDENCE_LOG_MESSAGES.scanOverdue}" }`,
      MetricTransformations: [Match.objectLike({ MetricName: 'EvidenceScanOverdue', MetricValue: '1' })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'EvidenceScanOverdue',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: Match.anyValue(),
    });
  });

  it('reads staging/ by version, so the bytes kept are those whose verdict was judged', () => {
    const reads = s3Statements(evidence().processing).filter((st) =>
      actionsOf([st]).includes('s3:GetObjectVersion'),
    );
    expect(actionsOf(reads)).toEqual(expect.arrayContaining(['s3:GetObjectVersionTagging']));
    expect(JSON.stringify(reads.map((st) => st.Resource))).toContain('/staging/*');
  });
});

describe('file processing', () => {
  it('takes new upload claims and removed submissions with files from the stream, reporting failures one by one', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(s.service, evidence().processing.lambda) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [
          { Pattern: Match.stringLikeRegexp('"upload-claim"') },
          { Pattern: Match.stringLikeRegexp('"REMOVE".*"files":\\[\\{"exists":true\\}\\]') },
        ],
      },
    });
  });

  it('runs on arm64 with the memory sharp needs', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Processes evidence files'),
      Architectures: ['arm64'],
      MemorySize: 2048,
      Environment: { Variables: Match.objectLike({ EVIDENCE_BUCKET: { Ref: bucketId() } }) },
    });
  });
});

describe('IAM by prefix', () => {
  it('lets submit write and read staging/ only', () => {
    expect(actionsOf(s3Statements(s.service.submit)).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(resourcesText(s.service.submit)).toContain('/staging/*');
    expect(resourcesText(s.service.submit)).not.toMatch(/files\/|quarantine\//);
  });

  it('lets staff read files/ only (never staging or quarantine), and delete every copy for erasure', () => {
    const reads = s3Statements(s.service.staff).filter((st) => actionsOf([st]).includes('s3:GetObject'));
    expect(JSON.stringify(reads.map((st) => st.Resource))).toContain('/files/*');
    expect(JSON.stringify(reads.map((st) => st.Resource))).not.toMatch(/staging|quarantine/);
  });

  it('lets only processing write files/ and quarantine/', () => {
    const writesOf = (fn: { role: unknown }) =>
      JSON.stringify(
        s3Statements(fn)
          .filter((st) => actionsOf([st]).includes('s3:PutObject'))
          .map((st) => st.Resource),
      );
    expect(writesOf(evidence().processing)).toMatch(/files\/\*.*quarantine\/\*/);
    expect(writesOf(s.service.submit)).not.toMatch(/files\/|quarantine\//);
    expect(writesOf(s.service.staff)).toBe('[]');
  });
});

describe('uploads on the site’s own origin', () => {
  it('passes POSTs to /evidence-upload to the bucket, uncached, through a function that sends them to its root', () => {
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0];
    const behaviour = distribution?.Properties.DistributionConfig.CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === PATHS.evidenceUpload,
    );
    expect(behaviour).toMatchObject({
      AllowedMethods: expect.arrayContaining(['POST']),
      ViewerProtocolPolicy: 'https-only',
      FunctionAssociations: [
        expect.objectContaining({ EventType: 'viewer-request' }),
        // A refused upload without script comes back to Add evidence (infra/cloudfront/upload-refused.js).
        expect.objectContaining({ EventType: 'viewer-response' }),
      ],
    });
  });

  it('is cdk-nag clean', () => {
    expect(nagFindings(s)).toEqual([]);
  });
});
