import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { OVERDUE_METRIC } from '../../functions/contract/overdue-metric.ts';
import {
  AUDIT_ARCHIVE_BACKLOG_MINUTES,
  AUDIT_ARCHIVE_LOG,
  auditPeriodDays,
  COUNTED_LOG_MESSAGES,
  EVIDENCE,
  EVIDENCE_LOG_MESSAGES,
  NOTIFIER_UPDATE_MARKS,
  OBJECT_PREFIXES,
  RESEND_POLICY,
  STAFF_PATHS,
  STAFF_TABLE_SHAPE,
  TABLE_SHAPE,
  UPDATE_DUE,
} from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';
import { AuditArchive } from '../constructs/audit-archive.ts';
import { CaseApi } from '../constructs/case-api.ts';
import { CaseReviewFigures } from '../constructs/case-review-figures.ts';
import { DataEventTrail } from '../constructs/data-event-trail.ts';
import { EmailSending } from '../constructs/email-sending.ts';
import { ErasedTallyFeed } from '../constructs/erased-tally-feed.ts';
import { Evidence } from '../constructs/evidence.ts';
import { FormsApi } from '../constructs/forms-api.ts';
import { HashKey } from '../constructs/hash-key.ts';
import { NewSubmissionFeed } from '../constructs/new-submission-feed.ts';
import { FIVE_MINUTES, OperationsAlarms } from '../constructs/operations-alarms.ts';
import { OriginVerify } from '../constructs/origin-verify.ts';
import { ReturnPages } from '../constructs/return-pages.ts';
import { ServiceFunction } from '../constructs/service-function.ts';
import { SiteDistribution } from '../constructs/site-distribution.ts';
import { StaffRoutes } from '../constructs/staff-routes.ts';
import { StaffSignIn, staffDomainPrefix } from '../constructs/staff-sign-in.ts';
import { StaffTable } from '../constructs/staff-table.ts';
import { SubmissionTable } from '../constructs/submission-table.ts';
import type { TableGrant } from '../constructs/table-access.ts';
import { Webhooks } from '../constructs/webhooks.ts';
import type { DeploySettings } from '../deploy-settings.ts';

export interface ServiceStackProps extends StackProps {
  readonly config: ServiceConfig;
  readonly settings: DeploySettings;
  /** The built site (absolute path). */
  readonly siteDir: string;
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  /** deploy.apiOrigin (required with a domain, see infra/site-domain.ts). */
  readonly apiOrigin?: { readonly domainName: string; readonly certificateArn: string };
  readonly webAclArn?: string;
}

/** The staff table's partition keys the staff function may update or delete: never AUDIT#…. */
/** How long a new submission may wait for its emails before NotifyBacklog fires. */
export const NOTIFY_BACKLOG_MINUTES = 15;

export const STAFF_MUTABLE_KEYS = ['SESSION#*', 'SIGNIN#*', STAFF_TABLE_SHAPE.morningEmailPartition];
/** Suspected submissions in five minutes that alarm: a bot's run, or real people being caught. */
export const SUSPECTED_ALARM_THRESHOLD = 10;
/** Refused sign-ins in five minutes that alarm: a few mistakes pass, a run of them does not. */
export const SIGN_IN_REFUSED_THRESHOLD = 10;

/**
 * Everything in the service's region: site, API, functions, tables, email, the staff workspace
 * (sign-in, function, table) and alarms.
 */
export class ServiceStack extends Stack {
  readonly submit: ServiceFunction;
  readonly notify: ServiceFunction;
  readonly monthlyReport: ServiceFunction;
  readonly overdue: ServiceFunction;
  readonly morningEmail: ServiceFunction;
  readonly resend: ServiceFunction;
  readonly staff: ServiceFunction;
  readonly returnPages: ReturnPages;
  /** Issue 23: the published Case Review figures' function (read only). */
  readonly caseReviewFigures: ServiceFunction;
  /** Slice 22-evidence: the evidence bucket, its scanning and file processing. */
  readonly evidence: Evidence;
  readonly staffSignIn: StaffSignIn;
  readonly erasedTally: ErasedTallyFeed;
  readonly auditArchiver: ServiceFunction;
  readonly auditArchive: AuditArchive;
  readonly dataEvents: DataEventTrail;
  readonly webhooks: Webhooks;
  readonly caseApi: CaseApi;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config, settings } = props;
    const logRetention = settings.logRetentionDays as RetentionDays;

    const submissions = new SubmissionTable(this, 'Submissions');
    const email = new EmailSending(this, 'Email', { senderEmail: config.senderEmail });

    // Submit only creates items (the guard, the record and its search token items, FIND#…, in one
    // transaction of Puts) and reads the duplicate guard. No deletes, scans or queries, and no
    // updates but a repeat's fresh return code (granted with the return pages, below).
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
    // The key for keyed hashes: the duplicate guard (submit) and the per-address confirmation
    // limit (notify and the re-send job).
    const hashKey = new HashKey(this, 'HashKey');
    hashKey.usedBy(this.submit);

    // The functions that email (notify, the monthly report) send through the configuration set.
    const sendsEmail = {
      logRetention,
      environment: { SES_CONFIGURATION_SET: email.configurationSet.configurationSetName },
    };

    // Notify and the re-send job read a record, claim it for sending, stamp when each email went
    // out (or a confirmation was withheld) and send through SES: the update may touch only those
    // attributes and returns nothing. Before a confirmation they claim the address for a day (a
    // keyed hash, on CONFIRM# keys only: they can create no other item) and check SES's
    // suppression list.
    const sendsRecords: TableGrant[] = [
      { actions: ['dynamodb:GetItem'] },
      {
        actions: ['dynamodb:UpdateItem'],
        conditions: {
          'ForAllValues:StringEquals': {
            'dynamodb:Attributes': [
              'pk',
              'teamNotifiedAt',
              'confirmationSentAt',
              'confirmationWithheldAt',
              // Every partner body told of a Case Review application (slice 23).
              'partnersNotifiedAt',
              TABLE_SHAPE.sendingClaimAttribute,
              // Slice 21-team: what it has sent about a person's additions (notify/notify-updates.ts).
              ...NOTIFIER_UPDATE_MARKS,
            ],
          },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
        },
      },
      {
        actions: ['dynamodb:PutItem'],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [
              `${TABLE_SHAPE.confirmationLimitPrefix}*`,
              // Slice 21-team: the note that a case owes an update email (contract/stream.ts).
              `${UPDATE_DUE.prefix}*`,
            ],
          },
        },
      },
    ];

    this.notify = new ServiceFunction(this, 'Notify', {
      entry: 'functions/handlers/notify.ts',
      invokedBy: 'event-source-mapping',
      description: 'Emails the team and the person about each new submission',
      memorySize: 256,
      timeout: Duration.seconds(60),
      ...sendsEmail,
    });
    this.notify.useTable(submissions.table, { grants: sendsRecords });
    hashKey.usedBy(this.notify);
    this.notify.allow(email.sendStatement(config.senderEmail));
    this.notify.allow(email.suppressionReadStatement());
    const feed = new NewSubmissionFeed(this, 'NewSubmissions', {
      table: submissions.table,
      handler: this.notify.lambda,
    });

    // Erased and expired submissions leave an anonymous tally, so past months' figures stand.
    this.erasedTally = new ErasedTallyFeed(this, 'ErasedTally', { table: submissions.table, logRetention });

    // The monthly report only queries the by-form index (aggregates, no single items) and reads
    // the months' erased tallies (TALLY# keys only), and sends each team its summary. 06:00 UTC
    // on the 1st: the month before is over in UK time too.
    this.monthlyReport = new ServiceFunction(this, 'MonthlyReport', {
      entry: 'functions/handlers/monthly-report.ts',
      invokedBy: 'schedule',
      schedule: Schedule.expression('cron(0 6 1 * ? *)'),
      description: "Emails each team last month's outcome summary (aggregates only)",
      memorySize: 512,
      timeout: Duration.minutes(2),
      ...sendsEmail,
    });
    this.monthlyReport.useTable(submissions.table, {
      grants: [
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byFormIndex.indexName },
        {
          actions: ['dynamodb:GetItem'],
          conditions: {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${TABLE_SHAPE.erasedTallyPrefix}*`] },
          },
        },
      ],
    });
    this.monthlyReport.allow(email.sendStatement(config.senderEmail));

    // Each weekday morning (07:00 UTC: 7 or 8 in London, before teams start), the references past
    // their first-contact target go to each team, and the suspected submissions waiting (the same
    // by-team Query) to operationsEmail. It only queries the by-team index and sends; a
    // bank holiday or closure day sends nothing (the function checks, the schedule cannot).
    this.overdue = new ServiceFunction(this, 'Overdue', {
      entry: 'functions/handlers/overdue.ts',
      invokedBy: 'schedule',
      schedule: Schedule.expression('cron(0 7 ? * MON-FRI *)'),
      description:
        'Emails each team the references past their first-contact target, and operations the suspected submissions waiting',
      memorySize: 512,
      timeout: Duration.minutes(2),
      ...sendsEmail,
      environment: {
        ...sendsEmail.environment,
        [OVERDUE_METRIC.environmentVariable]: this.stackName,
      },
    });
    this.overdue.useTable(submissions.table, {
      grants: [{ actions: ['dynamodb:Query'], index: TABLE_SHAPE.byTeamIndex.indexName }],
    });
    this.overdue.allow(email.sendStatement(config.senderEmail));
    // The re-send job: what the stream did not send (RESEND_POLICY), the same way. It finds
    // waiting records with a Query on the by-form index (no Scan) and reads SES's quota.
    this.resend = new ServiceFunction(this, 'ResendWaiting', {
      entry: 'functions/handlers/resend-waiting.ts',
      invokedBy: 'schedule',
      schedule: Schedule.rate(Duration.minutes(RESEND_POLICY.everyMinutes)),
      description: `Every ${RESEND_POLICY.everyMinutes} minutes, emails submissions the stream has not after ${settings.resend.afterMinutes}`,
      memorySize: 256,
      // Room for a few records' worst case (about 45 s each while SES struggles); it stops
      // starting records a minute before the end (RESEND_POLICY.stopWithSecondsLeft).
      timeout: Duration.minutes(3),
      ...sendsEmail,
      environment: { ...sendsEmail.environment, RESEND_AFTER_MINUTES: String(settings.resend.afterMinutes) },
    });
    this.resend.useTable(submissions.table, {
      grants: [
        ...sendsRecords,
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byFormIndex.indexName },
        // Slice 21-team: the cases whose update email is still due (UPDATE_DUE's look-up key).
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byLookupIndex.indexName },
      ],
    });
    this.resend.allow(email.sendStatement(config.senderEmail));
    this.resend.allow(email.suppressionReadStatement());
    hashKey.usedBy(this.resend);
    // GetAccount has no resource type: it reads the account's own quota and sending status.
    this.resend.allow(new PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] }));
    acknowledge(
      this.resend.role,
      'AwsSolutions-IAM5[Resource::*]',
      "ses:GetAccount (the account's sending quota and whether SES has paused sending) has no resource-level permissions in IAM; it reads no messages or addresses.",
    );

    const forms = new FormsApi(this, 'FormsApi', {
      handler: this.submit.lambda,
      throttle: settings.apiThrottle,
      logRetention,
      ...(props.apiOrigin ? { origin: props.apiOrigin } : {}),
    });

    const site = new SiteDistribution(this, 'Site', {
      siteDir: props.siteDir,
      languages: config.languages,
      apiOriginHost: forms.originHost,
      apiOriginHeaders: originVerify.originHeaders,
      ...(props.domain ? { domain: props.domain } : {}),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
      accessLogs: settings.accessLogs,
      logRetention,
    });

    // The staff workspace: Cognito sign-in for staff, the staff function behind /staff/*, and the
    // staff table (sessions, sign-ins in progress, audit trail). Cognito's callback and sign-out
    // addresses are on the site's own host, or the distribution's cloudfront.net name without one.
    const staffTable = new StaffTable(this, 'StaffData');
    this.staffSignIn = new StaffSignIn(this, 'StaffSignIn', {
      config,
      settings: settings.staff,
      siteHost: props.domain?.name ?? site.distribution.distributionDomainName,
      domainPrefix: staffDomainPrefix(this, settings),
    });
    this.staff = new ServiceFunction(this, 'Staff', {
      entry: 'functions/handlers/staff.ts',
      invokedBy: 'api-gateway',
      description: 'Staff workspace: sign-in, inbox, submissions, export and audit trail',
      memorySize: 512,
      // Signing in waits on Cognito twice (discovery, code exchange); API Gateway allows 30 s.
      timeout: Duration.seconds(15),
      logRetention,
      environment: {
        OIDC_ISSUER: this.staffSignIn.issuer,
        OIDC_CLIENT_ID: this.staffSignIn.client.userPoolClientId,
        // Fn::GetAtt on the app client: CloudFormation reads the secret from Cognito at deploy
        // time, so the template and cdk.out only say where it comes from. The function reads it
        // from its environment (functions/config/staff-runtime.ts), where a Secrets Manager copy
        // resolved the same way ({{resolve:secretsmanager:…}}, as for the origin-verify secret)
        // would put it too: that copy would be one more place holding it and one more thing to
        // rotate, and reading it at run time would add a client and a call to every cold start.
        // It is rotated by replacing the client (deploy.staff.clientGeneration).
        OIDC_CLIENT_SECRET: this.staffSignIn.clientSecret,
        OIDC_LOGOUT_URL: this.staffSignIn.logoutUrl,
      },
    });
    // Submissions: read one (or the cases a search found, BatchGetItem), list a team's or a form's
    // and find cases (queries on the three indexes only), record progress (updates of the steps,
    // status, assignee and timeline only) and erase one (an admin, with its duplicate guard,
    // confirmation claim and search token items, by deletes). Puts only to enter an ASB Case
    // Review application for someone (slice 23: the guard, the record and its search tokens in one
    // transaction, each conditional on not existing, as submit writes them).
    this.staff.useTable(submissions.table, {
      grants: [
        { actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem'] },
        {
          actions: ['dynamodb:UpdateItem'],
          conditions: {
            'ForAllValues:StringEquals': {
              // letters: a Case Review applicant's, kept as sent (slice 23).
              'dynamodb:Attributes': [
                'pk',
                'steps',
                'status',
                'assignee',
                'timeline',
                'lookup',
                'followUp',
                'letters',
              ],
            },
            StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
          },
        },
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byTeamIndex.indexName },
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byFormIndex.indexName },
        // Search (FIND# tokens) and My work (MINE# and UNASSIGNED#): the look-up index.
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byLookupIndex.indexName },
        // Erasing finds the submission's duplicate guard by the reference it carries (the record
        // does not name it): a Scan that may read the key, kind and reference attributes only.
        {
          actions: ['dynamodb:Scan'],
          conditions: {
            'ForAllValues:StringEquals': {
              'dynamodb:Attributes': [
                TABLE_SHAPE.partitionKey.name,
                TABLE_SHAPE.kindAttribute,
                TABLE_SHAPE.referenceAttribute,
              ],
            },
            StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
          },
        },
      ],
    });
    // The staff table is the function's own: sessions and sign-ins come and go, audit entries are
    // added and read by reference (the table) or by person (the by-actor index). BatchGetItem
    // reads the same items GetItem does (which of a page of submissions this person has opened).
    // Only sessions and sign-ins are ever updated or deleted, so the audit trail cannot be edited
    // or deleted through this function (partition keys SESSION#… and SIGNIN#… only). No scans.
    this.staff.useTable(
      staffTable.table,
      {
        grants: [
          { actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:Query'] },
          {
            actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': STAFF_MUTABLE_KEYS } },
          },
          { actions: ['dynamodb:Query'], index: STAFF_TABLE_SHAPE.byActorIndex.indexName },
        ],
      },
      'STAFF_TABLE_NAME',
    );
    // And, whatever is granted later, never an update or delete of an audit entry (an explicit
    // deny wins over any allow). Writing one over with PutItem cannot be refused this way (IAM has
    // no create-only condition): the audit archive keeps the original and alarms (AuditArchive).
    this.staff.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'NeverChangeAnAuditEntry',
        effect: Effect.DENY,
        actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [staffTable.table.tableArn],
        conditions: {
          'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_TABLE_SHAPE.auditPrefix}*`] },
        },
      }),
    );
    // Erasing removes the confirmation claim, kept under a keyed hash of the address (already
    // covered by the DeleteItem grant above; the claim is deleted only while it is the record's).
    hashKey.usedBy(this.staff);
    originVerify.checkedBy(this.staff);
    // Each working-day morning, the members who asked on My work get their counts and follow-up
    // references (never names, answers or what a follow-up is for). It queries the look-up index,
    // reads the staff table's morning-email partition only, and sends.
    this.morningEmail = new ServiceFunction(this, 'MorningEmail', {
      entry: 'functions/handlers/morning-email.ts',
      invokedBy: 'schedule',
      schedule: Schedule.expression('cron(0 7 ? * MON-FRI *)'),
      description: 'Emails each member who asked for it their follow-ups due and counts of their work',
      memorySize: 512,
      timeout: Duration.minutes(5),
      ...sendsEmail,
    });
    this.morningEmail.useTable(submissions.table, {
      grants: [{ actions: ['dynamodb:Query'], index: TABLE_SHAPE.byLookupIndex.indexName }],
    });
    this.morningEmail.useTable(
      staffTable.table,
      {
        grants: [
          {
            actions: ['dynamodb:Query'],
            conditions: {
              'ForAllValues:StringEquals': {
                'dynamodb:LeadingKeys': [STAFF_TABLE_SHAPE.morningEmailPartition],
              },
            },
          },
        ],
      },
      'STAFF_TABLE_NAME',
    );
    this.morningEmail.allow(email.sendStatement(config.senderEmail));
    new StaffRoutes(this, 'StaffApi', { api: forms.api, handler: this.staff.lambda });
    // Slice 22-evidence: submit signs uploads to staging/ and looks at them; staff download files/
    // and erase every copy; processing alone writes files/ and quarantine/.
    this.evidence = new Evidence(this, 'Evidence', {
      table: submissions.table,
      accessLogs: site.logBucket,
      logRetention,
    });
    this.evidence.name(this.submit);
    this.evidence.allowObjects(this.submit, ['s3:PutObject', 's3:GetObject'], [OBJECT_PREFIXES.staging]);
    this.evidence.name(this.staff);
    this.evidence.allowObjects(this.staff, ['s3:GetObject'], [OBJECT_PREFIXES.files]);
    this.evidence.allowObjects(
      this.staff,
      ['s3:DeleteObject', 's3:DeleteObjectVersion'],
      [OBJECT_PREFIXES.staging, OBJECT_PREFIXES.files, OBJECT_PREFIXES.quarantine],
    );
    this.evidence.allowListing(this.staff, [
      OBJECT_PREFIXES.staging,
      OBJECT_PREFIXES.files,
      OBJECT_PREFIXES.quarantine,
    ]);
    this.evidence.uploadBehaviour(site.distribution);
    // The site's public address, for the workspace's sign-in return and the team emails' links:
    // the configured siteUrl may be a placeholder where there is no custom domain yet.
    const siteUrl = `https://${props.domain?.name ?? site.distribution.distributionDomainName}`;
    for (const fn of [this.notify, this.resend, this.staff, this.overdue, this.morningEmail]) {
      fn.lambda.addEnvironment('SITE_URL', siteUrl);
    }
    // Slice 21-access: the way back in, its own function behind /return/ and /cy/return/.
    this.returnPages = new ReturnPages(this, 'Return', {
      api: forms.api,
      submissions: submissions.table,
      staffTable: staffTable.table,
      hashKey,
      originVerify,
      distribution: site.distribution,
      apiOrigin: site.apiOrigin,
      languages: config.languages,
      logRetention,
      siteUrl,
      email,
      senderEmail: config.senderEmail,
    });
    // Evidence from the way back in (issue 22): presigned uploads to staging/ and a first look at each.
    this.evidence.name(this.returnPages.fn);
    this.evidence.allowObjects(
      this.returnPages.fn,
      ['s3:PutObject', 's3:GetObject'],
      [OBJECT_PREFIXES.staging],
    );
    // Issue 23: the published Case Review figures, a read-only function of their own; CloudFront's
    // behaviours to it are the site distribution's (ahead of the form pages').
    this.caseReviewFigures = new CaseReviewFigures(this, 'CaseReviewFigures', {
      api: forms.api,
      submissions: submissions.table,
      originVerify,
      languages: config.languages,
      logRetention,
      siteUrl,
    }).fn;
    // A repeated submission's fresh return code: the code's hash alone, on a case that has one.
    this.submit.useTable(submissions.table, {
      grants: [
        {
          actions: ['dynamodb:UpdateItem'],
          conditions: {
            'ForAllValues:StringEquals': {
              'dynamodb:Attributes': [TABLE_SHAPE.partitionKey.name, 'returnCodeHash'],
            },
            StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
          },
        },
      ],
    });

    // --- The audit trail nobody can bend (issue 18): its locked archive and the data-event trail.
    // Each audit entry the staff table receives reaches the archive function through the table's
    // stream and is kept, locked for the audit period, where no role can change or delete it.
    const auditDays = auditPeriodDays(config);
    this.auditArchiver = new ServiceFunction(this, 'AuditArchiver', {
      entry: 'functions/handlers/audit-archive.ts',
      invokedBy: 'event-source-mapping',
      description: 'Keeps each audit entry in the locked archive bucket (from the staff table stream)',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention,
    });
    this.auditArchive = new AuditArchive(this, 'AuditArchive', {
      table: staffTable.table,
      archiver: this.auditArchiver,
      retentionDays: auditDays,
      accessLogs: site.logBucket,
    });
    // Who read or wrote which item of either table, kept for the audit period too.
    this.dataEvents = new DataEventTrail(this, 'DataEvents', {
      tables: [submissions.table, staffTable.table],
      retentionDays: auditDays,
      accessLogs: site.logBucket,
    });
    // --- end of the audit trail's resources (its alarms follow the others below).

    const alarms = new OperationsAlarms(this, 'Alarms', { email: config.operationsEmail });
    alarms.watchFunction('Submit', this.submit.lambda);
    alarms.watchFunction('Notify', this.notify.lambda);
    alarms.watchFunction('MonthlyReport', this.monthlyReport.lambda);
    alarms.watchFunction('Overdue', this.overdue.lambda);
    alarms.watchFunction('MorningEmail', this.morningEmail.lambda);
    if (this.morningEmail.failures) {
      alarms.watchFailureQueue(
        'MorningEmailFailures',
        this.morningEmail.failures,
        'The personal morning emails (My work counts) did not all go after retries: members can still open My work; see docs/deploy.md, "Failure queues".',
      );
    }
    if (this.overdue.failures) {
      alarms.watchFailureQueue(
        'OverdueFailures',
        this.overdue.failures,
        'The morning list of submissions past their first-contact target was not sent to every team after retries: see docs/operations.md, "Nothing waits unseen".',
      );
    }
    // The job's own EMF metric: one urgent submission past its target is one too many.
    alarms.alarm('UrgentPastTarget', {
      metric: new Metric({
        namespace: this.stackName,
        metricName: OVERDUE_METRIC.urgentPastTarget,
        period: Duration.days(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      description:
        'An urgent submission has waited past its first-contact target: the team has the references in its morning email; see docs/operations.md, "Nothing waits unseen".',
    });
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
    // Well under the stream's maximum record age: a record is dropped (to the failure queue) at that
    // age before the function sees it, so an iterator age equal to it could never be seen.
    alarms.alarm('NotifyBacklog', {
      metric: this.notify.lambda.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: NOTIFY_BACKLOG_MINUTES * 60_000,
      description: `New submissions have waited over ${NOTIFY_BACKLOG_MINUTES} minutes for their emails.`,
    });
    alarms.watchFunction('ErasedTally', this.erasedTally.counter.lambda);
    alarms.watchFailureQueue(
      'ErasedTallyFailures',
      this.erasedTally.failures,
      'Removed submissions could not be counted into their months’ anonymous tallies for 24 hours: past months’ reports are short by that many. See docs/operations.md, "Figures that stand".',
    );
    alarms.watchFunction('ResendWaiting', this.resend.lambda);
    if (this.resend.failures) {
      alarms.watchFailureQueue(
        'ResendWaitingFailures',
        this.resend.failures,
        'The re-send job could not read the table after retries (it runs again within minutes): see its log group.',
      );
    }
    const resendLine = {
      logGroup: this.resend.logGroup,
      message: COUNTED_LOG_MESSAGES.resendRun,
      namespace: `${this.stackName}/Notifications`,
    };
    alarms.watchLogValue('SubmissionWaitingOverAnHour', {
      ...resendLine,
      field: 'oldestWaitingSeconds',
      threshold: RESEND_POLICY.alarmAfterMinutes * 60,
      description:
        'A submission has waited over an hour for its team email or confirmation, despite the re-send job: see docs/deploy.md, "Failed notifications".',
    });
    alarms.watchLogValue('SesQuotaNearlyUsed', {
      ...resendLine,
      field: 'sesQuotaUsedPercent',
      threshold: RESEND_POLICY.quotaAlarmPercent,
      orEqual: true,
      description: `${RESEND_POLICY.quotaAlarmPercent}% or more of the SES 24-hour sending quota is used: team emails will stop when it runs out. See docs/deploy.md, "Failed notifications".`,
    });
    alarms.watchLogValue('SesSendingPaused', {
      ...resendLine,
      field: 'sesSendingPaused',
      threshold: 0,
      description:
        'SES has paused sending for the account (bounce or complaint rate): no email goes out. See docs/deploy.md, "Failed notifications".',
    });
    alarms.alarm('Api5xx', {
      metric: forms.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 0,
      description: 'The forms API or the staff workspace answered with a server error.',
    });
    alarms.watchEmailReputation();
    alarms.watchFunction('Staff', this.staff.lambda);
    alarms.watchFunction('Return', this.returnPages.fn.lambda);
    alarms.watchFunction('CaseReviewFigures', this.caseReviewFigures.lambda);
    // Every suspected submission is counted; a wave of them (a bot, or a page change that trips
    // real people) alarms, so someone looks at `ops suspected`.
    alarms.watchLogMessage('SuspectedSubmissions', {
      logGroup: this.submit.logGroup,
      message: COUNTED_LOG_MESSAGES.suspectedSubmission,
      namespace: `${this.stackName}/Forms`,
      threshold: SUSPECTED_ALARM_THRESHOLD,
      description: `${SUSPECTED_ALARM_THRESHOLD} or more submissions in five minutes were kept apart as suspected of coming from a bot: check them with npm run ops -- suspected (docs/operations.md).`,
    });
    // One with an urgent marker cannot wait for a wave, nor for the next morning's email of those
    // waiting (the overdue job's): it alarms at once, with no reference or answer in the alarm.
    alarms.watchLogFlag('UrgentSuspectedSubmission', {
      logGroup: this.submit.logGroup,
      message: COUNTED_LOG_MESSAGES.suspectedSubmission,
      flag: 'urgent',
      namespace: `${this.stackName}/Forms`,
      description:
        'A submission with an urgent marker was kept apart as suspected of coming from a bot: look at it now with npm run ops -- suspected, and release it if it is a real person’s (docs/operations.md, "suspected and release").',
    });
    alarms.watchLogMessage('StaffSignInRefused', {
      logGroup: this.staff.logGroup,
      message: COUNTED_LOG_MESSAGES.signInRefused,
      namespace: `${this.stackName}/Staff`,
      threshold: SIGN_IN_REFUSED_THRESHOLD,
      description: `The staff workspace refused ${SIGN_IN_REFUSED_THRESHOLD} or more sign-ins in five minutes: see docs/deploy.md, "Staff accounts".`,
    });
    if (this.staffSignIn.threatProtection) {
      const poolId = this.staffSignIn.userPool.userPoolId;
      alarms.alarm('StaffCompromisedCredentials', {
        metric: OperationsAlarms.cognitoRisk('CompromisedCredentialRisk', poolId, FIVE_MINUTES),
        threshold: 0,
        description:
          'Cognito saw a staff sign-in or password change with a password known from a breach elsewhere: see docs/deploy.md, "Staff accounts".',
      });
      alarms.alarm('StaffAccountTakeoverRisk', {
        metric: OperationsAlarms.cognitoRisk('AccountTakeoverRisk', poolId, Duration.hours(1)),
        threshold: 3,
        orEqual: true,
        description:
          'Cognito rated 3 or more staff sign-ins in an hour as risky (unusual device, place or address): see docs/deploy.md, "Staff accounts".',
      });
    }

    // --- The audit trail's alarms (issue 18).
    alarms.watchFunction('AuditArchiver', this.auditArchiver.lambda);
    alarms.watchFailureQueue(
      'AuditArchiveFailures',
      this.auditArchive.failures,
      'Audit entries could not be archived for 24 hours and were given up on by the stream: see docs/operations.md, "The audit archive".',
    );
    alarms.alarm('AuditArchiveBacklog', {
      metric: this.auditArchiver.lambda.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: AUDIT_ARCHIVE_BACKLOG_MINUTES * 60_000,
      description: `Audit entries have waited over ${AUDIT_ARCHIVE_BACKLOG_MINUTES} minutes for the archive (it keeps retrying for 24 hours): see docs/operations.md, "The audit archive".`,
    });
    alarms.watchLogMessage('AuditEntryChanged', {
      logGroup: this.auditArchiver.logGroup,
      message: AUDIT_ARCHIVE_LOG.changed,
      namespace: `${this.stackName}/AuditTrail`,
      threshold: 1,
      description:
        'An audit entry was written over or deleted after it was written (the archive kept both): see docs/operations.md, "The audit archive".',
    });
    // --- end of the audit trail's alarms.
    // Slice 22-evidence: file processing failing, a threat found, a scan that could not finish.
    alarms.watchFunction('EvidenceProcessing', this.evidence.processing.lambda);
    alarms.watchFailureQueue(
      'EvidenceProcessingFailures',
      this.evidence.failures,
      'An evidence file could not be processed after retries: it stays "still being checked". See docs/operations.md, "Evidence files".',
    );
    alarms.watchLogMessage('EvidenceThreat', {
      logGroup: this.evidence.processing.logGroup,
      message: EVIDENCE_LOG_MESSAGES.threat,
      namespace: `${this.stackName}/Evidence`,
      threshold: 1,
      description:
        'The malware scan found a threat in an evidence upload: it is quarantined. See docs/operations.md, "Evidence files".',
    });
    alarms.watchLogMessage('EvidenceNotScanned', {
      logGroup: this.evidence.processing.logGroup,
      message: EVIDENCE_LOG_MESSAGES.unscanned,
      namespace: `${this.stackName}/Evidence`,
      threshold: 1,
      description:
        'GuardDuty could not scan an evidence upload (failed, unsupported or access denied): it is kept apart. See docs/operations.md, "Evidence files".',
    });
    alarms.watchLogMessage('EvidenceScanOverdue', {
      logGroup: this.evidence.processing.logGroup,
      message: EVIDENCE_LOG_MESSAGES.scanOverdue,
      namespace: `${this.stackName}/Evidence`,
      threshold: 1,
      description: `An evidence file's malware scan had not come back ${EVIDENCE.scanAlarmMinutes} minutes after it was sent: the team sees "still being checked". See docs/operations.md, "Evidence files".`,
    });

    // Issue 24: signed events to the teams' case systems (infra/constructs/webhooks.ts).
    this.webhooks = new Webhooks(this, 'Webhooks', {
      config,
      submissions: submissions.table,
      staffTable: staffTable.table,
      logRetention,
      alarms,
    });
    this.caseApi = new CaseApi(this, 'CaseApi', {
      config,
      submissions: submissions.table,
      staffTable: staffTable.table,
      api: forms.api,
      stage: forms.stage,
      userPool: this.staffSignIn.userPool,
      domain: this.staffSignIn.domain,
      issuer: this.staffSignIn.issuer,
      logRetention,
      alarms,
      originVerify,
    });

    new CfnOutput(this, 'SiteAddress', {
      description: 'Point the DNS name of siteUrl here (CNAME/alias); until then use this address',
      value: site.distribution.distributionDomainName,
    });
    if (forms.originDomain) {
      new CfnOutput(this, 'ApiOriginTarget', {
        description: `Point the DNS name ${props.apiOrigin?.domainName} here (CNAME); CloudFront reaches the API only there`,
        value: forms.originDomain.regionalDomainName,
      });
    }
    new CfnOutput(this, 'TableName', { value: submissions.table.tableName });
    // Each failure queue's output (NotifyFailureQueue...) comes with its alarm (watchFailureQueue).
    new CfnOutput(this, 'MonthlyReportFunction', { value: this.monthlyReport.lambda.functionName });
    new CfnOutput(this, 'OverdueFunction', { value: this.overdue.lambda.functionName });
    new CfnOutput(this, 'AlarmTopic', { value: alarms.topic.topicArn });
    new CfnOutput(this, 'StaffWorkspace', {
      description: 'Where staff sign in',
      value: `https://${props.domain?.name ?? site.distribution.distributionDomainName}${STAFF_PATHS.inbox}`,
    });
    new CfnOutput(this, 'StaffUserPoolId', {
      description: 'The staff user pool, for aws cognito-idp admin-create-user and admin-add-user-to-group',
      value: this.staffSignIn.userPool.userPoolId,
    });
    new CfnOutput(this, 'StaffSignInDomain', {
      description:
        "Cognito's sign-in pages for staff (and a SAML provider's reply address: /saml2/idpresponse)",
      value: this.staffSignIn.domain.baseUrl(),
    });
    new CfnOutput(this, 'StaffTableName', { value: staffTable.table.tableName });
    new CfnOutput(this, 'AuditArchiveBucket', {
      description: 'The locked copy of every audit entry (docs/operations.md, "The audit archive")',
      value: this.auditArchive.bucket.bucketName,
    });
    new CfnOutput(this, 'DataEventTrailBucket', {
      description: 'CloudTrail data events of both tables: who read or wrote which item',
      value: this.dataEvents.bucket.bucketName,
    });
  }
}
