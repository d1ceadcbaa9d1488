import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../functions/config/parse-config.ts';
import {
  AUDIT_ARCHIVE_LOG,
  auditPeriodDays,
  STAFF_TABLE_SHAPE,
} from '../../functions/contract/service-contract.ts';
import type { SiteDistribution } from '../../infra/constructs/site-distribution.ts';
import type { KeptTable } from '../../infra/constructs/submission-table.ts';
import { STAFF_MUTABLE_KEYS } from '../../infra/stacks/service-stack.ts';
import {
  actionsOf,
  logicalId,
  type PolicyStatementJson,
  PRODUCTION,
  policyStatementsOf,
  type Synthesized,
  synth,
  VARIANT,
} from './support/synth.ts';

/** A trial deployment with a shorter extra period: the lock follows the configuration. */
const TRIAL_SHORT_AUDIT = { config: { staff: { auditExtraDays: 30 } }, deploy: VARIANT.deploy } as const;

let production: Synthesized;
let trial: Synthesized;
beforeAll(() => {
  production = synth(PRODUCTION);
  trial = synth(TRIAL_SHORT_AUDIT);
});

/** A resource as the assertions library returns it (untyped JSON). */
type Resource = ReturnType<Template['findResources']>[string];
const resources = (s: Synthesized) => s.template.toJSON().Resources as Record<string, Resource>;
const id = (s: Synthesized, element: { node: { defaultChild?: unknown } }) => logicalId(s.service, element);
const siteOf = (s: Synthesized) => s.service.node.findChild('Site') as SiteDistribution;
const tableOf = (s: Synthesized, name: 'Submissions' | 'StaffData') =>
  id(s, (s.service.node.findChild(name) as KeptTable).table);
const getAtt = (logical: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logical, attribute] });
const objectsOf = (bucket: string, prefix = '') => ({
  'Fn::Join': ['', [getAtt(bucket), `/${prefix}*`]],
});
const policyOf = (s: Synthesized, bucket: string) => {
  const found = Object.values(resources(s)).filter(
    (r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties.Bucket?.Ref === bucket,
  );
  expect(found).toHaveLength(1);
  return found[0]?.Properties.PolicyDocument.Statement as (PolicyStatementJson & {
    Sid?: string;
    Principal?: unknown;
  })[];
};

const PERIODS = [
  // 1095 days (the longest form retention) + 365
  ['production', () => production, 1460],
  // 1095 + 30
  ['a trial with 30 extra days', () => trial, 1125],
] as const;

describe.each(PERIODS)('the locked buckets, %s', (_name, s, days) => {
  it('computes the period from the configuration, as the staff table’s expiry does', () => {
    expect(
      auditPeriodDays(parseConfig({ ...rawConfig, ...(s() === trial ? TRIAL_SHORT_AUDIT.config : {}) })),
    ).toBe(days);
  });

  it.each([
    ['audit archive', () => s().service.auditArchive.bucket],
    ['data-event trail', () => s().service.dataEvents.bucket],
  ])(
    'keep the %s locked in compliance mode for the audit period, versioned, private, TLS only',
    (_b, bucket) => {
      const logical = id(s(), bucket());
      const resource = resources(s())[logical] as Resource;
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.Properties).toMatchObject({
        ObjectLockEnabled: true,
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: days } },
        },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: { DestinationBucketName: { Ref: id(s(), siteOf(s()).logBucket) } },
      });
      // Kept no longer than the period: S3 removes a version only once its lock has ended.
      expect(resource.Properties.LifecycleConfiguration.Rules).toEqual([
        { Id: 'EndOfPeriod', ExpirationInDays: days, Status: 'Enabled' },
        { Id: 'RemoveEndedVersions', NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' },
        { Id: 'RemoveDeleteMarkers', ExpiredObjectDeleteMarker: true, Status: 'Enabled' },
      ]);
      const statements = policyOf(s(), logical);
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
      expect(statements).toContainEqual({
        Sid: 'NoDeletesOrRetentionChanges',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: [
          's3:BypassGovernanceRetention',
          's3:DeleteObject',
          's3:DeleteObjectVersion',
          's3:PutObjectLegalHold',
          's3:PutObjectRetention',
        ],
        Resource: objectsOf(logical),
      });
    },
  );
});

describe('the audit archive', () => {
  const archive = () => id(production, production.service.auditArchive.bucket);
  const archiver = () => production.service.auditArchiver;

  it('refuses, to everyone, a put that could write over an object (no If-None-Match)', () => {
    expect(policyOf(production, archive())).toContainEqual({
      Sid: 'CreateOnly',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 's3:PutObject',
      Resource: objectsOf(archive()),
      Condition: { Null: { 's3:if-none-match': 'true' } },
    });
  });

  it('is fed by the staff table’s stream, audit entries only, retried for a day, then parked in a queue', () => {
    const table = tableOf(production, 'StaffData');
    expect(resources(production)[table]?.Properties.StreamSpecification).toEqual({
      StreamViewType: STAFF_TABLE_SHAPE.streamViewType,
    });
    const mappings = Object.values(resources(production)).filter(
      (r) =>
        r.Type === 'AWS::Lambda::EventSourceMapping' &&
        r.Properties.FunctionName.Ref === id(production, archiver().lambda),
    );
    expect(mappings).toHaveLength(1);
    const { Properties } = mappings[0] as Resource;
    expect(Properties).toEqual({
      EventSourceArn: getAtt(table, 'StreamArn'),
      FunctionName: { Ref: id(production, archiver().lambda) },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 25,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10_000,
      MaximumRecordAgeInSeconds: 86_400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: getAtt(id(production, production.service.auditArchive.failures)) },
      },
      FilterCriteria: { Filters: [expect.anything(), expect.anything()] },
    });
    expect(Properties.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { Keys: { pk: { S: [{ prefix: 'AUDIT#' }] } } } },
      {
        eventName: ['REMOVE'],
        userIdentity: { type: [{ exists: false }] },
        dynamodb: { Keys: { pk: { S: [{ prefix: 'AUDIT#' }] } } },
      },
    ]);
  });

  it('alarms when records are parked, when entries wait, and on any entry changed or deleted', () => {
    const alarms = Object.values(resources(production)).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    const describing = (words: string) => alarms.filter((a) => a.Properties.AlarmDescription.includes(words));
    expect(describing('given up on by the stream')[0]?.Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
    });
    expect(describing('waited over 15 minutes for the archive')[0]?.Properties).toMatchObject({
      MetricName: 'IteratorAge',
      Threshold: 900_000,
    });
    expect(describing('written over or deleted')[0]?.Properties).toMatchObject({
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
    });
    const filters = Object.values(resources(production)).filter(
      (r) =>
        r.Type === 'AWS::Logs::MetricFilter' &&
        r.Properties.LogGroupName.Ref === id(production, archiver().logGroup),
    );
    expect(filters.map((f) => f.Properties.FilterPattern)).toEqual([
      `{ $.message = "${AUDIT_ARCHIVE_LOG.changed}" }`,
    ]);
  });

  it('is written by a function that may only put objects under entries/ of that bucket', () => {
    const statements = policyStatementsOf(production.template, id(production, archiver().role));
    expect(actionsOf(statements)).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'kms:Decrypt',
      'kms:DescribeKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:PutObject',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
    const s3 = statements.filter((st) => actionsOf([st]).some((a) => a.startsWith('s3:')));
    expect(s3).toEqual([
      { Effect: 'Allow', Action: 's3:PutObject', Resource: objectsOf(archive(), 'entries/') },
    ]);
    expect(environmentOf(archiver())).toEqual({
      NODE_OPTIONS: '--enable-source-maps',
      AUDIT_ARCHIVE_BUCKET: { Ref: archive() },
    });
  });
});

const environmentOf = (fn: { lambda: { node: { defaultChild?: unknown } } }) =>
  resources(production)[id(production, fn.lambda)]?.Properties.Environment.Variables;

/** Every Allow statement of every IAM policy in the template (inline, attached or managed). */
const allowStatements = (t: Template): PolicyStatementJson[] =>
  Object.values(t.toJSON().Resources as Record<string, Resource>).flatMap((r) => {
    const documents =
      r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy'
        ? [r.Properties.PolicyDocument]
        : r.Type === 'AWS::IAM::Role'
          ? (r.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument)
          : [];
    return documents
      .flatMap((d: { Statement: PolicyStatementJson[] }) => d.Statement)
      .filter((st: PolicyStatementJson) => st.Effect === 'Allow');
  });

describe('who may change the evidence', () => {
  it('grants s3:BypassGovernanceRetention to no one, and no deletes or lock changes outside the site bucket', () => {
    const allowed = allowStatements(production.template);
    const anything = (a: string) => a === '*' || a === 's3:*';
    expect(allowed.filter((st) => actionsOf([st]).some((a) => anything(a) || a.includes('Bypass')))).toEqual(
      [],
    );
    // The site's deployment role (CDK's BucketDeployment) may replace site files and their
    // (never used) holds: in the site bucket, which has no Object Lock, and nowhere else.
    const site = id(production, siteOf(production).siteBucket);
    // Issue 22: evidence files are erasable by design (people's right to erasure), by prefix.
    const files = id(production, production.service.evidence.bucket);
    const changesEvidence = allowed.filter((st) =>
      actionsOf([st]).some((a) =>
        /^s3:(Delete|PutObjectRetention|PutObjectLegalHold|PutBucketObjectLock)/.test(a),
      ),
    );
    expect(changesEvidence.length).toBeGreaterThan(0);
    for (const st of changesEvidence)
      expect(JSON.stringify(st.Resource)).toMatch(new RegExp(`"(${site}|${files})"`));
  });

  it('lets only the archive function write to the archive, and nothing write to the trail’s bucket but CloudTrail', () => {
    const archive = id(production, production.service.auditArchive.bucket);
    const trailBucket = id(production, production.service.dataEvents.bucket);
    // IAM policies (and roles' inline ones) that name the bucket: bucket policies aside.
    const touching = (bucket: string) =>
      Object.values(resources(production)).filter(
        (r) =>
          (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::Role') &&
          JSON.stringify(r.Properties).includes(`"${bucket}"`),
      );
    const archiverRole = id(production, production.service.auditArchiver.role);
    expect(touching(archive).map((r) => r.Properties.Roles)).toEqual([[{ Ref: archiverRole }]]);
    expect(touching(trailBucket)).toEqual([]);
  });

  it('leaves the staff function no update or delete of an audit entry, and no S3 but the evidence files', () => {
    expect(
      STAFF_MUTABLE_KEYS.some((pattern) =>
        STAFF_TABLE_SHAPE.auditPrefix.startsWith(pattern.replace('*', '')),
      ),
    ).toBe(false);
    const statements = policyStatementsOf(production.template, id(production, production.service.staff.role));
    const mutating = statements.filter(
      (st) =>
        st.Effect === 'Allow' &&
        actionsOf([st]).some((a) => a === 'dynamodb:UpdateItem' || a === 'dynamodb:DeleteItem'),
    );
    for (const st of mutating) {
      const onStaffTable = JSON.stringify(st.Resource).includes('StaffData');
      if (onStaffTable) {
        expect(st.Condition).toEqual({
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': STAFF_MUTABLE_KEYS },
        });
      }
    }
    const files = id(production, production.service.evidence.bucket);
    for (const st of statements.filter((x) => actionsOf([x]).some((a) => a.startsWith('s3:'))))
      expect(JSON.stringify(st.Resource)).toContain(`"${files}`);
  });
});

describe('CloudTrail data events', () => {
  it('record every item read and write of the submissions and staff tables, with log file validation', () => {
    const trails = Object.values(resources(production)).filter((r) => r.Type === 'AWS::CloudTrail::Trail');
    expect(trails).toHaveLength(1);
    const submissions = tableOf(production, 'Submissions');
    const staff = tableOf(production, 'StaffData');
    expect(trails[0]?.Properties).toEqual({
      IsLogging: true,
      EnableLogFileValidation: true,
      IsMultiRegionTrail: false,
      IncludeGlobalServiceEvents: false,
      S3BucketName: { Ref: id(production, production.service.dataEvents.bucket) },
      AdvancedEventSelectors: [
        {
          Name: 'Item reads and writes of the submissions and staff tables',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] },
            { Field: 'resources.ARN', Equals: [getAtt(submissions), getAtt(staff)] },
          ],
        },
      ],
    });
  });
});
