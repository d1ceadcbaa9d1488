import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import {
  actionsOf,
  logicalId,
  type PolicyStatementJson,
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

const FUNCTIONS = ['submit', 'notify', 'monthlyReport', 'resend', 'overdue'] as const;

const statementsOf = (fn: (typeof FUNCTIONS)[number]) =>
  policyStatementsOf(template, logicalId(s.service, s.service[fn].role));

const resourceRefs = (statement: PolicyStatementJson): string[] =>
  (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]).map((r) =>
    JSON.stringify(r),
  );

describe('submit role', () => {
  it('may only create items and read them (and replace a return code: test/infra/return.test.ts), plus use the table key and write its own logs', () => {
    expect(actionsOf(statementsOf('submit'))).toEqual([
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      // Slice 22-evidence: sign uploads to staging/ and look at them (test/infra/evidence.test.ts).
      's3:GetObject',
      's3:PutObject',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('cannot change anything but a return code, delete, scan or query anything, or send email', () => {
    const actions = actionsOf(statementsOf('submit'));
    const updates = statementsOf('submit').filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(updates.map((st) => st.Condition?.['ForAllValues:StringEquals'])).toEqual([
      { 'dynamodb:Attributes': ['pk', 'returnCodeHash'] },
    ]);
    for (const forbidden of [
      'dynamodb:DeleteItem',
      'dynamodb:Scan',
      'dynamodb:Query',
      'dynamodb:BatchWriteItem',
      'dynamodb:BatchGetItem',
      'ses:SendEmail',
    ]) {
      expect(actions).not.toContain(forbidden);
    }
    expect(actions.some((a) => a.includes('*'))).toBe(false);
  });

  it('touches only the table itself, never its index', () => {
    const dynamo = statementsOf('submit').filter((st) =>
      actionsOf([st]).some((a) => a.startsWith('dynamodb:')),
    );
    for (const statement of dynamo) {
      expect(statement.Resource).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'],
      });
    }
  });
});

describe('notify role', () => {
  it('may read the record and its stream, stamp it, limit confirmations, check suppression, send email and park failures', () => {
    expect(actionsOf(statementsOf('notify'))).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetItem',
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
      'ses:GetSuppressedDestination',
      'ses:SendEmail',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('may create only confirmation-limit items (CONFIRM# keys) and update-due notes (UPDATE-DUE#), never a submission or a guard', () => {
    const [put] = statementsOf('notify').filter((st) => actionsOf([st]).includes('dynamodb:PutItem'));
    expect(put).toEqual({
      Effect: 'Allow',
      Action: 'dynamodb:PutItem',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CONFIRM#*', 'UPDATE-DUE#*'] } },
    });
  });

  it('may read SES’s suppression list (no resource-level permission exists for it)', () => {
    const [read] = statementsOf('notify').filter((st) =>
      actionsOf([st]).includes('ses:GetSuppressedDestination'),
    );
    // CDK may merge it with X-Ray's statement, which also has resource "*" and no condition.
    expect(read).toMatchObject({ Effect: 'Allow', Resource: '*' });
    expect(read?.Condition).toBeUndefined();
  });

  it('cannot delete, scan or query items', () => {
    const actions = actionsOf(statementsOf('notify'));
    for (const forbidden of [
      'dynamodb:DeleteItem',
      'dynamodb:Scan',
      'dynamodb:Query',
      'dynamodb:BatchWriteItem',
    ]) {
      expect(actions).not.toContain(forbidden);
    }
  });

  it('may only set the "sent" and "withheld" timestamps and the sending claim, and get nothing back from the update', () => {
    const [update] = statementsOf('notify').filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(update).toEqual({
      Effect: 'Allow',
      Action: 'dynamodb:UpdateItem',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
      Condition: {
        'ForAllValues:StringEquals': {
          'dynamodb:Attributes': [
            'pk',
            'teamNotifiedAt',
            'confirmationSentAt',
            'confirmationWithheldAt',
            'partnersNotifiedAt',
            'sendingClaimedUntil',
            // What it has sent about a person's additions (issue 21).
            'additionsNotified',
            'updateNotifiedAt',
            'caseReviewNoticeSentAt',
            'caseReviewNoticeWithheldAt',
            // How many of a Case Review applicant's letters it has dealt with (issue 23).
            'lettersEmailed',
          ],
        },
        StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
      },
    });
  });

  it('reads only the stream of this table', () => {
    const [stream] = statementsOf('notify').filter((st) => actionsOf([st]).includes('dynamodb:GetRecords'));
    expect(stream?.Resource).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'StreamArn'],
    });
  });

  it('sends email only from the sender address, through the identity and configuration set', () => {
    expectScopedSend('notify');
  });
});

const expectScopedSend = (fn: (typeof FUNCTIONS)[number]) => {
  const sends = statementsOf(fn).filter((st) => actionsOf([st]).includes('ses:SendEmail'));
  expect(sends).toHaveLength(1);
  const [send] = sends;
  expect(send?.Action).toBe('ses:SendEmail');
  expect(send?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': rawConfig.senderEmail } });
  const resources = resourceRefs(send as PolicyStatementJson);
  expect(resources).toHaveLength(2);
  expect(resources.some((r) => r.includes(':identity/') && r.includes('EmailIdentity'))).toBe(true);
  expect(
    resources.some((r) => r.includes(':configuration-set/') && r.includes('EmailConfigurationSet')),
  ).toBe(true);
};

describe('monthly report role', () => {
  it('may only query the by-form index, read the erased tallies, decrypt, send email and park failed runs', () => {
    expect(actionsOf(statementsOf('monthlyReport'))).toEqual([
      'dynamodb:GetItem',
      'dynamodb:Query',
      'kms:Decrypt',
      'kms:DescribeKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'ses:SendEmail',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('cannot write or scan items, or encrypt with the table key', () => {
    const actions = actionsOf(statementsOf('monthlyReport'));
    for (const forbidden of [
      'dynamodb:Scan',
      'dynamodb:BatchGetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:GetRecords',
      'kms:Encrypt',
      'kms:GenerateDataKey',
    ]) {
      expect(actions).not.toContain(forbidden);
    }
    expect(actions.some((a) => a.includes('*'))).toBe(false);
  });

  it('queries only the byFormAndDate index, and reads single items only by TALLY# keys (no submission)', () => {
    const dynamo = statementsOf('monthlyReport').filter((st) =>
      actionsOf([st]).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: {
          'Fn::Join': [
            '',
            [
              { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
              `/index/${TABLE_SHAPE.byFormIndex.indexName}`,
            ],
          ],
        },
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${TABLE_SHAPE.erasedTallyPrefix}*`] },
        },
      },
    ]);
  });

  it('sends email only from the sender address, through the identity and configuration set', () => {
    expectScopedSend('monthlyReport');
  });

  it('parks failed runs only in its own failure queue', () => {
    const queue = s.service.monthlyReport.failures;
    if (!queue) throw new Error('the monthly report has no failure queue');
    const sqs = statementsOf('monthlyReport').filter((st) =>
      actionsOf([st]).some((a) => a.startsWith('sqs:')),
    );
    expect(sqs.map((st) => st.Resource)).toEqual([{ 'Fn::GetAtt': [logicalId(s.service, queue), 'Arn'] }]);
  });
});

describe('re-send job role', () => {
  it("may query the by-form index, read, claim and stamp a record, send email, read SES's quota and park failed runs", () => {
    expect(actionsOf(statementsOf('resend'))).toEqual([
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'ses:GetAccount',
      'ses:GetSuppressedDestination',
      'ses:SendEmail',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('never scans or deletes, creates only what the notifier may (confirmation limits, update-due notes), and queries only the by-form index and the look-up index (update-due notes)', () => {
    const statements = statementsOf('resend');
    const actions = actionsOf(statements);
    const put = (fn: 'notify' | 'resend') =>
      statementsOf(fn).filter((st) => actionsOf([st]).includes('dynamodb:PutItem'));
    expect(put('resend')).toEqual(put('notify'));
    for (const forbidden of ['dynamodb:Scan', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) {
      expect(actions).not.toContain(forbidden);
    }
    const queried = JSON.stringify(
      statements.filter((st) => actionsOf([st]).includes('dynamodb:Query')).map((st) => st.Resource),
    );
    expect(queried).toContain(`/index/${TABLE_SHAPE.byFormIndex.indexName}`);
    expect(queried).toContain(`/index/${TABLE_SHAPE.byLookupIndex.indexName}`);
    expect(queried.match(/\/index\//g)).toHaveLength(2);
  });

  it('updates only what the notifier may: the two "sent" timestamps and the sending claim', () => {
    const update = (fn: 'notify' | 'resend') =>
      statementsOf(fn).filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(update('resend')).toEqual(update('notify'));
  });

  it('sends email only from the sender address, through the identity and configuration set', () => {
    expectScopedSend('resend');
  });
});

describe('overdue job role', () => {
  it('may only query the by-team index, decrypt, send email and park failed runs', () => {
    expect(actionsOf(statementsOf('overdue'))).toEqual([
      'dynamodb:Query',
      'kms:Decrypt',
      'kms:DescribeKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'ses:SendEmail',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('queries only the by-team index, never the table itself, and puts no metric data (EMF is a log line)', () => {
    const dynamo = statementsOf('overdue').filter((st) =>
      actionsOf([st]).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: {
          'Fn::Join': [
            '',
            [
              { 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] },
              `/index/${TABLE_SHAPE.byTeamIndex.indexName}`,
            ],
          ],
        },
      },
    ]);
    expect(actionsOf(statementsOf('overdue'))).not.toContain('cloudwatch:PutMetricData');
  });

  it('sends email only from the sender address, through the identity and configuration set', () => {
    expectScopedSend('overdue');
  });
});

describe('every role', () => {
  it('uses "*" only for X-Ray, the SES suppression list (notify, re-send) and ses:GetAccount (re-send), which have no resource-level permissions', () => {
    for (const fn of FUNCTIONS) {
      // Evidence objects are granted by prefix (staging/*, files/*…): test/infra/evidence.test.ts.
      const wildcard = statementsOf(fn).filter(
        (st) =>
          !actionsOf([st]).every((a) => a.startsWith('s3:')) && resourceRefs(st).some((r) => r.includes('*')),
      );
      expect(actionsOf(wildcard)).toEqual([
        ...(fn === 'resend' ? ['ses:GetAccount'] : []),
        ...(fn === 'notify' || fn === 'resend' ? ['ses:GetSuppressedDestination'] : []),
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
    }
  });

  it('uses only the table key for KMS', () => {
    for (const fn of FUNCTIONS) {
      const kms = statementsOf(fn).filter((st) => actionsOf([st]).some((a) => a.startsWith('kms:')));
      for (const statement of kms) {
        expect(statement.Resource).toEqual({
          'Fn::GetAtt': [expect.stringMatching(/^SubmissionsKey/), 'Arn'],
        });
      }
    }
  });
});
