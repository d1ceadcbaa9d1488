import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge.ts';

export interface OperationsAlarmsProps {
  /** config operationsEmail: confirms the SNS subscription once, then receives every alarm. */
  readonly email: string;
}

export interface AlarmOptions {
  readonly metric: IMetric;
  /** Alarms when the metric is above this (or reaches it, with `orEqual`). */
  readonly threshold: number;
  readonly orEqual?: boolean;
  readonly description: string;
  readonly evaluationPeriods?: number;
}

export const FIVE_MINUTES = Duration.minutes(5);

/** SES pauses sending at a 10% bounce rate and reviews at 5%; complaints at 0.5% and 0.1%. */
export const SES_BOUNCE_RATE_THRESHOLD = 0.05;
export const SES_COMPLAINT_RATE_THRESHOLD = 0.001;

/**
 * An encrypted SNS topic mailed to operations, and the alarms that publish to it (on alarm and on
 * recovery). Quiet periods are not failures: missing data never alarms.
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);

    // The AWS-managed SNS key cannot be used by CloudWatch alarms, so the topic has its own. It
    // protects only alarm messages in flight, never stored data, so tearing down deletes it (after
    // KMS's shortest waiting period) rather than leaving a key to pay for.
    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the operations alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.topic = new Topic(this, 'Topic', {
      displayName: 'Restorative forms alarms',
      masterKey: key,
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.email));
    acknowledge(
      this.topic,
      'Serverless-SNSRedrivePolicy',
      'The only subscriber is the operations mailbox. An undeliverable alarm email could not be acted on from a queue either; the alarm stays in ALARM in CloudWatch and re-notifies on each state change.',
    );
    this.action = new SnsAction(this.topic);
  }

  alarm(id: string, options: AlarmOptions): Alarm {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: options.orEqual
        ? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD
        : ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }

  /** Any error or throttle of a function. */
  watchFunction(id: string, fn: IFunction): void {
    this.alarm(`${id}Errors`, {
      metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 0,
      description: `The ${id} function failed. Its log group has the error (no personal data).`,
    });
    this.alarm(`${id}Throttles`, {
      metric: fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 0,
      description: `The ${id} function was throttled: the account's Lambda concurrency is exhausted.`,
    });
  }

  /**
   * A failure (dead-letter) queue that holds any message: something was given up on. The alarm
   * stays on until the queue is empty (14 days, or a purge), so the queue's address is a stack
   * output (`NotifyFailures` → `NotifyFailureQueue`) for the purge docs/deploy.md describes.
   */
  watchFailureQueue(id: string, queue: IQueue, description: string): Alarm {
    new CfnOutput(Stack.of(this), id.replace(/Failures$/, 'FailureQueue'), {
      description: `The queue behind the ${id} alarm: purge it once dealt with (docs/deploy.md, "Failure queues")`,
      value: queue.queueUrl,
    });
    return this.alarm(id, {
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: 0,
      description,
    });
  }

  /**
   * Counts a function's structured (JSON) log lines whose `message` is exactly `message`, as a
   * metric of its own, and alarms when `threshold` or more arrive in five minutes.
   */
  watchLogMessage(
    id: string,
    options: {
      readonly logGroup: ILogGroup;
      readonly message: string;
      readonly namespace: string;
      readonly threshold: number;
      readonly description: string;
    },
  ): Alarm {
    const filter = new MetricFilter(this, `${id}Filter`, {
      logGroup: options.logGroup,
      filterPattern: FilterPattern.stringValue('$.message', '=', options.message),
      metricNamespace: options.namespace,
      metricName: id,
      metricValue: '1',
    });
    return this.alarm(id, {
      metric: filter.metric({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: options.threshold,
      orEqual: true,
      description: options.description,
    });
  }

  // ---- Urgent suspected submissions (issue 18): begin ------------------------------------------
  /**
   * Counts a function's structured log lines whose `message` is exactly `message` and whose JSON
   * boolean `flag` is true, and alarms at the first one: a single such line must reach operations
   * now, not wait for a wave (as a submission with an urgent marker kept apart as a bot's does).
   */
  watchLogFlag(
    id: string,
    options: {
      readonly logGroup: ILogGroup;
      readonly message: string;
      readonly flag: string;
      readonly namespace: string;
      readonly description: string;
    },
  ): Alarm {
    const filter = new MetricFilter(this, `${id}Filter`, {
      logGroup: options.logGroup,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.message', '=', options.message),
        FilterPattern.booleanValue(`$.${options.flag}`, true),
      ),
      metricNamespace: options.namespace,
      metricName: id,
      metricValue: '1',
    });
    return this.alarm(id, {
      metric: filter.metric({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 1,
      orEqual: true,
      description: options.description,
    });
  }
  // ---- Urgent suspected submissions (issue 18): end --------------------------------------------

  /**
   * Reads a number from a function's structured log lines whose `message` is exactly `message`
   * (the JSON field `field`) as a metric of its own, and alarms when its five-minute maximum is
   * over `threshold` (or reaches it, with `orEqual`). The function needs no CloudWatch permission.
   */
  watchLogValue(
    id: string,
    options: {
      readonly logGroup: ILogGroup;
      readonly message: string;
      readonly field: string;
      readonly namespace: string;
      readonly threshold: number;
      readonly orEqual?: boolean;
      readonly description: string;
    },
  ): Alarm {
    const filter = new MetricFilter(this, `${id}Filter`, {
      logGroup: options.logGroup,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.message', '=', options.message),
        FilterPattern.exists(`$.${options.field}`),
      ),
      metricNamespace: options.namespace,
      metricName: options.field,
      metricValue: `$.${options.field}`,
    });
    return this.alarm(id, {
      metric: filter.metric({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: options.threshold,
      ...(options.orEqual ? { orEqual: true } : {}),
      description: options.description,
    });
  }

  /**
   * A Cognito threat protection metric for one user pool, summed over whatever other dimensions
   * Cognito publishes it with (operation, risk level), through a CloudWatch Metrics Insights query.
   */
  static cognitoRisk(metricName: string, userPoolId: string, period: Duration): IMetric {
    return new MathExpression({
      expression: `SELECT SUM(${metricName}) FROM "AWS/Cognito" WHERE UserPoolId = '${userPoolId}'`,
      usingMetrics: {},
      period,
      label: metricName,
    });
  }

  /** The account's SES reputation, which decides whether SES keeps sending for everyone. */
  watchEmailReputation(): void {
    const reputation = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    this.alarm('SesBounceRate', {
      metric: reputation('Reputation.BounceRate'),
      threshold: SES_BOUNCE_RATE_THRESHOLD,
      description: 'SES bounce rate is over 5%: check team and sender addresses before SES pauses sending.',
    });
    this.alarm('SesComplaintRate', {
      metric: reputation('Reputation.ComplaintRate'),
      threshold: SES_COMPLAINT_RATE_THRESHOLD,
      description: 'SES complaint rate is over 0.1%: confirmation emails are being marked as spam.',
    });
  }
}
