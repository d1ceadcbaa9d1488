import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../../infra/paths.ts';
import { sectionOf, tablesIn } from '../../support/doc-tables.ts';

const deploy = readFileSync(fromRoot('docs/deploy.md'), 'utf8');
const [gates = []] = tablesIn(sectionOf('docs/deploy.md', 'Go-live checklist'));

/** A section of deploy.md, as a heading or a paragraph's bold lead ("**The re-send job.**"). */
const isSection = (name: string) =>
  new RegExp(`^#{2,3} ${name}$`, 'm').test(deploy) || deploy.includes(`**${name}.**`);

describe("docs/deploy.md's go-live checklist", () => {
  it('has its gates, each with where it is done', () => {
    expect(gates.length).toBeGreaterThanOrEqual(10);
    for (const [gate, where] of gates) expect(where, gate).not.toBe('');
  });

  it('links only to documents and sections that exist', () => {
    const wheres = gates.map(([, where = '']) => where);
    const files = wheres.flatMap((w) => [...w.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => m[1] as string));
    const sections = wheres.flatMap((w) => [...w.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string));
    expect(files).toEqual(expect.arrayContaining(['dpia.md', 'incidents.md']));
    expect(sections).toEqual(expect.arrayContaining(['Restore drill', 'What it costs']));
    expect(files.filter((f) => !existsSync(fromRoot('docs', f)))).toEqual([]);
    expect(sections.filter((s) => !isSection(s))).toEqual([]);
  });
});
