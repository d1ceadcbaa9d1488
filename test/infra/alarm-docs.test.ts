import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { namesIn, sectionOf, tablesIn } from '../support/doc-tables.ts';
import { PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synth(PRODUCTION);
});

/** docs/deploy.md's alarm table (the first in "Operations"): each alarm named in a row, with what to do. */
const alarmRows = () =>
  (tablesIn(sectionOf('docs/deploy.md', 'Operations'))[0] ?? []).flatMap((row) =>
    namesIn(row[0] ?? '').map((name) => ({ name, meaning: row[1] ?? '', whatToDo: row[2] ?? '' })),
  );

/** Every alarm in the service stack, by its id (the name the alarm's email and the console show). */
const alarmsInStack = () =>
  s.service.node
    .findAll()
    .filter((c): c is Alarm => c instanceof Alarm)
    .map((a) => ({
      name: a.node.id,
      description: (a.node.defaultChild as { alarmDescription?: string }).alarmDescription ?? '',
    }));

describe("docs/deploy.md's alarm table", () => {
  it('has a row, with what to do, for every alarm in the template', () => {
    const rows = alarmRows();
    const missing = alarmsInStack()
      .filter((alarm) => !rows.some((r) => r.name === alarm.name && r.whatToDo !== ''))
      .map(
        (alarm) =>
          `add a row for \`${alarm.name}\` (meaning, what to do) to the alarm table in docs/deploy.md, "Operations"; the alarm says: ${alarm.description}`,
      );
    expect(missing).toEqual([]);
  });

  it('names no alarm the template does not have', () => {
    const inStack = new Set(alarmsInStack().map((a) => a.name));
    expect(
      alarmRows()
        .filter((r) => !inStack.has(r.name))
        .map((r) => r.name),
    ).toEqual([]);
  });

  it('reads the table (a known alarm is in it)', () => {
    expect(alarmRows().map((r) => r.name)).toContain('NotifyFailures');
  });
});

describe('failure queues', () => {
  it('are each named in a stack output, for the purge the alarm waits for', () => {
    const outputs = Object.values(s.template.toJSON().Outputs as Record<string, { Value: unknown }>);
    const queues = Object.keys(s.template.findResources('AWS::SQS::Queue'));
    const unnamed = queues.filter(
      (id) => !outputs.some((o) => JSON.stringify(o.Value) === JSON.stringify({ Ref: id })),
    );
    expect(queues.length).toBeGreaterThanOrEqual(4);
    expect(unnamed, 'queues with no output: watch them with OperationsAlarms.watchFailureQueue').toEqual([]);
  });

  it('keep the outputs operations already use', () => {
    const outputs = Object.keys(s.template.toJSON().Outputs);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'NotifyFailureQueue',
        'MonthlyReportFailureQueue',
        'OverdueFailureQueue',
        'ResendWaitingFailureQueue',
      ]),
    );
  });
});
