import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTED_LOG_MESSAGES, RESEND_POLICY } from '../../functions/contract/service-contract.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

/** The template's resources of one type, as [logical id, resource] (the template's own JSON typing). */
const resources = (type: string) =>
  Object.entries(template.toJSON().Resources).filter(([, r]) => (r as { Type: string }).Type === type) as [
    string,
    ReturnType<Template['toJSON']>,
  ][];

describe('the re-send job', () => {
  it(`runs every ${RESEND_POLICY.everyMinutes} minutes on an EventBridge schedule`, () => {
    const fn = logicalId(s.service, s.service.resend.lambda);
    const rules = resources('AWS::Events::Rule').filter(([, r]) =>
      r.Properties.Targets?.some((t: { Arn: unknown }) => JSON.stringify(t.Arn).includes(fn)),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.[1].Properties).toMatchObject({
      ScheduleExpression: `rate(${RESEND_POLICY.everyMinutes} minutes)`,
      State: 'ENABLED',
    });
  });

  it('links team emails to the site, as the notifier does, and sends through the configuration set', () => {
    const fn = template.toJSON().Resources[logicalId(s.service, s.service.resend.lambda)];
    expect(fn.Properties.Environment.Variables).toMatchObject({
      SITE_URL: 'https://referrals.northfield.example.org',
      SES_CONFIGURATION_SET: expect.anything(),
      // deploy.resend.afterMinutes
      RESEND_AFTER_MINUTES: '10',
      TABLE_NAME: expect.anything(),
    });
  });
});

describe('notification alarms', () => {
  /** The metric filter reading `field` from the job's run line, and the alarm on it. */
  const alarmOn = (field: string) => {
    const filters = resources('AWS::Logs::MetricFilter').filter(([, f]) =>
      f.Properties.MetricTransformations.some((m: { MetricName: string }) => m.MetricName === field),
    );
    expect(filters, `a metric filter for ${field}`).toHaveLength(1);
    const [, filter] = filters[0] as (typeof filters)[number];
    expect(filter.Properties.LogGroupName).toEqual({
      Ref: logicalId(s.service, s.service.resend.logGroup),
    });
    expect(filter.Properties.FilterPattern).toContain(`$.message = "${COUNTED_LOG_MESSAGES.resendRun}"`);
    expect(filter.Properties.MetricTransformations[0].MetricValue).toBe(`$.${field}`);
    const namespace = filter.Properties.MetricTransformations[0].MetricNamespace;
    const alarms = resources('AWS::CloudWatch::Alarm').filter(
      ([, a]) => a.Properties.MetricName === field && a.Properties.Namespace === namespace,
    );
    expect(alarms, `an alarm on ${field}`).toHaveLength(1);
    return (alarms[0] as (typeof alarms)[number])[1].Properties;
  };

  it('fires when any submission has waited over an hour for an email (the oldest the job found)', () => {
    expect(alarmOn('oldestWaitingSeconds')).toMatchObject({
      Statistic: 'Maximum',
      Period: 300,
      Threshold: 3600,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [expect.anything()],
    });
  });

  it(`fires when ${RESEND_POLICY.quotaAlarmPercent}% of the SES 24-hour quota is used`, () => {
    expect(alarmOn('sesQuotaUsedPercent')).toMatchObject({
      Statistic: 'Maximum',
      Threshold: RESEND_POLICY.quotaAlarmPercent,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fires when SES has paused sending for the account', () => {
    expect(alarmOn('sesSendingPaused')).toMatchObject({
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });
});
