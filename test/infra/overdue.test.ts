import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { OVERDUE_METRIC } from '../../functions/contract/overdue-metric.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

describe('the daily overdue job', () => {
  const fn = () => template.toJSON().Resources[logicalId(s.service, s.service.overdue.lambda)];

  it('runs at 07:00 UTC each weekday (the function skips bank holidays), retried then parked', () => {
    const { schedule, failures } = s.service.overdue;
    if (!schedule || !failures) throw new Error('the overdue job has no schedule or failure queue');
    expect(template.toJSON().Resources[logicalId(s.service, schedule)].Properties).toMatchObject({
      ScheduleExpression: 'cron(0 7 ? * MON-FRI *)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [logicalId(s.service, s.service.overdue.lambda), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(s.service, failures), 'Arn'] } },
        },
      ],
    });
  });

  it('writes its metric under the stack name, sends through the configuration set and links to the site', () => {
    expect(fn().Properties.Environment.Variables).toMatchObject({
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
      SES_CONFIGURATION_SET: { Ref: expect.stringMatching(/^EmailConfigurationSet/) },
      [OVERDUE_METRIC.environmentVariable]: s.service.stackName,
      SITE_URL: expect.anything(),
    });
  });
});
