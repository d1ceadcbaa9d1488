import type prices from '../../infra/prices.json';
import type { CfnTemplate } from './templates.ts';

export type Prices = typeof prices;

/** What a month brings: the forms' submissions and the staff who sign in to read them. */
export interface Volume {
  readonly submissions: number;
  readonly staff: number;
  /** Days submissions are kept (the forms' retentionDays): what the tables hold. */
  readonly retentionDays: number;
}

export interface CostLine {
  readonly what: string;
  readonly quantity: number;
  readonly monthly: number;
}

export interface Estimate {
  readonly fixed: CostLine[];
  readonly perUse: CostLine[];
  readonly total: number;
}

/**
 * What one submission brings with it, by assumption (change them here, not in the prices): the
 * visits that lead to it (some people look and do not send), the staff work on it in the
 * workspace, and what each costs in requests, compute and storage.
 */
export const PER_SUBMISSION = {
  visits: 4,
  requestsPerVisit: 12,
  megabytesPerVisit: 0.4,
  /** The form post, and the form's questions when a client asks for them. */
  apiRequests: 2,
  /** Inbox, the submission, progress steps: each a request to the staff function (and API Gateway). */
  staffRequests: 20,
  /** Team email and, when asked for, the confirmation. */
  emails: 2,
  /** Submit (2 items in a transaction, twice the units), notify's marks, progress and audit entries. */
  writeUnits: 40,
  readUnits: 80,
  /** Submit, notify and staff requests, at their usual durations and memory. */
  lambdaGbSeconds: 0.3 * 0.5 + 0.5 * 0.25 + 20 * 0.2 * 0.5,
  storedKilobytes: 12,
  loggedKilobytes: 20,
  kmsRequests: 10,
} as const;

/** Runs a month of an EventBridge schedule (rate or cron, as the stack writes them). */
export const runsPerMonth = (schedule: string): number => {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(schedule);
  if (rate) {
    const minutes = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 }[
      rate[2] as 'minute'
    ];
    return (30 * 1440) / (Number(rate[1]) * minutes);
  }
  if (/MON-FRI/.test(schedule)) return 22;
  if (/^cron\(\S+ \S+ \d+ \* \? \*\)$/.test(schedule)) return 1;
  return 30;
};

const resourcesOf = (templates: CfnTemplate[], type: string) =>
  templates.flatMap((t) => Object.values(t.Resources).filter((r) => r.Type === type));

const line = (what: string, quantity: number, each: number): CostLine => ({
  what,
  quantity,
  monthly: quantity * each,
});

/** What the stack costs whether or not anyone uses it, counted from the templates' resources. */
const fixedCosts = (templates: CfnTemplate[], p: Prices): CostLine[] => {
  const acls = resourcesOf(templates, 'AWS::WAFv2::WebACL');
  const rules = acls.reduce((n, acl) => n + ((acl.Properties?.Rules as unknown[]) ?? []).length, 0);
  const functions = new Map(
    templates.flatMap((t) =>
      Object.entries(t.Resources)
        .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
        .map(([id, r]) => [id, Number(r.Properties?.MemorySize ?? 128) / 1024]),
    ),
  );
  // A scheduled run of about a second, at the function's memory.
  const scheduled = resourcesOf(templates, 'AWS::Events::Rule')
    .filter((r) => typeof r.Properties?.ScheduleExpression === 'string')
    .map((r) => {
      const target = JSON.stringify(r.Properties?.Targets ?? []);
      const gb = [...functions].find(([id]) => target.includes(`"${id}"`))?.[1] ?? 0.5;
      return { runs: runsPerMonth(r.Properties?.ScheduleExpression as string), gb };
    });
  const runs = scheduled.reduce((n, s) => n + s.runs, 0);
  const gbSeconds = scheduled.reduce((n, s) => n + s.runs * s.gb, 0);
  return [
    line('WAF web ACLs', acls.length, p.waf.webAclMonth),
    line('WAF rules', rules, p.waf.ruleMonth),
    line('KMS customer-managed keys', resourcesOf(templates, 'AWS::KMS::Key').length, p.kms.keyMonth),
    line(
      'CloudWatch alarms',
      resourcesOf(templates, 'AWS::CloudWatch::Alarm').length,
      p.cloudwatch.alarmMonth,
    ),
    line(
      'CloudWatch custom metrics (log metric filters)',
      resourcesOf(templates, 'AWS::Logs::MetricFilter').length,
      p.cloudwatch.customMetricMonth,
    ),
    line(
      'Secrets Manager secrets',
      resourcesOf(templates, 'AWS::SecretsManager::Secret').length,
      p.secretsManager.secretMonth,
    ),
    line(
      'Scheduled function runs (about 1 s each)',
      runs,
      (gbSeconds / Math.max(runs, 1)) * p.lambda.arm64PerGBSecond + p.lambda.perMillionRequests / 1e6,
    ),
  ];
};

/** What grows with use: submissions, their visits and staff work, the data kept, staff sign-ins. */
const perUseCosts = (templates: CfnTemplate[], v: Volume, p: Prices): CostLine[] => {
  const u = PER_SUBMISSION;
  const n = v.submissions;
  const edgeRequests = n * (u.visits * u.requestsPerVisit + u.staffRequests);
  const plus = resourcesOf(templates, 'AWS::Cognito::UserPool').some(
    (r) => r.Properties?.UserPoolTier === 'PLUS',
  );
  const storedGb = (n * u.storedKilobytes * (v.retentionDays / 30)) / 1024 / 1024;
  const tables = resourcesOf(templates, 'AWS::DynamoDB::GlobalTable').length;
  return [
    line('CloudFront requests (per 10,000)', edgeRequests / 10_000, p.cloudfront.europePer10kHttpsRequests),
    line('CloudFront data out (GB)', (n * u.visits * u.megabytesPerVisit) / 1024, p.cloudfront.europePerGB),
    line('WAF requests (per million)', (aclsOf(templates) * edgeRequests) / 1e6, p.waf.perMillionRequests),
    line(
      'API Gateway requests (per million)',
      (n * (u.apiRequests + u.staffRequests)) / 1e6,
      p.apiGateway.httpApiPerMillionRequests,
    ),
    line('Lambda compute (GB-seconds)', n * u.lambdaGbSeconds, p.lambda.arm64PerGBSecond),
    line('Lambda requests (per million)', (n * (2 + u.staffRequests)) / 1e6, p.lambda.perMillionRequests),
    line('DynamoDB writes (per million units)', (n * u.writeUnits) / 1e6, p.dynamodb.perMillionWriteUnits),
    line('DynamoDB reads (per million units)', (n * u.readUnits) / 1e6, p.dynamodb.perMillionReadUnits),
    line(
      `DynamoDB storage and point-in-time recovery, ${tables} tables (GB)`,
      storedGb,
      p.dynamodb.storagePerGBMonth + p.dynamodb.pitrPerGBMonth,
    ),
    line('KMS requests (per 10,000)', (n * u.kmsRequests) / 10_000, p.kms.per10kRequests),
    line('SES emails (per 1,000)', (n * u.emails) / 1000, p.ses.per1000Emails),
    line(
      'CloudWatch Logs ingested (GB)',
      (n * u.loggedKilobytes) / 1024 / 1024,
      p.cloudwatch.logsIngestedPerGB,
    ),
    line(
      `Cognito ${plus ? 'Plus (threat protection)' : 'Essentials'} monthly active staff`,
      v.staff,
      plus ? p.cognito.plusPerMonthlyActiveUser : 0,
    ),
  ];
};

const aclsOf = (templates: CfnTemplate[]) => resourcesOf(templates, 'AWS::WAFv2::WebACL').length;

export const estimate = (templates: CfnTemplate[], volume: Volume, prices: Prices): Estimate => {
  const fixed = fixedCosts(templates, prices);
  const perUse = perUseCosts(templates, volume, prices);
  const total = [...fixed, ...perUse].reduce((sum, l) => sum + l.monthly, 0);
  return { fixed, perUse, total };
};
