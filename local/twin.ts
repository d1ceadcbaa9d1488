import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { jwtVerifier } from '../functions/case-api/token.ts';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { serviceConfig } from '../functions/config/service-config.ts';
import { formPagePrefixes } from '../functions/contract/form-pages.ts';
import {
  LOCAL_TABLE_NAME,
  NOTIFY_DELIVERY,
  RESEND_POLICY,
  STAFF_PREFIX,
} from '../functions/contract/service-contract.ts';
import { makeSesClient, SesNotifier } from '../functions/email/ses-notifier.ts';
import { SesSuppressionList } from '../functions/email/ses-suppression-list.ts';
import { FORMS } from '../functions/forms/registry.ts';
import { makeCaseApiHandler } from '../functions/handlers/case-api-app.ts';
import { makeFiguresHandler } from '../functions/handlers/case-review-figures-app.ts';
import { makeNotifyHandler } from '../functions/handlers/notify-app.ts';
import { makeResendHandler } from '../functions/handlers/resend-waiting-app.ts';
import { makeReturnHandler } from '../functions/handlers/return-app.ts';
import { makeSubmitHandler } from '../functions/handlers/submit-app.ts';
import {
  type MorningEmailOutcome,
  makeMorningEmailHandler,
} from '../functions/my-work/send-morning-emails.ts';
import { localContext } from '../functions/observability/logger.ts';
import { makeOverdueHandler, type OverdueOutcome } from '../functions/progress/send-overdue.ts';
import { DynamoFileAttachments } from '../functions/storage/append-files.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoConfirmationLimit } from '../functions/storage/dynamodb-confirmation-limit.ts';
import { DynamoReturnAccess } from '../functions/storage/dynamodb-return-access.ts';
import { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../functions/storage/ensure-tables.ts';
import { returningStore } from '../functions/storage/returning-store.ts';
import { DynamoTeamCases } from '../functions/storage/team-cases.ts';
import { type Clock, systemClock } from '../functions/time/clock.ts';
import { type DynamoLocal, startDynamoLocal } from './dynamo-local.ts';
import { type EvidenceLocal, startEvidenceLocal } from './evidence-local.ts';
import { freePort } from './free-port.ts';
import { LOCAL_REGION, useLocalCredentials } from './local-credentials.ts';
import type { LocalApiClient } from './oidc-provider.ts';
import { OverdueSchedule } from './overdue-schedule.ts';
import { ResendJob } from './resend-job.ts';
import { RetentionSweeper } from './retention-sweeper.ts';
import { type SesLocal, startSesLocal } from './ses-local.ts';
import type { StaffAccount } from './staff-accounts.ts';
import { type StaffWorkspace, startStaffWorkspace } from './staff-workspace.ts';
import { serveStatic } from './static-site.ts';
import { StreamPoller } from './stream-poller.ts';
import { StreamPositions } from './stream-positions.ts';
import { caughtUpLine } from './stream-progress.ts';
import { tallyFeed } from './tally-feed.ts';
import { twinHashKey } from './twin-hash-key.ts';
import { answerEveryRequest } from './twin-requests.ts';
import { proxyUpload } from './upload-proxy.ts';
import { type WebhookFeed, type WebhookFeedOptions, webhookFeed } from './webhook-feed.ts';

export interface TwinOptions {
  /**
   * Run the weekday-morning overdue job on its schedule (npm start does). Off by default, so a
   * test's twin sends no email it did not ask for; runOverdue() runs it on demand either way.
   */
  morningJobs?: boolean;
  /** Site and API port; 0 picks a free one. */
  port?: number;
  dynamoPort?: number;
  sesPort?: number;
  /** Where DynamoDB Local keeps its data; null keeps it in memory. */
  dataDir?: string | null;
  siteDir?: string;
  tableName?: string;
  config?: ServiceConfig;
  quiet?: boolean;
  /** Where its messages go (default the console; none when quiet). */
  log?: (line: string) => void;
  /** The local OpenID provider's port (the staff workspace's sign-in); 0 picks a free one. */
  oidcPort?: number;
  /**
   * The re-send job: how often it runs and how long a submission waits before it sends it
   * (RESEND_POLICY's everyMinutes and afterMinutes by default; tests shorten both).
   */
  resend?: { intervalMs: number; afterMinutes: number };
  /** What time the handlers and jobs take it to be (the machine's clock unless a test sets one). */
  clock?: Clock;
  /**
   * How /return/ waits before answering a wrong code (RETURN_LIMITS.failureDelayMs); tests that
   * try many wrong codes may record the waits instead of sitting through them.
   */
  returnPause?: (ms: number) => Promise<void>;
  /** The local S3's port (evidence files); 0 picks a free one. */
  s3Port?: number;
  /**
   * Webhooks (issue 24), started when the configuration has endpoints. `allowLocalHttp` is the
   * twin's explicit setting for plain http:// to this machine (npm start sets it, for `npm run
   * webhook-receiver`); tests may give a stand-in resolver.
   */
  webhooks?: Pick<WebhookFeedOptions, 'allowLocalHttp' | 'resolve' | 'intervalMs'>;
}

export interface Twin {
  url: string;
  /** Runs the weekday-morning overdue job now (or as if at `at`), as its schedule does each morning. */
  runOverdue(at?: Date): Promise<OverdueOutcome>;
  /** Runs the weekday-morning personal emails (My work's choice) now, or as if at `at`. */
  runMorningEmail(at?: Date): Promise<MorningEmailOutcome>;
  inboxUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  region: string;
  ses: SesLocal;
  /** The staff workspace's start page, its sign-in provider and seeded accounts. */
  staffUrl: string;
  oidcIssuer: string;
  staffAccounts: StaffAccount[];
  /** The case systems' clients on the local provider (client-credentials grant). */
  apiClients: LocalApiClient[];
  staffTableName: string;
  /** The twin's HASH_KEY, so a test can seed what the functions would have written (a return code's hash). */
  hashKey: Buffer;
  /** Evidence files: the local S3, its scanning stand-in and file processing. */
  evidence: EvidenceLocal;
  /** The webhooks' queue, secrets and log, when the configuration has endpoints. */
  webhooks?: WebhookFeed;
  stop(): Promise<void>;
}

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });

/**
 * The whole service on this machine: DynamoDB Local, the SES emulator, the built site, the
 * submit handler behind /api/* (as API Gateway would call it) and the notify handler fed from the
 * table's stream (as Lambda's event source mapping would). The handlers are the Lambda code itself.
 */
export const startTwin = async (options: TwinOptions = {}): Promise<Twin> => {
  useLocalCredentials();
  const config = options.config ?? serviceConfig;
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  const log = options.log ?? (options.quiet ? () => {} : (line: string) => console.log(line));
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop();
  };
  try {
    const dataDir = options.dataDir === undefined ? '.local-data/dynamodb' : options.dataDir;
    const dynamo: DynamoLocal = await startDynamoLocal({ port: options.dynamoPort, dataDir });
    started.push(dynamo);
    const ses = await startSesLocal({ port: options.sesPort });
    started.push(ses);

    const runtime = {
      AWS_REGION: LOCAL_REGION,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SES_ENDPOINT: ses.endpoint,
    };
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
    await ensureTable(dynamoClient, tableName);
    const documents = makeDocumentClient(runtime);
    const now = options.clock ?? systemClock;
    const store = new DynamoSubmissionStore(documents, tableName, now);

    // The twin's own address is the site's: the cross-site check, the emails' workspace links and
    // the sign-in return all use it (a free port is chosen now, so the handlers know it).
    const port = options.port === 0 ? await freePort() : (options.port ?? 3000);
    const url = `http://localhost:${port}`;
    const siteConfig = { ...config, siteUrl: url };
    // One key for submit, notify, the re-send job and the workspace (erasure, search), as on AWS
    // (the same secret reaches each), kept with the data so cases stored before a restart are found.
    const hashKey = twinHashKey(dataDir, tableName);
    // The way back in's items (sessions, wrong-code counts) and a repeat's fresh return code.
    const returnAccess = new DynamoReturnAccess(documents, tableName, now);
    // Evidence files: a local S3 the browser uploads to, GuardDuty's stand-in and file processing
    // on both its triggers (the scan's verdict, and new claims from the table's stream).
    const evidence = await startEvidenceLocal({
      config: siteConfig,
      dynamo: dynamoClient,
      documents,
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      siteOrigin: url,
      port: options.s3Port ?? (options.port === 0 ? 0 : 4569),
      ...(dataDir ? { dataDir } : {}),
      now,
      log,
    });
    started.push(evidence);
    const submit = makeSubmitHandler({
      config: siteConfig,
      store,
      now,
      hashKey,
      files: evidence.files,
      returnCodes: { replace: (reference, codeHash) => returnAccess.replaceReturnCode(reference, codeHash) },
    });
    const sesClient = makeSesClient(runtime);
    const notifier = new SesNotifier(sesClient, config.senderEmail);
    // One confirmation per address a day, and none to a suppressed address: the emulator has no
    // suppression list, so ses-local.ts answers SES's calls for one in front of it.
    const confirmationGate = {
      hashKey,
      limit: new DynamoConfirmationLimit(documents, tableName),
      suppression: new SesSuppressionList(sesClient),
    };
    const notify = makeNotifyHandler({ config: siteConfig, store, notifier, now, ...confirmationGate });
    const poller = new StreamPoller({
      dynamo: dynamoClient,
      endpoint: dynamo.endpoint,
      region: LOCAL_REGION,
      tableName,
      handler: notify,
      policy: NOTIFY_DELIVERY,
      onParked: (reference) =>
        log(`notify: gave up on ${reference ?? 'a record'} for now; see npm run ops -- pending`),
      // Where the stream was read to, kept beside DynamoDB Local's data: a restart resumes there.
      ...(dataDir
        ? { positions: new StreamPositions(join(dataDir, `stream-positions-${tableName}.json`)) }
        : {}),
      onCaughtUp: (catchUp) => {
        const line = caughtUpLine(catchUp);
        if (line) log(line);
      },
    });
    poller.start();
    started.push(poller);
    // Erased and expired submissions leave an anonymous tally, so past months' figures stand.
    const tally = tallyFeed({
      config: siteConfig,
      dynamo: dynamoClient,
      documents,
      endpoint: dynamo.endpoint,
      tableName,
      log,
      ...(dataDir ? { dataDir } : {}),
    });
    tally.start();
    started.push(tally);
    // DynamoDB Local ignores TTL: delete expired submissions and guards as AWS would.
    const sweeper = new RetentionSweeper({
      client: dynamoClient,
      tableName,
      now,
      onSwept: (deleted) => deleted > 0 && log(`retention: deleted ${deleted} expired item(s)`),
      onError: (error) => log(`retention sweeper: ${error.name}`),
    });
    sweeper.start();
    started.push(sweeper);
    // The weekday-morning list of submissions past their first-contact target, as deployed.
    const overdue = makeOverdueHandler({
      config: siteConfig,
      cases: new DynamoTeamCases(documents, tableName),
      notifier,
      now,
      siteUrl: url,
    });
    const runOverdue = (at: Date = now()) => overdue({ time: at.toISOString() });
    const morning = new OverdueSchedule({
      now,
      calendar: config.workingDays,
      run: async (at) => {
        const outcome = await runOverdue(at);
        for (const t of outcome.teams)
          log(`overdue: ${t.overdue} past first-contact target (${t.urgent} urgent) sent to ${t.team}`);
        const { waiting, urgent } = outcome.suspected;
        if (waiting > 0) log(`overdue: ${waiting} suspected waiting (${urgent} urgent) sent to operations`);
      },
      onError: (error) => log(`overdue job: ${error.name}`),
    });
    if (options.morningJobs) {
      morning.start();
      started.push(morning);
    }
    // What the stream did not send (SES was down, the twin stopped mid-send), sent by the same
    // handler as on AWS. The emulator has no sending quota to report, so no quota is read.
    const resendHandler = makeResendHandler({
      config: siteConfig,
      store,
      notifier,
      ...confirmationGate,
      forms: FORMS,
      now,
      policy: { ...RESEND_POLICY, ...(options.resend ? { afterMinutes: options.resend.afterMinutes } : {}) },
    });
    const resend = new ResendJob({
      run: () => resendHandler(),
      intervalMs: options.resend?.intervalMs ?? RESEND_POLICY.everyMinutes * 60_000,
      onRun: (run) => run.sent > 0 && log(`resend: sent ${run.sent} waiting submission(s)`),
      onError: (error) => log(`resend job: ${error.name}`),
    });
    resend.start();
    started.push(resend);

    const figures = makeFiguresHandler({ config: siteConfig, store, now });
    const serveSite = serveStatic(options.siteDir ?? 'site/dist', formPagePrefixes(config.languages));
    // Started once the port is known: the provider must know where to send people back.
    let staff: StaffWorkspace | undefined;
    let returning: ReturnType<typeof makeReturnHandler> | undefined;
    let caseApi: ReturnType<typeof makeCaseApiHandler> | undefined;
    const server = createServer(
      answerEveryRequest({
        site: serveSite,
        api: (event) => submit(event, localContext('submit')),
        upload: proxyUpload(`${evidence.endpoint}/${evidence.bucket}`),
        staff: () => {
          const workspace = staff;
          return workspace && ((event) => workspace.handler(event, localContext('staff')));
        },
        returning: () => {
          const handler = returning;
          return handler && ((event) => handler(event, localContext('return')));
        },
        caseApi: () => caseApi,
        // Issue 23: the published Case Review figures, their own read-only function on AWS.
        figures: (event) => figures(event, localContext('figures')),
      }),
    );
    await listen(server, port);
    started.push({
      stop: () =>
        new Promise((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    });
    started.push({
      stop: async () => {
        documents.destroy();
        dynamoClient.destroy();
      },
    });
    staff = await startStaffWorkspace({
      config: siteConfig,
      siteUrl: url,
      dynamo: dynamoClient,
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      hashKey,
      files: evidence.files,
      // A twin on a free port (tests) gets a free one for its provider too.
      oidcPort: options.oidcPort ?? (options.port === 0 ? 0 : 3001),
      log,
      now,
    });
    started.push(staff);
    // The way back in: its own function on AWS, auditing every attempt in the staff table.
    returning = makeReturnHandler({
      config: siteConfig,
      access: returnAccess,
      cases: returningStore(returnAccess, store),
      audit: new DynamoStaffStore(documents, staff.staffTableName, now),
      hashKey,
      now,
      pause: options.returnPause ?? ((ms) => sleep(ms)),
      // Evidence from the way back in (issue 22): the local S3 and the record's files.
      evidence: {
        files: evidence.files,
        attachments: new DynamoFileAttachments(documents, tableName, now),
        hashKey,
      },
      // Issue 21: the one-time sign-in link, to the SES emulator's inbox; none to a suppressed address.
      linkEmail: { notifier, suppression: confirmationGate.suppression },
    });
    // The case API (issue 24), its tokens from the same provider's client-credentials grant.
    caseApi = makeCaseApiHandler({
      config: siteConfig,
      submissions: store,
      audit: new DynamoStaffStore(documents, staff.staffTableName, now),
      verify: jwtVerifier(staff.issuer, `${staff.issuer}/jwks`, now),
      tokenUrl: `${staff.issuer}/token`,
      now,
    });
    const webhooks =
      Object.keys(config.webhooks.endpoints).length > 0
        ? webhookFeed({
            webhooks: config.webhooks,
            dynamo: dynamoClient,
            documents,
            endpoint: dynamo.endpoint,
            tableName,
            staffTableName: staff.staffTableName,
            now,
            log,
            allowLocalHttp: options.webhooks?.allowLocalHttp ?? false,
            ...(options.webhooks?.resolve ? { resolve: options.webhooks.resolve } : {}),
            ...(options.webhooks?.intervalMs ? { intervalMs: options.webhooks.intervalMs } : {}),
            ...(dataDir ? { dataDir } : {}),
          })
        : undefined;
    webhooks?.start();
    if (webhooks) started.push(webhooks);
    // Each member's morning email (asked for on My work), on the same weekday mornings as deployed.
    const morningEmail = makeMorningEmailHandler({
      config: siteConfig,
      byLookup: (key, options) => store.byLookup(key, options),
      choices: new DynamoStaffStore(documents, staff.staffTableName, now),
      notifier,
      now,
      siteUrl: url,
    });
    const runMorningEmail = (at: Date = now()) => morningEmail({ time: at.toISOString() });
    const personal = new OverdueSchedule({
      now,
      calendar: config.workingDays,
      run: async (at) => {
        const outcome = await runMorningEmail(at);
        if (outcome.sent > 0) log(`morning email: sent to ${outcome.sent} member(s)`);
      },
      onError: (error) => log(`morning email job: ${error.name}`),
    });
    if (options.morningJobs) {
      personal.start();
      started.push(personal);
    }
    return {
      url,
      runOverdue,
      runMorningEmail,
      staffUrl: `${url}${STAFF_PREFIX}`,
      oidcIssuer: staff.issuer,
      staffAccounts: staff.accounts,
      apiClients: staff.apiClients,
      staffTableName: staff.staffTableName,
      hashKey,
      ...(webhooks ? { webhooks } : {}),
      inboxUrl: ses.endpoint.replace('127.0.0.1', 'localhost'),
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      region: LOCAL_REGION,
      ses,
      evidence,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
};
