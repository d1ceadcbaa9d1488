import { parseArgs } from 'node:util';
import { FORMS, findForm } from '../functions/forms/registry.ts';
import type { FormDefinition } from '../functions/forms/types.ts';
import { REFERENCE_PATTERN } from '../functions/submissions/reference.ts';
import type { DateRange } from '../functions/time/date-range.ts';
import { addDays, londonDay } from '../functions/time/london.ts';
import type { ExportFormat } from './commands/export.ts';
import type { ReportFormat } from './commands/report.ts';
import type { ConnectionFlags } from './connection.ts';
import { parseDuration, rangeFrom } from './dates.ts';
import { UsageError } from './errors.ts';
import { operatorName } from './operator.ts';

export type Command =
  | { name: 'help' }
  | { name: 'list'; forms: FormDefinition[]; range: DateRange }
  /** `by` (show, export, erase, resend, release): who is doing it, for the audit trail (run.ts falls back to this computer's user). */
  | { name: 'show'; reference: string; by?: string }
  | {
      name: 'export';
      form: FormDefinition;
      range: DateRange;
      format: ExportFormat;
      out?: string;
      bom: boolean;
      by?: string;
    }
  | { name: 'erase'; reference: string; yes: boolean; by?: string }
  | { name: 'pending'; forms: FormDefinition[]; olderThanMs: number }
  /** `confirmation`: the submitter's confirmation instead of the team email. */
  | { name: 'resend'; reference: string; confirmation: boolean; by?: string }
  | { name: 'suspected'; forms: FormDefinition[]; range: DateRange }
  | { name: 'release'; reference: string; by?: string }
  /** Ends every workspace session of one member of staff, named by email address or subject. */
  | { name: 'end-sessions'; who: string }
  | {
      name: 'report';
      range: DateRange;
      format: ReportFormat;
      out?: string;
      bom: boolean;
    }
  /** `send`: email each team its list, as the morning job does; otherwise only print it. */
  | { name: 'overdue'; send: boolean }
  /** Gives existing submissions their search token items, findKeys and lookup (issue 20). */
  | { name: 'backfill-search'; forms: FormDefinition[] }
  /** Slice 23: the ASB Case Review figures (CSV) for the April-to-March year starting in `year`. */
  | { name: 'case-review-figures'; year: number; out?: string; bom: boolean };

export interface Invocation {
  command: Command;
  connection: ConnectionFlags;
}

const OPTIONS = {
  table: { type: 'string' },
  'staff-table': { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
  'ses-endpoint': { type: 'string' },
  form: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'older-than': { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  by: { type: 'string' },
  confirmation: { type: 'boolean' },
  bom: { type: 'boolean' },
  send: { type: 'boolean' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const CONNECTION: OptionName[] = ['table', 'staff-table', 'region', 'endpoint', 'ses-endpoint', 'help'];

/** The options each command takes, besides the connection ones. */
const TAKES: Record<Exclude<Command['name'], 'help'>, OptionName[]> = {
  list: ['form', 'since', 'until'],
  show: ['by'],
  export: ['form', 'since', 'until', 'format', 'out', 'bom', 'by'],
  erase: ['yes', 'by'],
  pending: ['form', 'older-than'],
  resend: ['confirmation', 'by'],
  suspected: ['form', 'since', 'until'],
  release: ['by'],
  'end-sessions': [],
  report: ['since', 'until', 'format', 'out', 'bom'],
  overdue: ['send'],
  'backfill-search': ['form'],
  'case-review-figures': ['year', 'out', 'bom'],
};

const isCommand = (name: string): name is keyof typeof TAKES => Object.hasOwn(TAKES, name);

const formNamed = (id: string): FormDefinition => {
  const form = findForm(id.trim());
  if (!form) {
    throw new UsageError(`Unknown form "${id}": use one of ${FORMS.map((f) => f.id).join(', ')}.`);
  }
  return form;
};

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T => {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${value}".`);
  }
  return value as T;
};

/** A reference as typed, tidied: RJ-7kqm-4xpd is fine; RJ7KQM4XPD or a typo is not. */
export const referenceFrom = (positionals: string[], command: string): string => {
  const [given, ...extra] = positionals;
  if (given === undefined) {
    throw new UsageError(`Give the reference, for example: npm run ops -- ${command} RJ-7KQM-4XPD`);
  }
  if (extra.length > 0) throw new UsageError(`${command} takes one reference, not ${positionals.length}.`);
  const reference = given.trim().toUpperCase();
  if (!REFERENCE_PATTERN.test(reference)) {
    throw new UsageError(`"${given}" is not a reference: references look like RJ-7KQM-4XPD.`);
  }
  return reference;
};

const required = (value: string | undefined, flag: string, command: string): string => {
  if (value === undefined) throw new UsageError(`${command} needs ${flag}.`);
  return value;
};

const parseRaw = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    throw new UsageError(
      option && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Unknown option ${option}: see npm run ops -- help.`
        : `${message.split('.')[0]}.`,
    );
  }
};

/** The year a --year names (2026: April 2026 to March 2027), or the one today falls in. */
const figuresYear = (given: string | undefined, now: Date): number => {
  if (given === undefined) {
    const today = londonDay(now);
    return Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  }
  if (!/^\d{4}$/.test(given.trim()))
    throw new UsageError(`--year must be a year like 2026 (April 2026 to March 2027), not "${given}".`);
  return Number(given.trim());
};

/** Reads the command line into a command and where to run it; every problem is a UsageError. */
export const parseCommand = (argv: string[], now: Date): Invocation => {
  const { values, positionals } = parseRaw(argv);
  const connection: ConnectionFlags = {
    ...(values.table !== undefined ? { table: values.table } : {}),
    ...(values['staff-table'] !== undefined ? { staffTable: values['staff-table'] } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values.endpoint !== undefined ? { endpoint: values.endpoint } : {}),
    ...(values['ses-endpoint'] !== undefined ? { sesEndpoint: values['ses-endpoint'] } : {}),
  };
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === 'help') return { command: { name: 'help' }, connection };
  if (!isCommand(name)) throw new UsageError(`Unknown command "${name}".`, true);
  for (const option of Object.keys(values) as OptionName[]) {
    if (!CONNECTION.includes(option) && !TAKES[name].includes(option)) {
      throw new UsageError(`${name} does not take --${option === 'bom' ? 'no-bom' : option}.`);
    }
  }
  if (!['show', 'erase', 'resend', 'release', 'end-sessions'].includes(name) && rest.length > 0) {
    throw new UsageError(`${name} does not take "${rest[0]}": options start with --.`);
  }
  const forms = values.form === undefined ? [...FORMS] : [formNamed(values.form)];
  const bom = values.bom ?? true;
  const out = values.out !== undefined ? { out: values.out } : {};
  const by = values.by !== undefined ? { by: operatorName(values.by) } : {};
  switch (name) {
    case 'list': {
      const since = values.since ?? addDays(londonDay(now), -30);
      return { command: { name, forms, range: rangeFrom(since, values.until, now) }, connection };
    }
    case 'show':
    case 'release':
      return { command: { name, reference: referenceFrom(rest, name), ...by }, connection };
    case 'end-sessions': {
      const [who, ...extra] = rest;
      if (!who?.trim() || extra.length > 0) {
        throw new UsageError(
          'Give one member of staff, by email address: npm run ops -- end-sessions jo@example.org',
        );
      }
      return { command: { name, who: who.trim() }, connection };
    }
    case 'suspected': {
      const since = values.since ?? addDays(londonDay(now), -30);
      return { command: { name, forms, range: rangeFrom(since, values.until, now) }, connection };
    }
    case 'resend':
      return {
        command: {
          name,
          reference: referenceFrom(rest, name),
          confirmation: values.confirmation ?? false,
          ...by,
        },
        connection,
      };
    case 'erase':
      return {
        command: {
          name,
          reference: referenceFrom(rest, name),
          yes: values.yes ?? false,
          ...by,
        },
        connection,
      };
    case 'export':
      return {
        command: {
          name,
          form: formNamed(required(values.form, '--form', name)),
          range: rangeFrom(required(values.since, '--since', name), values.until, now),
          format: oneOf(values.format, ['csv', 'json'] as const, 'csv'),
          bom,
          ...out,
          ...by,
        },
        connection,
      };
    case 'pending':
      return {
        command: { name, forms, olderThanMs: parseDuration(values['older-than'] ?? '5m', '--older-than') },
        connection,
      };
    case 'overdue':
      return { command: { name, send: values.send ?? false }, connection };
    case 'backfill-search':
      return { command: { name, forms }, connection };
    case 'case-review-figures':
      return { command: { name, year: figuresYear(values.year, now), bom, ...out }, connection };
    case 'report':
      return {
        command: {
          name,
          range: rangeFrom(required(values.since, '--since', name), values.until, now),
          format: oneOf(values.format, ['table', 'csv', 'json'] as const, 'table'),
          bom,
          ...out,
        },
        connection,
      };
  }
};
