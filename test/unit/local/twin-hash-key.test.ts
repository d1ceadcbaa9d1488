import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { twinHashKey } from '../../../local/twin-hash-key.ts';

const dirs: string[] = [];
const dir = () => {
  const made = mkdtempSync(join(tmpdir(), 'twin-key-'));
  dirs.push(made);
  return made;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the twin's hash key", () => {
  it('outlives a restart on the same data, so cases stored before it are still found', () => {
    const data = dir();
    const first = twinHashKey(data, 'submissions');
    expect(first).toHaveLength(32);
    expect(twinHashKey(data, 'submissions').equals(first)).toBe(true);
    // Readable by its owner only, as a secret should be.
    expect(statSync(join(data, 'hash-key-submissions')).mode & 0o077).toBe(0);
  });

  it('is its own for each table, and new each start when nothing is kept', () => {
    const data = dir();
    expect(twinHashKey(data, 'a').equals(twinHashKey(data, 'b'))).toBe(false);
    expect(twinHashKey(null, 'a').equals(twinHashKey(null, 'a'))).toBe(false);
  });
});
