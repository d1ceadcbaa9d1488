import { figuresCsv } from '../functions/case-review/figures.ts';
import { loadPublishedYear } from '../functions/case-review/published-figures.ts';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { UTF8_BOM } from '../functions/exports/csv.ts';
import { loadReport } from '../functions/reporting/load-report.ts';
import { type Clock, systemClock } from '../functions/time/clock.ts';
import { firstDayOf, lastDayOf } from '../functions/time/date-range.ts';
import { dayName, durationText, utcTimeText as timeText } from '../functions/time/times.ts';
import { auditFirst, isAudited, noStaffTable } from './audit-trail.ts';
import { backfillSearch, hashKeyFrom } from './commands/backfill-search.ts';
import { describeErasure, erasedText, eraseRecorded, findErasure } from './commands/erase.ts';
import { runExport } from './commands/export.ts';
import { countText, formatList, listSubmissions } from './commands/list.ts';
import { findOverdue, formatOverdue, sendOverdue } from './commands/overdue.ts';
import { findPending, formatPending, pendingSummary } from './commands/pending.ts';
import { formatReport } from './commands/report.ts';
import { resendConfirmation, resendTeamEmail } from './commands/resend.ts';
import { findAnySubmission, formatSubmission, formOf } from './commands/show.ts';
import { formatSuspected, listSuspected, releaseSuspected } from './commands/suspected.ts';
import { type Connection, resolveConnection } from './connection.ts';
import { type OpsContext, openContext } from './context.ts';
import { OpsError, UsageError } from './errors.ts';
import { explainError } from './explain-error.ts';
import { thisComputersUser } from './operator.ts';
import { type Command, parseCommand } from './parse-command.ts';
import { openSink } from './sink.ts';
import { terminalSafe } from './terminal-safe.ts';
import { HELP } from './usage.ts';

/** The terminal the tools talk to; tests pass their own. */
export interface OpsIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Someone can answer a question (standard input is a terminal). */
  interactive: boolean;
  /** Standard error is a terminal, so progress can redraw one line. */
  liveProgress: boolean;
  ask(question: string): Promise<boolean>;
}

const line = (stream: NodeJS.WritableStream, text: string) => {
  const safe = terminalSafe(text);
  stream.write(safe.endsWith('\n') ? safe : `${safe}\n`);
};

const period = (range: { start: Date; end: Date }) =>
  `from ${dayName(firstDayOf(range))} to ${dayName(lastDayOf(range))}`;

/** " It had gone before, at …" when a resend repeats an email, so the operator knows two went. */
const before = (sent: { previously?: string }) =>
  sent.previously ? ` It had gone before, at ${timeText(sent.previously)}.` : '';

const progressReporter = (io: OpsIo) => {
  let shown = false;
  let thousands = 0;
  return {
    update: (count: number) => {
      if (io.liveProgress) {
        io.stderr.write(`\rExporting… ${count} so far`);
        shown = true;
      } else if (Math.floor(count / 1000) > thousands) {
        // Not a terminal (a log, a pipe): one line per thousand rather than one per page.
        thousands = Math.floor(count / 1000);
        line(io.stderr, `Exporting… ${count} so far`);
      }
    },
    done: () => {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
};

/** Who is at the keyboard, for the audit trail: --by NAME, or the account signed in to this computer. */
const by = (command: { by?: string }, env: NodeJS.ProcessEnv): string => command.by ?? thisComputersUser(env);

const dispatch = async (
  command: Exclude<Command, { name: 'help' }>,
  ctx: OpsContext,
  io: OpsIo,
  env: NodeJS.ProcessEnv,
) => {
  const { config } = ctx;
  switch (command.name) {
    case 'list': {
      const rows = await listSubmissions(ctx, command.forms, command.range);
      const what = command.forms.length === 1 ? `${command.forms[0]?.id} submission` : 'submission';
      if (rows.length === 0) return line(io.stdout, `No ${what}s ${period(command.range)} (London time).`);
      return line(
        io.stdout,
        `${formatList(rows, config)}\n\n${countText(rows.length, what)} ${period(command.range)} (London time).`,
      );
    }
    case 'show': {
      await auditFirst(ctx, 'show', by(command, env), {
        action: 'shown',
        reference: command.reference,
        detail: '(ops show: every answer)',
      });
      const record = await findAnySubmission(ctx, command.reference);
      const held =
        record.kind === 'suspected'
          ? `Held as suspected of coming from a bot: not sent to the team. If it is a real person's, release it with npm run ops -- release ${record.reference}\n\n`
          : '';
      return line(io.stdout, held + formatSubmission(formOf(record), config, record, ctx.now()));
    }
    case 'export': {
      await auditFirst(ctx, 'export', by(command, env), {
        action: 'exported',
        detail: `${command.form.title} (${command.form.id}) received ${period(command.range)}, every answer, as ${command.format} (ops export)`,
      });
      const sink = await openSink(command.out, io.stdout);
      const progress = progressReporter(io);
      try {
        const count = await runExport(ctx, command, sink, progress.update);
        await sink.close();
        progress.done();
        const where = command.out ? ` to ${command.out}` : '';
        return line(
          io.stderr,
          `Exported ${countText(count, `${command.form.id} submission`)} ${period(command.range)}${where}.`,
        );
      } catch (error) {
        progress.done();
        await sink.discard();
        throw error;
      }
    }
    case 'erase': {
      const target = await findErasure(ctx, command.reference);
      if (!command.yes) {
        line(io.stderr, describeErasure(target, config));
        if (!(await io.ask('Erase it for good? This cannot be undone. Type yes to go ahead: '))) {
          throw new OpsError('Nothing was erased.');
        }
      }
      const { erased, recorded } = await eraseRecorded(ctx, target, by(command, env));
      return line(io.stdout, `${erasedText(target, erased, config)}\n${recorded}`);
    }
    case 'pending': {
      const rows = await findPending(ctx, command.forms, command.olderThanMs);
      const age = durationText(command.olderThanMs);
      if (rows.length === 0) {
        return line(
          io.stdout,
          `No emails are waiting: every submission older than ${age} has had its team email and any confirmation due.`,
        );
      }
      return line(io.stdout, `${formatPending(rows, config, ctx.now())}\n\n${pendingSummary(rows, age)}`);
    }
    case 'resend': {
      await auditFirst(ctx, 'resend', by(command, env), {
        action: 'resent',
        reference: command.reference,
        detail: command.confirmation ? 'the confirmation (ops resend)' : 'the team email (ops resend)',
      });
      if (command.confirmation) {
        const sent = await resendConfirmation(ctx, command.reference);
        return line(
          io.stdout,
          `Sent the confirmation for ${sent.reference} to the email address the person marked safe.${before(sent)}`,
        );
      }
      const sent = await resendTeamEmail(ctx, command.reference);
      return line(
        io.stdout,
        `Sent the team email for ${sent.reference} to the ${sent.teamName} (${sent.to.join(', ')}).${before(sent)}` +
          (sent.confirmationWaiting
            ? `\nThe person's confirmation has not gone either: send it with npm run ops -- resend ${sent.reference} --confirmation`
            : ''),
      );
    }
    case 'overdue': {
      if (!command.send) return line(io.stdout, formatOverdue(await findOverdue(ctx), ctx));
      const outcome = await sendOverdue(ctx);
      if (outcome.skipped) return line(io.stdout, `${outcome.day} is not a working day: nothing sent.`);
      const sent = outcome.teams.filter((t) => !outcome.failed.includes(t.team));
      line(
        io.stdout,
        sent.length === 0
          ? 'Nothing is waiting past its first-contact target: nothing sent.'
          : sent
              .map(
                (t) =>
                  `Sent ${t.overdue} (${t.urgent} urgent) to the ${config.teams[t.team]?.name ?? t.team}.`,
              )
              .join('\n'),
      );
      if (outcome.failed.length > 0) throw new Error(`Not sent to ${outcome.failed.join(', ')}`);
      return;
    }
    case 'end-sessions': {
      if (!ctx.sessions) throw noStaffTable('end-sessions');
      const ended = await ctx.sessions.endSessionsOf(command.who);
      return line(
        io.stdout,
        ended === 0
          ? `${command.who} has no workspace session open.`
          : `Ended ${countText(ended, 'workspace session')} of ${command.who}: they must sign in again, with the groups they have now.`,
      );
    }
    case 'suspected': {
      const rows = await listSuspected(ctx, command.forms, command.range);
      if (rows.length === 0)
        return line(io.stdout, `No suspected submissions ${period(command.range)} (London time).`);
      return line(
        io.stdout,
        `${formatSuspected(rows)}\n\n${countText(rows.length, 'suspected submission')} ${period(command.range)} (London time). ` +
          'They were not sent to any team. Read one with npm run ops -- show REFERENCE; release a real one with npm run ops -- release REFERENCE.',
      );
    }
    case 'release': {
      await auditFirst(ctx, 'release', by(command, env), {
        action: 'released',
        reference: command.reference,
        detail: 'to its team (ops release)',
      });
      const sent = await releaseSuspected(ctx, command.reference);
      return line(
        io.stdout,
        `Released ${sent.reference}: it is now an ordinary submission, and the team email went to the ${sent.teamName} (${sent.to.join(', ')}).` +
          (sent.confirmationWaiting
            ? `\nThe person's confirmation has not gone: send it with npm run ops -- resend ${sent.reference} --confirmation`
            : ''),
      );
    }
    case 'backfill-search': {
      const done = await backfillSearch(ctx, command.forms, hashKeyFrom(env));
      return line(
        io.stdout,
        `Made ${countText(done.records, 'submission')} findable (${countText(done.tokens, 'search token')}).` +
          (done.changed > 0
            ? `\n${countText(done.changed, 'submission')} changed while this ran and ${done.changed === 1 ? 'was' : 'were'} left: run it again.`
            : ''),
      );
    }
    case 'case-review-figures': {
      // April to March, and the partnership's own year beside it when config sets one: as published.
      const { rows } = await loadPublishedYear(ctx.store, command.year, ctx.now(), config);
      const text = `${command.bom ? UTF8_BOM : ''}${figuresCsv(rows)}`;
      // Counts and month names only, nothing anyone typed: written as is, so `> figures.csv` keeps its CRLFs.
      if (!command.out) return io.stdout.write(text);
      const sink = await openSink(command.out, io.stdout);
      await sink.write(text);
      await sink.close();
      return line(io.stderr, `Wrote the ASB Case Review figures to ${command.out}.`);
    }
    case 'report': {
      const report = await loadReport(ctx.store, command.range, ctx.now(), config);
      const text = formatReport(report, command.format, config, {
        bom: command.bom && command.format === 'csv',
      });
      if (!command.out) return io.stdout.write(terminalSafe(text));
      const sink = await openSink(command.out, io.stdout);
      await sink.write(text);
      await sink.close();
      return line(io.stderr, `Wrote the report ${period(command.range)} to ${command.out}.`);
    }
  }
};

/**
 * Runs one command line and returns the exit code. Every failure becomes one plain sentence on
 * standard error (OPS_DEBUG=1 adds the stack of an unexpected one).
 */
export const runOps = async (
  argv: string[],
  io: OpsIo,
  env: NodeJS.ProcessEnv,
  options: { now?: Clock; config?: ServiceConfig } = {},
): Promise<number> => {
  const now = options.now ?? systemClock;
  let connection: Connection | undefined;
  let ctx: OpsContext | undefined;
  try {
    const { command, connection: flags } = parseCommand(argv, now());
    if (command.name === 'help') {
      line(io.stdout, HELP);
      return 0;
    }
    connection = resolveConnection(flags, env);
    if (command.name === 'erase' && !command.yes && !io.interactive) {
      throw new UsageError(
        `Refusing to erase ${command.reference} without confirmation: run it in a terminal, or add --yes.`,
      );
    }
    if ((isAudited(command.name) || command.name === 'end-sessions') && !connection.staffTableName)
      throw noStaffTable(command.name);
    ctx = openContext(connection, { now, ...(options.config ? { config: options.config } : {}) });
    await dispatch(command, ctx, io, env);
    return 0;
  } catch (error) {
    line(io.stderr, explainError(error, connection));
    if (error instanceof UsageError && error.showHelp) line(io.stderr, `\n${HELP}`);
    if (env.OPS_DEBUG && !(error instanceof OpsError)) line(io.stderr, String((error as Error)?.stack));
    return error instanceof OpsError ? error.exitCode : 1;
  } finally {
    ctx?.close();
  }
};
