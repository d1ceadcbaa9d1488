import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SHAPE, TALLY_FILTER } from '../../functions/contract/service-contract.ts';
import {
  actionsOf,
  logicalId,
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

const counter = () => s.service.erasedTally.counter;
const statements = () => policyStatementsOf(template, logicalId(s.service, counter().role));

describe('erased tally feed', () => {
  it('streams old images as well as new, so a removal shows what it removed', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('feeds only removed submissions to its own function, retried while the stream keeps them, parking the rest', () => {
    const { attribute, value } = TALLY_FILTER;
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(s.service, counter().lambda) },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SubmissionsTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 100,
      MaximumRecordAgeInSeconds: 24 * 60 * 60,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ['REMOVE'],
              dynamodb: { OldImage: { [attribute]: { S: [value] } } },
            }),
          },
        ],
      },
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ErasedTallyFailures'), 'Arn'] } },
      },
    });
  });

  it('may only read the stream and put or update TALLY# and TALLIED# items: no read, delete, scan or email', () => {
    expect(actionsOf(statements())).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
    const writes = statements().filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(writes).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
        Condition: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [
              `${TABLE_SHAPE.erasedTallyPrefix}*`,
              `${TABLE_SHAPE.tallyMarkerPrefix}*`,
            ],
          },
        },
      },
    ]);
    const [stream] = statements().filter((st) => actionsOf([st]).includes('dynamodb:GetRecords'));
    expect(stream?.Resource).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'StreamArn'],
    });
  });

  it('alarms when its function fails or it gives up on a removal', () => {
    const alarms = Object.keys(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.some((id) => id.includes('ErasedTallyFailures'))).toBe(true);
    expect(alarms.some((id) => /ErasedTally(?!Failures)/.test(id))).toBe(true);
  });
});
