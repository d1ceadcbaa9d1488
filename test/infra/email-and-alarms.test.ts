import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { OVERDUE_METRIC } from '../../functions/contract/overdue-metric.ts';
import { NOTIFY_DELIVERY } from '../../functions/contract/service-contract.ts';
import { NOTIFY_BACKLOG_MINUTES } from '../../infra/stacks/service-stack.ts';
import { PRODUCTION, synth } from './support/synth.ts';

let template: Template;
beforeAll(() => {
  template = synth(PRODUCTION).template;
});

const alarmTopic = () => Object.keys(template.findResources('AWS::SNS::Topic'))[0];

const alarmsWhere = (metricName: string) =>
  Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
    (a) => a.Properties.MetricName === metricName,
  );

describe('email', () => {
  it("verifies the sender's domain with Easy DKIM", () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: rawConfig.senderEmail.split('@')[1],
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: Match.stringLikeRegexp('^EmailConfigurationSet') },
      },
    });
  });

  it('sends through a configuration set with TLS required, suppression and reputation metrics', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('records bounces and complaints as CloudWatch metrics (no addresses stored)', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        CloudWatchDestination: {
          DimensionConfigurations: [
            {
              DimensionName: 'ses:configuration-set',
              DimensionValueSource: 'messageTag',
              DefaultDimensionValue: 'none',
            },
          ],
        },
      },
    });
  });
});

describe('alarm topic', () => {
  it('is encrypted with a rotating key CloudWatch may use, and refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AlarmsTopicKey'), 'Arn'] },
    });
    // It holds no data, so teardown deletes it (unlike the table's key, which is kept).
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({
        Description: 'Encrypts the operations alarm topic',
        PendingWindowInDays: 7,
      }),
      DeletionPolicy: 'Delete',
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('mails the operations address from config/service.json', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: rawConfig.operationsEmail,
      TopicArn: { Ref: alarmTopic() },
    });
  });
});

describe('alarms', () => {
  const expectAlarm = (metricName: string, expected: Record<string, unknown>) => {
    const found = alarmsWhere(metricName);
    expect(found.length, `alarms on ${metricName}`).toBeGreaterThan(0);
    for (const alarm of found) {
      expect(alarm.Properties).toMatchObject({
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 1,
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: alarmTopic() }],
        OKActions: [{ Ref: alarmTopic() }],
        ...expected,
      });
    }
    return found;
  };

  it('fires when a failure queue (notify, monthly report, overdue, re-send, tally, audit archive, evidence, webhooks) holds any message', () => {
    const found = expectAlarm('ApproximateNumberOfMessagesVisible', {
      Namespace: 'AWS/SQS',
      Statistic: 'Maximum',
      Period: 300,
      Threshold: 0,
    });
    const queues = found
      .map((alarm) => {
        expect(alarm.Properties.Dimensions).toEqual([
          { Name: 'QueueName', Value: { 'Fn::GetAtt': [expect.any(String), 'QueueName'] } },
        ]);
        return alarm.Properties.Dimensions[0].Value['Fn::GetAtt'][0] as string;
      })
      .sort();
    expect(queues).toEqual([
      expect.stringMatching(/^AuditArchiveFailures/),
      expect.stringMatching(/^ErasedTallyFailures/),
      expect.stringMatching(/^EvidenceFailures/),
      expect.stringMatching(/^MonthlyReportFailures/),
      expect.stringMatching(/^MorningEmailFailures/),
      expect.stringMatching(/^NewSubmissionsFailures/),
      expect.stringMatching(/^OverdueFailures/),
      expect.stringMatching(/^ResendWaitingFailures/),
      expect.stringMatching(/^WebhooksFailures/),
      expect.stringMatching(/^WebhooksStreamFailures/),
    ]);
  });

  it('fires on any error and any throttle of each function', () => {
    for (const metric of ['Errors', 'Throttles']) {
      const found = expectAlarm(metric, {
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 300,
        Threshold: 0,
      });
      const functions = found.map((a) => a.Properties.Dimensions[0].Value.Ref).sort();
      expect(functions).toEqual([
        expect.stringMatching(/^AuditArchiverFunction/),
        expect.stringMatching(/^CaseApiFunction/),
        expect.stringMatching(/^CaseReviewFiguresFunction/),
        expect.stringMatching(/^ErasedTallyCounterFunction/),
        expect.stringMatching(/^EvidenceProcessingFunction/),
        expect.stringMatching(/^MonthlyReportFunction/),
        expect.stringMatching(/^MorningEmailFunction/),
        expect.stringMatching(/^NotifyFunction/),
        expect.stringMatching(/^OverdueFunction/),
        expect.stringMatching(/^ResendWaitingFunction/),
        expect.stringMatching(/^ReturnFunction/),
        expect.stringMatching(/^StaffFunction/),
        expect.stringMatching(/^SubmitFunction/),
        expect.stringMatching(/^WebhooksDeliveryFunction/),
        expect.stringMatching(/^WebhooksEventsFunction/),
      ]);
    }
  });

  it('fires on the morning an urgent submission is past its first-contact target', () => {
    const [alarm, ...others] = expectAlarm(OVERDUE_METRIC.urgentPastTarget, {
      Statistic: 'Maximum',
      Period: 86_400,
      Threshold: 0,
    });
    expect(others).toEqual([]);
    // The job writes the metric under the stack's name (METRICS_NAMESPACE).
    expect(alarm?.Properties.Namespace).toBe('RestorativeReferrals-Service');
    expect(alarm?.Properties.Dimensions).toBeUndefined();
  });

  it('fires when new submissions wait for their emails, well before the stream gives up on them', () => {
    expectAlarm('IteratorAge', { Namespace: 'AWS/Lambda', Statistic: 'Maximum', Threshold: 900_000 });
    // A record is dropped at the maximum age before the function sees it: the alarm must fire sooner.
    expect(NOTIFY_BACKLOG_MINUTES * 60).toBeLessThan(NOTIFY_DELIVERY.maxRecordAgeSeconds / 2);
  });

  it('fires on any API 5xx', () => {
    expectAlarm('5xx', {
      Namespace: 'AWS/ApiGateway',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 0,
      Dimensions: [{ Name: 'ApiId', Value: { Ref: expect.stringMatching(/^FormsApi/) } }],
    });
  });

  it("watches the account's SES bounce and complaint rates before SES pauses sending", () => {
    expectAlarm('Reputation.BounceRate', {
      Namespace: 'AWS/SES',
      Statistic: 'Maximum',
      Period: 3600,
      Threshold: 0.05,
    });
    expectAlarm('Reputation.ComplaintRate', {
      Namespace: 'AWS/SES',
      Statistic: 'Maximum',
      Period: 3600,
      Threshold: 0.001,
    });
  });
});
