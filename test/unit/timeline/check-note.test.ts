import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../functions/timeline/check-note.ts';
import type { NoteEntry } from '../../../functions/timeline/types.ts';

const note: NoteEntry = {
  kind: 'note',
  id: 'n1',
  text: 'First',
  by: 'x',
  recordedAt: '2026-12-03T10:00:00Z',
};

describe('a note on a case', () => {
  it('keeps 1 to 500 characters, with the step notes’ hygiene', () => {
    expect(checkNote({ text: '\u0007 Call back\r\nafter six \u2066' })).toEqual({
      ok: true,
      entry: { kind: 'note', text: 'Call back\nafter six' },
    });
    expect(checkNote({ text: 'é'.repeat(500) }).ok).toBe(true);
  });

  it('refuses an empty note, and one over 500 characters', () => {
    for (const text of ['', '   ', '\u0000\u202E'])
      expect(checkNote({ text })).toEqual({
        ok: false,
        errors: [{ field: 'text', message: 'Enter the note' }],
      });
    expect(checkNote({ text: 'a'.repeat(501) })).toEqual({
      ok: false,
      errors: [{ field: 'text', message: 'The note must be 500 characters or fewer' }],
    });
  });

  it('corrects a standing note only', () => {
    expect(checkNote({ text: 'Second', corrects: 'n1' }, [note])).toEqual({
      ok: true,
      entry: { kind: 'note', text: 'Second', corrects: 'n1' },
    });
    const again = checkNote({ text: 'Third', corrects: 'n1' }, [note, { ...note, id: 'n2', corrects: 'n1' }]);
    expect(again.ok).toBe(false);
  });
});
