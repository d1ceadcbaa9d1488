import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.ts';
import { webhookProblems, webhookSettings } from '../webhooks/config-schema.ts';
import { caseReviewNoticeProblems, caseReviewNoticeSettings } from './case-review-notice-schema.ts';
import { caseReviewSettings } from './case-review-schema.ts';
import { accessibilityProblems, accessibilitySettings, privacySettings } from './statements-schema.ts';

const text = () => z.string().check(z.minLength(1));
const email = z.email({ error: 'must be an email address' });

const team = z.strictObject({
  name: text(),
  email,
  /**
   * Whether the team's members may export answers from the workspace. Without it (the default)
   * only the team's leads and admins do; members export references, dates and progress only.
   */
  membersExportAnswers: z.optional(z.boolean()),
});

/** Send a form to another team when an answer matches, e.g. a postcode area or a landlord type. */
const route = z
  .strictObject({
    question: text(),
    equals: z.optional(z.array(text())),
    startsWith: z.optional(z.array(text())),
    team: text(),
  })
  .check(z.refine((r) => r.equals || r.startsWith, { error: 'needs "equals" or "startsWith"' }));

const formSettings = z.strictObject({
  team: text(),
  routes: z._default(z.array(route), []),
  retentionDays: z.int().check(z.minimum(1), z.maximum(3650)),
  /**
   * Answers stay in the service and are read in the staff workspace; a deployer may still send them
   * in the team email (they then sit in a mailbox that expiry and erasure cannot reach).
   */
  includeAnswersInEmail: z._default(z.boolean(), false),
  /**
   * First contact within this many working days, overriding the form definition's default
   * (`progress.target`); `urgentDays` applies to submissions with an urgent marker.
   */
  firstContactTarget: z.optional(
    z.strictObject({
      days: z.int().check(z.minimum(1), z.maximum(60)),
      urgentDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
    }),
  ),
});

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day like 2026-12-24' }));

/**
 * Days that count as working days: bank holidays of England and Wales come with the service; a
 * deployer adds the days the service is closed (e.g. between Christmas and New Year) and removes
 * bank holidays it works.
 */
const workingDays = z.strictObject({
  closedOn: z._default(z.array(day), []),
  openOn: z._default(z.array(day), []),
});

/** The service's own names in another language (what is not a form or page string). */
const inLanguage = z.strictObject({
  serviceName: text(),
  organisation: text(),
  contactHours: text(),
  /** Each team's name in the language, as the privacy notice names who sees a form. */
  teams: z._default(z.record(z.string(), text()), {}),
});

/**
 * Evidence files (issue 22): how many a submission may carry, the largest of each kind in MB, and
 * whether video is accepted at all (off unless a deployer turns it on).
 */
const megabytes = () => z.int().check(z.minimum(1), z.maximum(500));
const fileSettings = z.strictObject({
  maxFiles: z._default(z.int().check(z.minimum(1), z.maximum(20)), 10),
  photoMb: z._default(megabytes(), 25),
  documentMb: z._default(megabytes(), 25),
  audioMb: z._default(megabytes(), 50),
  videoMb: z._default(megabytes(), 100),
  allowVideo: z._default(z.boolean(), false),
});

const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #1d70b8' }));

export const serviceConfigSchema = z
  .strictObject({
    organisation: text(),
    serviceName: text(),
    brandColour: colour,
    siteUrl: z.url(),
    /** Where "Exit this page" takes people: a neutral, everyday site that gives nothing away. */
    exitPageUrl: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
    phoneNumbers: z.strictObject({ emergency: text(), nonEmergency: text() }),
    contact: z.strictObject({ phone: text(), email, hours: text() }),
    senderEmail: email,
    operationsEmail: email,
    teams: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), team),
    forms: z.record(z.string(), formSettings),
    spam: z.strictObject({
      minFillSeconds: z.number().check(z.minimum(0), z.maximum(600)),
      /** How long a submission suspected of coming from a bot is kept unless an operator releases it. */
      suspectedRetentionDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(90)), 30),
    }),
    /** The staff workspace: how long the audit trail is kept beyond the longest form retention. */
    /**
     * The languages the public pages are published in: English first, always. Dropping "cy" builds
     * no /cy/ pages and shows no language switch.
     */
    languages: z._default(z.array(z.enum(LANGUAGES)), ['en']).check(
      z.refine((list) => list[0] === 'en' && new Set(list).size === list.length, {
        error: 'must start with "en" and name each language once',
      }),
    ),
    /** For each language beyond English, the names above in that language. */
    inLanguages: z._default(z.partialRecord(z.enum(LANGUAGES), inLanguage), {}),
    workingDays: z._default(workingDays, { closedOn: [], openOn: [] }),
    staff: z._default(z.strictObject({ auditExtraDays: z.int().check(z.minimum(30), z.maximum(3650)) }), {
      auditExtraDays: 365,
    }),
    files: z._default(fileSettings, {
      maxFiles: 10,
      photoMb: 25,
      documentMb: 25,
      audioMb: 50,
      videoMb: 100,
      allowVideo: false,
    }),
    /** The privacy notice's controller, lawful bases, DPO and place; the accessibility statement's status. */
    privacy: privacySettings,
    accessibility: accessibilitySettings,
    /** What a nuisance reporter reads on a second report within six months (issue 21). */
    caseReviewNotice: caseReviewNoticeSettings,
    /** The ASB Case Review (issue 23): the local threshold, the clock's targets, partner bodies, appeals. */
    caseReview: z.prefault(caseReviewSettings, {}),
    /** Issue 24: signed events (no personal data) to the teams' case systems. */
    webhooks: z._default(webhookSettings, { endpoints: {} }),
  })
  .check(
    z.superRefine((config, ctx) => {
      for (const problem of webhookProblems(config.webhooks, config.teams)) {
        ctx.addIssue({ code: 'custom', ...problem });
      }
      for (const problem of accessibilityProblems(config.accessibility, config.languages)) {
        ctx.addIssue({ code: 'custom', ...problem });
      }
      for (const problem of caseReviewNoticeProblems(config.caseReviewNotice, config.languages)) {
        ctx.addIssue({ code: 'custom', ...problem });
      }
      for (const language of config.languages) {
        const names = language === 'en' ? undefined : config.inLanguages[language];
        if (language !== 'en' && !names) {
          ctx.addIssue({
            code: 'custom',
            path: ['inLanguages', language],
            message: `is needed for "${language}"`,
          });
        }
        for (const team of names ? Object.keys(config.teams) : []) {
          if (!names?.teams[team]) {
            ctx.addIssue({
              code: 'custom',
              path: ['inLanguages', language, 'teams', team],
              message: `needs the team's name in "${language}"`,
            });
          }
        }
      }
      for (const [formId, form] of Object.entries(config.forms)) {
        const teams = [form.team, ...form.routes.map((r) => r.team)];
        teams.forEach((t, i) => {
          if (!config.teams[t]) {
            const path = i === 0 ? ['forms', formId, 'team'] : ['forms', formId, 'routes', i - 1, 'team'];
            ctx.addIssue({ code: 'custom', path, message: `names team "${t}", which is not in "teams"` });
          }
        });
      }
    }),
  );

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
export type FormSettings = ServiceConfig['forms'][string];
export type FileSettings = ServiceConfig['files'];
