import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAFF_TABLE_SHAPE, TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
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

describe('the morning email job', () => {
  const fn = () => template.toJSON().Resources[logicalId(s.service, s.service.morningEmail.lambda)];
  const statements = () =>
    policyStatementsOf(template, logicalId(s.service, s.service.morningEmail.role)).filter(
      (st) => st.Effect === 'Allow',
    );
  const id = (construct: string) =>
    logicalId(s.service, s.service.node.findChild(construct).node.findChild('Table'));

  it('runs at 07:00 UTC each weekday (the function skips bank holidays), retried then parked', () => {
    const { schedule, failures } = s.service.morningEmail;
    if (!schedule || !failures) throw new Error('the morning email job has no schedule or failure queue');
    expect(template.toJSON().Resources[logicalId(s.service, schedule)].Properties).toMatchObject({
      ScheduleExpression: 'cron(0 7 ? * MON-FRI *)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(s.service, s.service.morningEmail.lambda), 'Arn'] } }],
    });
  });

  it('knows both tables, sends through the configuration set and links to the site', () => {
    expect(fn().Properties.Environment.Variables).toMatchObject({
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
      STAFF_TABLE_NAME: { Ref: expect.stringMatching(/^StaffDataTable/) },
      SES_CONFIGURATION_SET: { Ref: expect.stringMatching(/^EmailConfigurationSet/) },
      SITE_URL: expect.anything(),
    });
  });

  it('may only query the look-up index, query the morning-email choices and send email', () => {
    const dynamo = statements().filter((st) => actionsOf([st]).some((a) => a.startsWith('dynamodb:')));
    const onSubmissions = dynamo.filter((st) => JSON.stringify(st.Resource).includes(id('Submissions')));
    expect(onSubmissions).toHaveLength(1);
    expect(actionsOf(onSubmissions)).toEqual(['dynamodb:Query']);
    expect(JSON.stringify(onSubmissions[0]?.Resource)).toContain(
      `/index/${TABLE_SHAPE.byLookupIndex.indexName}`,
    );
    const onStaff = dynamo.filter((st) => JSON.stringify(st.Resource).includes(id('StaffData')));
    expect(onStaff).toHaveLength(1);
    expect(actionsOf(onStaff)).toEqual(['dynamodb:Query']);
    expect(JSON.stringify(onStaff[0]?.Resource)).not.toContain('/index/');
    expect(onStaff[0]?.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [STAFF_TABLE_SHAPE.morningEmailPartition] },
    });
    const all = actionsOf(statements());
    expect(all.filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:Query']);
    expect(all).toContain('ses:SendEmail');
  });
});
