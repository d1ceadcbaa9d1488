import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import {
  COUNTED_LOG_MESSAGES,
  NOTIFY_FILTER,
  TABLE_SHAPE,
} from '../../functions/contract/service-contract.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

const resources = (type: string) => Object.entries(template.findResources(type));

describe('submissions suspected of coming from a bot', () => {
  it('are counted from the submit function’s log lines', () => {
    const filter = resources('AWS::Logs::MetricFilter').find(
      ([, f]) => f.Properties.MetricTransformations[0].MetricName === 'SuspectedSubmissions',
    )?.[1];
    expect(filter?.Properties).toEqual({
      LogGroupName: { Ref: logicalId(s.service, s.service.submit.logGroup) },
      FilterPattern: `{ $.message = "${COUNTED_LOG_MESSAGES.suspectedSubmission}" }`,
      MetricTransformations: [
        {
          MetricName: 'SuspectedSubmissions',
          MetricNamespace: 'RestorativeReferrals-Service/Forms',
          MetricValue: '1',
        },
      ],
    });
  });

  it('alarm when ten or more arrive in five minutes', () => {
    const alarm = resources('AWS::CloudWatch::Alarm').find(([id]) =>
      id.startsWith('AlarmsSuspectedSubmissions'),
    )?.[1];
    expect(alarm?.Properties).toMatchObject({
      MetricName: 'SuspectedSubmissions',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('alarm at once, through the operations topic, when one has an urgent marker', () => {
    const filter = resources('AWS::Logs::MetricFilter').find(
      ([, f]) => f.Properties.MetricTransformations[0].MetricName === 'UrgentSuspectedSubmission',
    )?.[1];
    expect(filter?.Properties).toEqual({
      LogGroupName: { Ref: logicalId(s.service, s.service.submit.logGroup) },
      FilterPattern: `{ ($.message = "${COUNTED_LOG_MESSAGES.suspectedSubmission}") && ($.urgent IS TRUE) }`,
      MetricTransformations: [
        {
          MetricName: 'UrgentSuspectedSubmission',
          MetricNamespace: 'RestorativeReferrals-Service/Forms',
          MetricValue: '1',
        },
      ],
    });
    const alarm = resources('AWS::CloudWatch::Alarm').find(([id]) =>
      id.startsWith('AlarmsUrgentSuspectedSubmission'),
    )?.[1];
    // The topic mailed to operationsEmail, on alarm and on recovery.
    const topic = resources('AWS::SNS::Subscription').find(
      ([, sub]) =>
        sub.Properties.Protocol === 'email' && sub.Properties.Endpoint === rawConfig.operationsEmail,
    )?.[1].Properties.TopicArn;
    expect(topic).toEqual({ Ref: expect.any(String) });
    expect(alarm?.Properties).toMatchObject({
      MetricName: 'UrgentSuspectedSubmission',
      Namespace: 'RestorativeReferrals-Service/Forms',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [topic],
      OKActions: [topic],
    });
  });

  it('never reach the notifier: the stream filter passes inserted submissions only', () => {
    const [, mapping] = resources('AWS::Lambda::EventSourceMapping')[0] ?? [];
    const pattern = JSON.parse(mapping?.Properties.FilterCriteria.Filters[0].Pattern);
    expect(pattern.dynamodb.NewImage[NOTIFY_FILTER.attribute]).toEqual({ S: [TABLE_SHAPE.kinds.submission] });
    expect(TABLE_SHAPE.kinds.suspected).not.toBe(TABLE_SHAPE.kinds.submission);
  });
});
