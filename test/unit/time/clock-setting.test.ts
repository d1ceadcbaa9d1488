import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../functions/time/clock.ts';
import { CLOCK_VARIABLE, clockFromEnvironment } from '../../../local/clock-setting.ts';

const MACHINE = new Date('2031-03-04T05:06:07.000Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('the clock a local process is given', () => {
  it('is the machine clock when nothing is set', () => {
    vi.useFakeTimers({ now: MACHINE });
    expect(clockFromEnvironment({})).toBe(systemClock);
    expect(systemClock()).toEqual(MACHINE);
  });

  it('starts at the moment SERVICE_CLOCK names and runs on from there', () => {
    vi.useFakeTimers({ now: MACHINE });
    const clock = clockFromEnvironment({ [CLOCK_VARIABLE]: '2026-11-20T12:00:00Z' });
    expect(clock().toISOString()).toBe('2026-11-20T12:00:00.000Z');
    vi.advanceTimersByTime(90_000);
    expect(clock().toISOString()).toBe('2026-11-20T12:01:30.000Z');
  });

  it('refuses a setting that names no moment, rather than run at the wrong time', () => {
    expect(() => clockFromEnvironment({ [CLOCK_VARIABLE]: 'next tuesday' })).toThrow(
      'SERVICE_CLOCK must be a moment like 2026-11-20T12:00:00Z, not "next tuesday".',
    );
  });
});

/** Every .ts file under a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('Lambda code', () => {
  // On AWS an environment variable is configuration: a handler must never take its time from one.
  it('never reads the clock setting, nor imports the local tools that do', () => {
    const offending = sources('functions').filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes(CLOCK_VARIABLE) || /from '(?:\.\.\/)+local\//.test(text);
    });
    expect(offending).toEqual([]);
  });
});
