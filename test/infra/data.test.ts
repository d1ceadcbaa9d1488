import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_FILTER, TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

const tableKey = () => logicalId(s.service, s.service.node.findChild('Submissions').node.findChild('Key'));

describe('submissions table', () => {
  it('is built from TABLE_SHAPE: key, by-form, by-team and look-up indexes, TTL and a new-image stream', () => {
    const { partitionKey, byFormIndex, byTeamIndex, byLookupIndex } = TABLE_SHAPE;
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: partitionKey.name, KeyType: 'HASH' }],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
        { AttributeName: byFormIndex.partitionKey.name, AttributeType: byFormIndex.partitionKey.type },
        { AttributeName: byFormIndex.sortKey.name, AttributeType: byFormIndex.sortKey.type },
        { AttributeName: byTeamIndex.partitionKey.name, AttributeType: byTeamIndex.partitionKey.type },
        { AttributeName: byLookupIndex.partitionKey.name, AttributeType: byLookupIndex.partitionKey.type },
      ]),
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: byFormIndex.indexName,
          KeySchema: [
            { AttributeName: byFormIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: byFormIndex.sortKey.name, KeyType: 'RANGE' },
          ],
        }),
        Match.objectLike({
          IndexName: byTeamIndex.indexName,
          KeySchema: [
            { AttributeName: byTeamIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: byTeamIndex.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
        Match.objectLike({
          IndexName: byLookupIndex.indexName,
          KeySchema: [
            { AttributeName: byLookupIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: byLookupIndex.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_SHAPE.timeToLiveAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: TABLE_SHAPE.streamViewType },
    });
  });

  it('is on demand, recoverable to any point, and protected from deletion', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [
          Match.objectLike({
            Region: 'eu-west-2',
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
            SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [tableKey(), 'Arn'] } },
          }),
        ],
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('has its own customer-managed key with rotation, kept when the stack goes', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({
        EnableKeyRotation: true,
        Description: Match.stringLikeRegexp('submissions table'),
      }),
      DeletionPolicy: 'Retain',
    });
    // Every key in the stack rotates (the alarm topic has one too).
    for (const key of Object.values(template.findResources('AWS::KMS::Key'))) {
      expect(key.Properties.EnableKeyRotation).toBe(true);
    }
  });
});

describe('stream to notifier', () => {
  it('feeds only inserted submissions, with bounded retries, to the notify function', () => {
    const { attribute, value } = NOTIFY_FILTER;
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(s.service, s.service.notify.lambda) },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SubmissionsTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      // A few immediate retries for blips; the re-send job then retries every few minutes.
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 60 * 60,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        // And changed submissions, for what a person adds after sending: test/infra/team.test.ts.
        Filters: Match.arrayWith([
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: { NewImage: { [attribute]: { S: [value] } } },
            }),
          },
        ]),
      },
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NewSubmissionsFailures'), 'Arn'] },
        },
      },
    });
  });

  it('parks given-up records in an encrypted, TLS-only queue kept 14 days', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 60 * 60,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });
});
