import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import type { NoteEntry } from '../../../functions/timeline/types.ts';
import { inProcessStaff } from './in-process-staff.ts';

let ws: Awaited<ReturnType<typeof inProcessStaff>>;

beforeAll(async () => {
  ws = await inProcessStaff();
}, 120_000);

afterAll(() => ws?.destroy());

const note = (id: string): NoteEntry => ({
  kind: 'note',
  id,
  text: `note ${id}`,
  by: 'sub-1',
  recordedAt: '2026-12-03T10:00:00.000Z',
});
const step = (id: string): StepEntry => ({
  id,
  step: 'first-contact',
  on: '2026-12-03',
  detail: 'phone',
  by: 'sub-1',
  recordedAt: '2026-12-03T10:00:00.000Z',
});

describe('appending to the timeline (DynamoDB Local)', () => {
  it('keeps every entry when people log at once: no lost update', async () => {
    const reference = await ws.submit();
    const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
    const results = await Promise.all(
      ids.map((id) => ws.table.store.appendTimeline(reference, { entry: note(id) })),
    );
    expect(results).toEqual(ids.map(() => 'saved'));
    const kept = (await ws.table.store.get(reference))?.timeline?.map((e) => e.id);
    expect(kept?.sort()).toEqual(ids);
  });

  it('writes first contact with its attempt in one write, only while the steps are as read', async () => {
    const reference = await ws.submit();
    const withStep = (id: string) =>
      ws.table.store.appendTimeline(reference, {
        entry: note(`a-${id}`),
        step: { entry: step(id), status: 'first-contact', expectedSteps: 0 },
      });
    const results = await Promise.all([withStep('x'), withStep('y')]);
    expect(results.sort()).toEqual(['changed', 'saved']);
    const record = await ws.table.store.get(reference);
    expect(record?.steps).toHaveLength(1);
    // The loser saved nothing: its attempt did not land without its step.
    expect(record?.timeline?.map((e) => e.id)).toEqual([`a-${record?.steps?.[0]?.id}`]);
    expect(record?.status).toBe('first-contact');
  });

  it('adds nothing to an erased record', async () => {
    const reference = await ws.submit();
    await new DynamoSubmissionRemoval(ws.table.documents, ws.table.tableName).erase(reference, []);
    expect(await ws.table.store.appendTimeline(reference, { entry: note('late') })).toBe('changed');
    expect(await ws.table.store.get(reference)).toBeUndefined();
    // Not brought back by the append as a stub holding only a timeline.
    expect((await ws.table.allItems()).filter((item) => item.pk === reference)).toEqual([]);
  });
});
