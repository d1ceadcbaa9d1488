import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nagFindings as findings, PRODUCTION, type Synthesized, synth, VARIANT } from './support/synth.ts';

/** Every acknowledgement in the app: where, which rule (without its finding detail) and why. */
const acknowledgements = (root: IConstruct) =>
  root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          // Stack name and the BucketDeployment singleton's hash dropped, for a readable summary.
          path: c.node.path.replace(/^[^/]+\//, '').replace(/^(Custom::CDKBucketDeployment)\w+/, '$1'),
          rule: id.replace(/^annotation::/i, '').replace(/\[.*\]$/, ''),
          reason,
        })),
      ),
  );

describe.each([
  ['production (WAF, own domain)', PRODUCTION],
  ['test deployment (no WAF, CloudFront logs, cloudfront.net)', VARIANT],
])('cdk-nag, %s', (_name, options) => {
  let s: Synthesized;
  beforeAll(() => {
    s = synth(options);
  });

  it('has no unacknowledged AwsSolutions or Serverless findings', () => {
    expect(findings(s)).toEqual([]);
  });

  it('gives every acknowledgement a reason specific to this service', () => {
    const all = acknowledgements(s.app);
    expect(all.length).toBeGreaterThan(0);
    for (const { reason } of all) {
      expect(reason.length).toBeGreaterThan(80);
    }
  });
});

describe('cdk-nag acknowledgements', () => {
  it('are exactly these, so a new one gets reviewed', () => {
    const summary = [
      ...new Set(acknowledgements(synth(PRODUCTION).app).map(({ path, rule }) => `${path}: ${rule}`)),
    ].sort();
    expect(summary).toEqual([
      'Alarms/Topic: Serverless-SNSRedrivePolicy',
      'AuditArchive/Failures: AwsSolutions-SQS3',
      'AuditArchive/Failures: Serverless-SQSRedrivePolicy',
      'AuditArchiver/Function: Serverless-LambdaDLQ',
      'AuditArchiver/Role: AwsSolutions-IAM5',
      'CaseApi/Function/Function: Serverless-LambdaDLQ',
      'CaseApi/Function/Role: AwsSolutions-IAM5',
      'CaseApi: AwsSolutions-APIG4',
      // Issue 23: the published figures, public by law, and their function's usual two.
      'CaseReviewFigures/Function/Function: Serverless-LambdaDLQ',
      'CaseReviewFigures/Function/Role: AwsSolutions-IAM5',
      'CaseReviewFigures: AwsSolutions-APIG4',
      'Custom::CDKBucketDeployment: AwsSolutions-L1',
      'Custom::CDKBucketDeployment: Serverless-LambdaDLQ',
      'Custom::CDKBucketDeployment: Serverless-LambdaLatestVersion',
      'Custom::CDKBucketDeployment: Serverless-LambdaTracing',
      'ErasedTally/Counter/Function: Serverless-LambdaDLQ',
      'ErasedTally/Counter/Role: AwsSolutions-IAM5',
      'ErasedTally/Failures: AwsSolutions-SQS3',
      'ErasedTally/Failures: Serverless-SQSRedrivePolicy',
      // Slice 22-evidence: file processing's failure queue and role, GuardDuty's role, the upload path.
      'Evidence/Failures: AwsSolutions-SQS3',
      'Evidence/Failures: Serverless-SQSRedrivePolicy',
      'Evidence/Processing/Function: Serverless-LambdaDLQ',
      'Evidence/Processing/Function: Serverless-LambdaEventSourceMappingDestination',
      'Evidence/Processing/Role: AwsSolutions-IAM5',
      'Evidence/ScanRole: AwsSolutions-IAM5',
      'FormsApi/Api: AwsSolutions-APIG4',
      'HashKey/Secret: AwsSolutions-SMG4',
      'MonthlyReport/Failures: AwsSolutions-SQS3',
      'MonthlyReport/Failures: Serverless-SQSRedrivePolicy',
      'MonthlyReport/Function: Serverless-LambdaDLQ',
      'MonthlyReport/Role: AwsSolutions-IAM5',
      'MorningEmail/Failures: AwsSolutions-SQS3',
      'MorningEmail/Failures: Serverless-SQSRedrivePolicy',
      'MorningEmail/Function: Serverless-LambdaDLQ',
      'MorningEmail/Role: AwsSolutions-IAM5',
      'NewSubmissions/Failures: AwsSolutions-SQS3',
      'NewSubmissions/Failures: Serverless-SQSRedrivePolicy',
      'Notify/Function: Serverless-LambdaDLQ',
      'Notify/Role: AwsSolutions-IAM5',
      'OriginVerify/Secret1: AwsSolutions-SMG4',
      'Overdue/Failures: AwsSolutions-SQS3',
      'Overdue/Failures: Serverless-SQSRedrivePolicy',
      'Overdue/Function: Serverless-LambdaDLQ',
      'Overdue/Role: AwsSolutions-IAM5',
      'ResendWaiting/Failures: AwsSolutions-SQS3',
      'ResendWaiting/Failures: Serverless-SQSRedrivePolicy',
      'ResendWaiting/Function: Serverless-LambdaDLQ',
      'ResendWaiting/Role: AwsSolutions-IAM5',
      'Return/Function/Function: Serverless-LambdaDLQ',
      'Return/Function/Role: AwsSolutions-IAM5',
      'Return: AwsSolutions-APIG4',
      'Site/DeployRole: AwsSolutions-IAM5',
      'Site/Distribution: AwsSolutions-CFR1',
      'Site/Distribution: AwsSolutions-CFR3',
      'Site/Distribution: AwsSolutions-CFR7',
      'Staff/Function: Serverless-LambdaDLQ',
      'Staff/Role: AwsSolutions-IAM5',
      'StaffApi: AwsSolutions-APIG4',
      'Submit/Function: Serverless-LambdaDLQ',
      'Submit/Role: AwsSolutions-IAM5',
      'Webhooks/Delivery/Function: Serverless-LambdaDLQ',
      'Webhooks/Delivery/Function: Serverless-LambdaEventSourceMappingDestination',
      'Webhooks/Delivery/Role: AwsSolutions-IAM5',
      'Webhooks/Events/Function: Serverless-LambdaDLQ',
      'Webhooks/Events/Role: AwsSolutions-IAM5',
      'Webhooks/Failures: AwsSolutions-SQS3',
      'Webhooks/Failures: Serverless-SQSRedrivePolicy',
      'Webhooks/StreamFailures: AwsSolutions-SQS3',
      'Webhooks/StreamFailures: Serverless-SQSRedrivePolicy',
    ]);
  });

  it('do not hide new problems: an unencrypted-by-policy, unlogged bucket fails synth', () => {
    expect(() => synth({ ...PRODUCTION, alsoAdd: (stack) => new Bucket(stack, 'Careless') })).toThrow(
      /AwsSolutions-S10/,
    );
  });
});
