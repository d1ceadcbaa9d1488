import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cy, cyPages } from '../../functions/i18n/catalogue/cy.ts';
import { en, enPages } from '../../functions/i18n/catalogue/en.ts';
import { ESM_BANNER, type ServiceFunction } from '../../infra/constructs/service-function.ts';
import { CLOCK_VARIABLE } from '../../local/clock-setting.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth({ ...PRODUCTION, bundle: true });
  template = s.template;
});

/**
 * Bundle budgets (minified KB) sit a few percent above today's sizes, so a dependency that drags
 * in a lot more code fails here. The AWS SDK alone is about 190 KB of each: see `npm run
 * bundle:report` and, for why it is bundled anyway, the cold-start part of `npm run bench`.
 */
// Issue 20 (a caseworker's day) grew every bundle that carries the form definitions (findable
// answers, urgency apart from markers, pause steps: Submit 422.9, Notify 468.8, MonthlyReport 433.2,
// ResendWaiting 464.5 KB) and the staff function by its five new page sets (search, timeline,
// follow-up, My work, bulk assign: 438.9 to 491.7 KB), all the service's own code, no new dependency.
const CASES = [
  {
    name: 'Submit',
    key: 'submit',
    memory: 512,
    timeout: 10,
    sdkCommand: 'TransactWriteItems',
    // 341.7 KB once answers had character rules and forms their progress steps; 418.3 KB with
    // the English and Welsh catalogues (66 KB: every public string, with translator notes); 397.1 KB
    // once the static pages' strings moved apart (catalogue/*.ts `enPages`, `cyPages`; only the site
    // build imports them). 413.7 KB with the question types drawn by functions/govuk (issue 19:
    // every function carries the question types, so each gains the components, about 6 KB).
    // Issue 22: the S3 client, presigned POST and file-type (was 428); 741.8 KB with the return
    // code, the evidence and Case Review questions and their words (issues 21-23).
    // 758.5 KB with the one-time sign-in link's words in both catalogues (issue 21, ~5.5 KB).
    budgetKb: 765,
  },
  // 390.4 KB once team emails linked to the staff workspace; 466.9 KB with the catalogues (the
  // confirmation email is written in the person's language); 448.2 KB without the pages' strings.
  // 460.9 KB with the question types drawn by functions/govuk.
  // 474.8 KB with the update email and the Case Review notice in both languages (issue 21).
  // 531.9 KB with partner bodies' emails, the Case Review form and the webhook settings (issues 21-24).
  // 545.9 KB with the one-time sign-in link's words in both catalogues (issue 21).
  { name: 'Notify', key: 'notify', memory: 256, timeout: 60, sdkCommand: 'SendEmail', budgetKb: 555 },
  {
    name: 'MonthlyReport',
    key: 'monthlyReport',
    memory: 512,
    timeout: 120,
    sdkCommand: 'SendEmail',
    // 390.4 KB once forms declared their progress steps; 402 KB with the funnel and the bank
    // holiday table (date-holidays itself would add 1.45 MB); 405.5 KB with each language's error
    // message templates (the catalogues stay out: only page and email code imports them); 417.2 KB
    // with the erased tally's months and strict configuration's key suggestions.
    // 423.0 KB with the question types drawn by functions/govuk.
    // 457 KB with the Case Review form and the return pages' words in the catalogues (issues 21-23).
    budgetKb: 468,
  },
  // The re-send job: the notifier's code, the by-form Query and SES GetAccount.
  {
    name: 'ResendWaiting',
    key: 'resend',
    memory: 256,
    timeout: 180,
    sdkCommand: 'GetAccount',
    // 462.6 KB with the catalogues (the confirmation email it re-sends is in the person's language);
    // 444 KB without the static pages' strings; 456.6 KB with the question types drawn by functions/govuk.
    // 470.2 KB with the update email and the Case Review notice (issue 21).
    // 527.9 KB with the Case Review form, partner emails and the webhook settings (issues 21-24).
    // 541.8 KB with the one-time sign-in link's words in both catalogues (issue 21).
    budgetKb: 550,
  },
  // The morning list past first-contact target: 381.7 KB, of which the progress code 6.9 KB; 388.5 KB
  // with each language's error message templates; 396.6 KB with the suspected-submissions email and
  // strict configuration; 402.1 KB with the question types drawn by functions/govuk; 405.2 KB with
  // the Case Review notice's strings in the catalogues (issue 21).
  // 425.1 KB with the Case Review clock's steps in the overdue list (issue 23).
  { name: 'Overdue', key: 'overdue', memory: 512, timeout: 120, sdkCommand: 'SendEmail', budgetKb: 435 },
  // The staff workspace: openid-client, its pages and the DynamoDB client; 461.8 KB with the
  // catalogues, which come with the page frame it shares with the public pages, and 484.6 KB with
  // the progress pages and step rules; 457.3 KB once the static pages' strings moved apart. The
  // functions' own strings (~42 KB, both languages) still come with the frame. 475.9 KB with the
  // audit in words, the one case loader, erasure's guard and claim, the tally and strict config.
  // 483.9 KB with functions/govuk. 438.9 KB once the page frame took its words as parameters and
  // the workspace's own were written in English (issue 19): no catalogue in the staff function.
  // 454.3 KB with My work, follow-ups and the morning-email choice (issue 20).
  // Issue 22: the S3 client and presigner (was 500).
  // 722.3 KB with evidence downloads (S3 presigner), Case Review letters and the webhooks page (issues 22-24).
  { name: 'Staff', key: 'staff', memory: 512, timeout: 15, sdkCommand: 'GetItem', budgetKb: 735 },
  // Each member's morning email (issue 20): the look-up Query, the staff table's choices and SES: 417 KB.
  {
    name: 'MorningEmail',
    key: 'morningEmail',
    memory: 512,
    timeout: 300,
    sdkCommand: 'SendEmail',
    // 444.8 KB with the Case Review form and its clock's steps (issue 23).
    budgetKb: 455,
  },
  // The published Case Review figures (issue 23): the by-form Query, the tallies and the public
  // page frame with the catalogues: 464 KB (the forms' definitions come with the erased tally).
  {
    name: 'CaseReviewFigures',
    key: 'caseReviewFigures',
    memory: 256,
    timeout: 10,
    sdkCommand: 'Query',
    budgetKb: 475,
  },
] as const;

type FunctionKey = (typeof CASES)[number]['key'];

const resourceOf = (key: FunctionKey) =>
  template.toJSON().Resources[logicalId(s.service, s.service[key].lambda)];

/** The function's synthesized bundle, as uploaded to Lambda. */
const bundleOf = (key: FunctionKey) =>
  path.join(s.outdir, resourceOf(key).Metadata['aws:asset:path'], 'index.mjs');

const FUNCTION_STRINGS = [...Object.values(en).map((e) => e.text), ...Object.values(cy)];

/** Every static-page string long enough not to occur by chance, English and Welsh, unescaped. */
const PAGE_STRINGS = [...Object.values(enPages).map((e) => e.text), ...Object.values(cyPages)]
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 40)
  // Words a page shares with the functions' own strings (the danger notice) are theirs too.
  .filter((part) => !FUNCTION_STRINGS.some((text) => text.includes(part)));

/** A bundle's text as its strings read: esbuild writes non-ASCII characters as \u escapes. */
const unescaped = (code: string) =>
  code
    .replace(/\\u([0-9a-fA-F]{4})/g, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\(["'])/g, '$1');

const sizes: string[] = [];
afterAll(() => {
  if (sizes.length > 0) console.info(`Minified bundles (index.mjs): ${sizes.join(', ')}`);
});

describe.each(CASES)('$name function', ({ name, key, memory, timeout, sdkCommand, budgetKb }) => {
  it('runs Node 24 on arm64 with explicit memory and timeout, X-Ray and JSON logs', () => {
    expect(resourceOf(key).Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: memory,
      Timeout: timeout,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: {
        LogFormat: 'JSON',
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'WARN',
        LogGroup: { Ref: logicalId(s.service, s.service[key].logGroup) },
      },
    });
  });

  it('logs to its own log group, kept for the configured retention', () => {
    const logGroup = template.toJSON().Resources[logicalId(s.service, s.service[key].logGroup)];
    expect(logGroup).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 90 },
      DeletionPolicy: 'Delete',
    });
  });

  it('gets the table name and source maps from its environment', () => {
    expect(resourceOf(key).Properties.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
    });
  });

  it('has a role of its own with no managed policies', () => {
    const role = template.toJSON().Resources[logicalId(s.service, s.service[key].role)];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    ]);
  });

  it('is one minified ESM bundle with the AWS SDK inside and a source map', () => {
    const file = bundleOf(key);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.map`)).toBe(true);
    const code = readFileSync(file, 'utf8');
    // Booleans, not toMatch: a failure must not print a megabyte of bundle.
    expect(code.startsWith(ESM_BANNER)).toBe(true);
    expect(/export\s*\{[^}]*\bas handler\s*\}/.test(code)).toBe(true);
    // The SDK is inside: its command names are there and nothing imports it at run time (the
    // only require() calls left are the SDK's own optional CRT probes, inside try/catch).
    expect(code.includes(sdkCommand)).toBe(true);
    expect(/(?:\bfrom|\bimport\()\s*["']@aws-sdk\//.test(code)).toBe(false);
    expect(/require\(["']@aws-sdk\/(?:client|lib)-/.test(code)).toBe(false);
    // No Secrets Manager client: the origin-verify secret arrives in submit's environment.
    expect(code.includes('GetSecretValue')).toBe(false);
    // Minified: the project's own names are mangled and lines are long (line breaks survive only
    // inside template literals, such as the server-rendered HTML and zod's generated code).
    expect(/\b(?:answerSubmission|validateAnswers|normaliseAnswers)\b/.test(code)).toBe(false);
    expect(code.length / code.split('\n').length).toBeGreaterThan(500);
    // The static pages' strings (enPages, cyPages) stay in the site build, in both languages
    // (strings the functions share, such as a form's title, live in en and cy instead).
    const readable = unescaped(code);
    expect(PAGE_STRINGS.filter((text) => readable.includes(text))).toEqual([]);
    sizes.push(`${name} ${(statSync(file).size / 1024).toFixed(0)} KB`);
  });

  it('keeps the machine clock: a SERVICE_CLOCK setting reaches only local tools, never a handler', () => {
    expect(readFileSync(bundleOf(key), 'utf8').includes(CLOCK_VARIABLE)).toBe(false);
  });

  it(`stays within its bundle budget of ${budgetKb} KB minified`, () => {
    expect(statSync(bundleOf(key)).size / 1024).toBeLessThanOrEqual(budgetKb);
  });
});

describe('the staff function', () => {
  it('carries no catalogue: the workspace is English and writes its own words (issue 19)', () => {
    const readable = unescaped(readFileSync(bundleOf('staff'), 'utf8'));
    // The Case Review letters are the workspace's own Welsh (issue 23), and may say a sentence as
    // the catalogue does: a sentence they share proves nothing about the catalogue.
    const letters = readFileSync('functions/case-review/letter-wording.ts', 'utf8');
    const welsh = Object.values(cy).filter((text) => text.length >= 30 && !letters.includes(text));
    expect(welsh.length).toBeGreaterThan(50);
    expect(welsh.filter((text) => readable.includes(text))).toEqual([]);
  });
});

describe('email settings', () => {
  it('send notify through the configuration set that records bounces and complaints', () => {
    expect(resourceOf('notify').Properties.Environment.Variables).toMatchObject({
      SES_CONFIGURATION_SET: { Ref: expect.stringMatching(/^EmailConfigurationSet/) },
    });
  });

  it('send the monthly report through the same configuration set', () => {
    expect(resourceOf('monthlyReport').Properties.Environment.Variables).toEqual({
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
      SES_CONFIGURATION_SET: { Ref: expect.stringMatching(/^EmailConfigurationSet/) },
    });
  });

  it('are absent from submit, which never sends email', () => {
    expect(resourceOf('submit').Properties.Environment.Variables.SES_CONFIGURATION_SET).toBeUndefined();
  });
});

describe('monthly report schedule', () => {
  const resources = () => template.toJSON().Resources;
  const ofType = (type: string) => Object.values(template.findResources(type));
  const ref = (fn: ServiceFunction) => logicalId(s.service, fn.lambda);
  const failureQueue = () => {
    const { failures } = s.service.monthlyReport;
    if (!failures) throw new Error('the monthly report has no failure queue');
    return logicalId(s.service, failures);
  };
  const rule = () => {
    const { schedule } = s.service.monthlyReport;
    if (!schedule) throw new Error('the monthly report has no schedule');
    return logicalId(s.service, schedule);
  };

  it("is the function's only rule: 06:00 UTC on the 1st of each month", () => {
    // The re-send job has its own (test/infra/resend-job.test.ts).
    const monthly = ref(s.service.monthlyReport);
    const rules = ofType('AWS::Events::Rule').filter((r) =>
      JSON.stringify(r.Properties.Targets).includes(monthly),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 6 1 * ? *)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [ref(s.service.monthlyReport), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [failureQueue(), 'Arn'] } },
        },
      ],
    });
    expect(rules[0]?.Properties.Targets).toHaveLength(1);
  });

  it('may invoke the function, and only from this rule', () => {
    const fromEvents = ofType('AWS::Lambda::Permission').filter(
      (p) =>
        p.Properties.Principal === 'events.amazonaws.com' &&
        JSON.stringify(p.Properties.FunctionName).includes(ref(s.service.monthlyReport)),
    );
    expect(fromEvents.map((p) => p.Properties)).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [ref(s.service.monthlyReport), 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [rule(), 'Arn'] },
      },
    ]);
  });

  it('is retried twice within an hour, then parked in the failure queue', () => {
    const configs = ofType('AWS::Lambda::EventInvokeConfig').filter((c) =>
      JSON.stringify(c.Properties.FunctionName).includes(ref(s.service.monthlyReport)),
    );
    expect(configs.map((c) => c.Properties)).toEqual([
      {
        FunctionName: { Ref: ref(s.service.monthlyReport) },
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 3600,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failureQueue(), 'Arn'] } } },
      },
    ]);
    // The on-failure destination replaces a function DLQ (which would park each failure twice).
    expect(resourceOf('monthlyReport').Properties.DeadLetterConfig).toBeUndefined();
  });

  it('parks failures in an encrypted, TLS-only queue that only the rule may also send to', () => {
    expect(resources()[failureQueue()]?.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    const [policy, ...others] = ofType('AWS::SQS::QueuePolicy').filter((p) =>
      p.Properties.Queues.some((q: { Ref: string }) => q.Ref === failureQueue()),
    );
    expect(others).toEqual([]);
    expect(policy?.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Principal: { Service: 'events.amazonaws.com' },
        Condition: {
          ArnEquals: {
            'aws:SourceArn': { 'Fn::GetAtt': [rule(), 'Arn'] },
          },
        },
      }),
    ]);
  });
});

// The audit archive: the stream records' JSON and one signed PutObject (the SDK's signer, not the
// S3 client), so no AWS client at all. 66.7 KB when it came: Powertools' logger and batch processor,
// the signer and its endpoint tables, and the contract (with functions/config it was 137 KB).
const AUDIT_ARCHIVER_BUDGET_KB = 70;

describe('AuditArchiver function', () => {
  const archiver = () => s.service.auditArchiver;
  const resource = () => template.toJSON().Resources[logicalId(s.service, archiver().lambda)];
  const bundle = () => path.join(s.outdir, resource().Metadata['aws:asset:path'], 'index.mjs');

  it('runs Node 24 on arm64 with X-Ray, JSON logs in its own group, and a role of its own', () => {
    expect(resource().Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 256,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logicalId(s.service, archiver().logGroup) } },
    });
    const role = template.toJSON().Resources[logicalId(s.service, archiver().role)];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it(`is one minified ESM bundle, with no AWS client, within its budget of ${AUDIT_ARCHIVER_BUDGET_KB} KB`, () => {
    const code = readFileSync(bundle(), 'utf8');
    expect(code.startsWith(ESM_BANNER)).toBe(true);
    expect(/export\s*\{[^}]*\bas handler\s*\}/.test(code)).toBe(true);
    // It signs its one request itself; the signature's algorithm name is in the bundle.
    expect(code.includes('AWS4-HMAC-SHA256')).toBe(true);
    expect(code.includes('PutItemCommand')).toBe(false);
    expect(/(?:\bfrom|\bimport\()\s*["']@aws-sdk\//.test(code)).toBe(false);
    sizes.push(`AuditArchiver ${(statSync(bundle()).size / 1024).toFixed(0)} KB`);
    expect(statSync(bundle()).size / 1024).toBeLessThanOrEqual(AUDIT_ARCHIVER_BUDGET_KB);
  });
});
