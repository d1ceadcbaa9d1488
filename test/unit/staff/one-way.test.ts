import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under these folders of functions/, with its text. */
const sources = (...folders: string[]) =>
  folders.flatMap((folder) =>
    readdirSync(path.join('functions', folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({
        file: path.join('functions', folder, file),
        text: readFileSync(path.join('functions', folder, file), 'utf8'),
      })),
  );

describe('the workspace does each thing one way', () => {
  it('builds markup with the html tag only: no escapeHtml and nothing from pages/escape-html.ts', () => {
    const offenders = sources('staff', 'progress', 'govuk')
      .filter(({ text }) => text.includes('escapeHtml(') || text.includes('escape-html.ts'))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('reads a submission for a member only through the one case loader (load-case.ts)', () => {
    const offenders = sources('staff')
      .filter(({ text }) => /submissions\.get\(/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([path.join('functions', 'staff', 'load-case.ts')]);
  });

  it('decides the role in the route table only: no action or page tests admin or leads to allow a page', () => {
    const offenders = sources('staff/actions')
      .filter(({ text }) => /refusePage|requireSession/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
