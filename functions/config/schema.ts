import * as z from 'zod';

const email = z.email({ error: 'must be an email address' });

const team = z.object({
  name: z.string().min(1),
  email,
});

/** Send a form to another team when an answer matches, e.g. a postcode area or a landlord type. */
const route = z
  .object({
    question: z.string().min(1),
    equals: z.array(z.string().min(1)).optional(),
    startsWith: z.array(z.string().min(1)).optional(),
    team: z.string().min(1),
  })
  .refine((r) => r.equals || r.startsWith, { error: 'needs "equals" or "startsWith"' });

const formSettings = z.object({
  team: z.string().min(1),
  routes: z.array(route).default([]),
  retentionDays: z.int().min(1).max(3650),
  includeAnswersInEmail: z.boolean(),
});

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #1d70b8' });

export const serviceConfigSchema = z
  .object({
    organisation: z.string().min(1),
    serviceName: z.string().min(1),
    brandColour: colour,
    siteUrl: z.url(),
    /** Where "Exit this page" takes people: a neutral, everyday site that gives nothing away. */
    exitPageUrl: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
    phoneNumbers: z.object({ emergency: z.string().min(1), nonEmergency: z.string().min(1) }),
    contact: z.object({ phone: z.string().min(1), email, hours: z.string().min(1) }),
    senderEmail: email,
    operationsEmail: email,
    teams: z.record(z.string().regex(/^[a-z0-9-]+$/), team),
    forms: z.record(z.string(), formSettings),
    spam: z.object({ minFillSeconds: z.number().min(0).max(600) }),
  })
  .superRefine((config, ctx) => {
    for (const [formId, form] of Object.entries(config.forms)) {
      const teams = [form.team, ...form.routes.map((r) => r.team)];
      teams.forEach((t, i) => {
        if (!config.teams[t]) {
          const path = i === 0 ? ['forms', formId, 'team'] : ['forms', formId, 'routes', i - 1, 'team'];
          ctx.addIssue({ code: 'custom', path, message: `names team "${t}", which is not in "teams"` });
        }
      });
    }
  });

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
export type FormSettings = ServiceConfig['forms'][string];
