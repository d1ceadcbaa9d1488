import { readFileSync } from 'node:fs';
import { fromRoot } from '../../infra/paths.ts';

/** The lines of a markdown file's section, from its heading to the next heading of any level. */
export const sectionOf = (file: string, heading: string): string[] => {
  const lines = readFileSync(fromRoot(file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.replace(/^#+\s*/, '') === heading && l.startsWith('#'));
  if (start < 0) throw new Error(`${file} has no heading "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
};

/** Each table in the lines, as its rows of cells (header and separator left out). */
export const tablesIn = (lines: string[]): string[][][] => {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line
      .slice(1, line.lastIndexOf('|'))
      .split('|')
      .map((c) => c.trim());
    if (!current) {
      current = [];
      tables.push(current);
    } else if (!cells.every((c) => /^:?-+:?$/.test(c))) {
      current.push(cells);
    }
  }
  return tables;
};

/** The backticked names in a cell: `a`, `b` or `a.x` / `y` (a sibling of a.x) or `a.x`, `.y`. */
export const namesIn = (cell: string): string[] => {
  const names: string[] = [];
  for (const match of cell.matchAll(/(\/)?\s*`([^`]+)`/g)) {
    const [, slash, name = ''] = match;
    const previous = names.at(-1);
    const sibling = previous && (name.startsWith('.') || slash);
    const parent = previous?.slice(0, previous.lastIndexOf('.'));
    names.push(sibling ? `${parent}.${name.replace(/^\./, '')}` : name);
  }
  return names;
};
