import * as z from 'zod/mini';
import { WEBHOOK_EVENT_TYPES } from './event-types.ts';

/** Hosts that name this machine: the only place a plain http:// endpoint may point (the twin's receiver). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const endpointUrl = z.url().check(
  z.refine(
    (value) => {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
    },
    { error: 'must be an https:// address (http:// only to localhost, for the local twin)' },
  ),
  z.refine(
    (value) => {
      const url = new URL(value);
      return !url.username && !url.password;
    },
    { error: 'must not hold a user name or password: the signature proves who sent it' },
  ),
);

/**
 * One receiving system: a team's case system (E-CINS, a housing system, a police RMS). Its secret is
 * not here: on AWS it is a Secrets Manager secret per endpoint (infra/constructs/webhooks.ts).
 */
const endpoint = z.strictObject({
  /** The team whose cases it is told about: it is told nothing of another team's. */
  team: z.string().check(z.minLength(1)),
  url: endpointUrl,
  /** Which events it is sent. */
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).check(
    z.minLength(1, { error: 'must name at least one event' }),
    z.refine((list) => new Set(list).size === list.length, { error: 'must name each event once' }),
  ),
});

export const webhookSettings = z.strictObject({
  /** Keyed by a short id (lower case, digits, dashes): it names the endpoint's secret and its deliveries. */
  endpoints: z._default(z.record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), endpoint), {}),
});

export type WebhookSettings = z.infer<typeof webhookSettings>;
export type WebhookEndpoint = WebhookSettings['endpoints'][string] & { id: string };

/** The endpoints naming a team that is not configured (the service config's cross-check). */
export const webhookProblems = (
  settings: WebhookSettings,
  teams: Record<string, unknown>,
): { path: (string | number)[]; message: string }[] =>
  Object.entries(settings.endpoints).flatMap(([id, e]) =>
    Object.hasOwn(teams, e.team)
      ? []
      : [
          {
            path: ['webhooks', 'endpoints', id, 'team'],
            message: `names team "${e.team}", which is not in "teams"`,
          },
        ],
  );

/** The endpoints to tell about an event of this type in this team. */
export const endpointsFor = (
  settings: WebhookSettings,
  team: string,
  type: (typeof WEBHOOK_EVENT_TYPES)[number],
): WebhookEndpoint[] =>
  Object.entries(settings.endpoints)
    .filter(([, e]) => e.team === team && e.events.includes(type))
    .map(([id, e]) => ({ id, ...e }));
