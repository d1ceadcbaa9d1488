/**
 * A plain-text table with a ruled header, for terminals and plain-text email. Columns listed in
 * `right` are right-aligned (numbers and rates).
 */
export const textTable = (header: string[], rows: string[][], right: number[] = []): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    widths
      .map((w, i) => (right.includes(i) ? (cells[i] ?? '').padStart(w) : (cells[i] ?? '').padEnd(w)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
};
