import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, neutraliseFormula } from '../../../functions/exports/csv.ts';
import { parseCsv } from './parse-csv.ts';

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700 900982', "'+44 7700 900982"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises a formula: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['crlf\r\nline', '"crlf\r\nline"'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('quotes as RFC 4180 asks: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are, and nothing for no value', () => {
    expect(csvRow([3, null, undefined, 'x'])).toBe('3,,,x\r\n');
  });

  it('reads back as the same cells (neutralised) whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed] = parseCsv(csvRow(cells));
        expect(parsed).toEqual(cells.map(neutraliseFormula));
        for (const cell of parsed ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('the CSV oracle (csv-parse)', () => {
  it('refuses what a careless writer could produce, so the checks above mean something', () => {
    expect(() => parseCsv('a,b\r\nc\r\n')).toThrow(/column|record/i);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/quote/i);
    expect(() => parseCsv('"open\r\n')).toThrow(/quote/i);
  });
});
