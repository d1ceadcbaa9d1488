import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Schedule } from 'aws-cdk-lib/aws-events';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { EmailSending } from '../constructs/email-sending.ts';
import { FormsApi } from '../constructs/forms-api.ts';
import { NewSubmissionFeed } from '../constructs/new-submission-feed.ts';
import { FIVE_MINUTES, OperationsAlarms } from '../constructs/operations-alarms.ts';
import { OriginVerify } from '../constructs/origin-verify.ts';
import { ServiceFunction } from '../constructs/service-function.ts';
import { SiteDistribution } from '../constructs/site-distribution.ts';
import { SubmissionTable } from '../constructs/submission-table.ts';
import type { DeploySettings } from '../deploy-settings.ts';

export interface ServiceStackProps extends StackProps {
  readonly config: ServiceConfig;
  readonly settings: DeploySettings;
  /** The built site (absolute path). */
  readonly siteDir: string;
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  readonly webAclArn?: string;
}

/** Everything in the service's region: site, API, functions, table, email and alarms. */
export class ServiceStack extends Stack {
  readonly submit: ServiceFunction;
  readonly notify: ServiceFunction;
  readonly monthlyReport: ServiceFunction;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config, settings } = props;
    const logRetention = settings.logRetentionDays as RetentionDays;

    const submissions = new SubmissionTable(this, 'Submissions');
    const email = new EmailSending(this, 'Email', { senderEmail: config.senderEmail });

    // Submit only creates items (two conditional Puts in one transaction) and reads the
    // duplicate guard. No updates, deletes, scans or queries.
    this.submit = new ServiceFunction(this, 'Submit', {
      entry: 'functions/handlers/submit.ts',
      invokedBy: 'api-gateway',
      description: 'Forms API: lists and describes forms, stores submissions',
      memorySize: 512,
      timeout: Duration.seconds(10),
      logRetention,
    });
    this.submit.useTable(submissions.table, {
      grants: [{ actions: ['dynamodb:PutItem', 'dynamodb:GetItem'] }],
    });
    // Only requests through CloudFront (and its WAF) carry this secret; submit refuses the rest.
    const originVerify = new OriginVerify(this, 'OriginVerify', {
      generation: settings.originVerify.generation,
    });
    originVerify.checkedBy(this.submit);

    // Notify reads the record, stamps when each email went out and sends through SES.
    this.notify = new ServiceFunction(this, 'Notify', {
      entry: 'functions/handlers/notify.ts',
      invokedBy: 'event-source-mapping',
      description: 'Emails the team and the person about each new submission',
      memorySize: 256,
      timeout: Duration.seconds(60),
      logRetention,
      environment: { SES_CONFIGURATION_SET: email.configurationSet.configurationSetName },
    });
    this.notify.useTable(submissions.table, {
      grants: [
        { actions: ['dynamodb:GetItem'] },
        {
          actions: ['dynamodb:UpdateItem'],
          conditions: {
            'ForAllValues:StringEquals': {
              'dynamodb:Attributes': ['pk', 'teamNotifiedAt', 'confirmationSentAt'],
            },
            StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
          },
        },
      ],
    });
    this.notify.allow(email.sendStatement(config.senderEmail));
    const feed = new NewSubmissionFeed(this, 'NewSubmissions', {
      table: submissions.table,
      handler: this.notify.lambda,
    });

    // The monthly report only queries the by-form index (aggregates, no single items) and sends
    // each team its summary. 06:00 UTC on the 1st: the month before is over in UK time too.
    this.monthlyReport = new ServiceFunction(this, 'MonthlyReport', {
      entry: 'functions/handlers/monthly-report.ts',
      invokedBy: 'schedule',
      schedule: Schedule.expression('cron(0 6 1 * ? *)'),
      description: "Emails each team last month's outcome summary (aggregates only)",
      memorySize: 512,
      timeout: Duration.minutes(2),
      logRetention,
      environment: { SES_CONFIGURATION_SET: email.configurationSet.configurationSetName },
    });
    this.monthlyReport.useTable(submissions.table, {
      grants: [{ actions: ['dynamodb:Query'], index: TABLE_SHAPE.byFormIndex.indexName }],
    });
    this.monthlyReport.allow(email.sendStatement(config.senderEmail));

    const forms = new FormsApi(this, 'FormsApi', {
      handler: this.submit.lambda,
      throttle: settings.apiThrottle,
      logRetention,
    });

    const site = new SiteDistribution(this, 'Site', {
      siteDir: props.siteDir,
      api: forms.api,
      apiOriginHeaders: originVerify.originHeaders,
      ...(props.domain ? { domain: props.domain } : {}),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
      accessLogs: settings.accessLogs,
      logRetention,
    });

    const alarms = new OperationsAlarms(this, 'Alarms', { email: config.operationsEmail });
    alarms.watchFunction('Submit', this.submit.lambda);
    alarms.watchFunction('Notify', this.notify.lambda);
    alarms.watchFunction('MonthlyReport', this.monthlyReport.lambda);
    alarms.watchFailureQueue(
      'NotifyFailures',
      feed.failures,
      'A new submission could not be emailed after retries: see docs/deploy.md, "Failed notifications".',
    );
    if (this.monthlyReport.failures) {
      alarms.watchFailureQueue(
        'MonthlyReportFailures',
        this.monthlyReport.failures,
        'The monthly summaries were not all sent after retries: see docs/deploy.md, "Failed monthly reports".',
      );
    }
    alarms.alarm('NotifyBacklog', {
      metric: this.notify.lambda.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: Duration.hours(1).toMilliseconds(),
      description: 'New submissions have waited over an hour for their emails.',
    });
    alarms.alarm('Api5xx', {
      metric: forms.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 0,
      description: 'The forms API answered with a server error.',
    });
    alarms.watchEmailReputation();

    new CfnOutput(this, 'SiteAddress', {
      description: 'Point the DNS name of siteUrl here (CNAME/alias); until then use this address',
      value: site.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'TableName', { value: submissions.table.tableName });
    new CfnOutput(this, 'NotifyFailureQueue', { value: feed.failures.queueUrl });
    new CfnOutput(this, 'MonthlyReportFunction', { value: this.monthlyReport.lambda.functionName });
    if (this.monthlyReport.failures) {
      new CfnOutput(this, 'MonthlyReportFailureQueue', { value: this.monthlyReport.failures.queueUrl });
    }
    new CfnOutput(this, 'AlarmTopic', { value: alarms.topic.topicArn });
  }
}
