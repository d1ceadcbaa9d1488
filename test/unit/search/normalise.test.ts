import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySearch, SEARCH_MESSAGES } from '../../../functions/search/classify.ts';
import {
  normalise,
  normaliseEmail,
  normaliseName,
  normalisePhone,
  normalisePostcode,
  postcodeIn,
} from '../../../functions/search/normalise.ts';

describe('normalising what a case can be found by', () => {
  it('writes a UK phone number one way, whatever its +44, 0044, (0), spaces and punctuation', () => {
    for (const written of [
      '07700 900123',
      '07700900123',
      '+44 7700 900123',
      '+44 (0)7700 900 123',
      '0044 7700-900-123',
      '(07700) 900.123',
      ' +447700900123 ',
    ])
      expect(normalisePhone(written), written).toBe('07700900123');
  });

  it('keeps another country’s code, and refuses what is not a number', () => {
    expect(normalisePhone('+1 (555) 123-4567')).toBe('+15551234567');
    expect(normalisePhone('0033 1 23 45 67 89')).toBe('+33123456789');
    expect(normalisePhone('123')).toBeUndefined();
    expect(normalisePhone('07700 9OO123')).toBeUndefined();
    expect(normalisePhone('1234567890123456')).toBeUndefined();
  });

  it('lower-cases and trims an email address', () => {
    expect(normaliseEmail('  Sam.Smith@Example.COM ')).toBe('sam.smith@example.com');
    expect(normalise('email', 'not an address')).toBeUndefined();
  });

  it('lower-cases a name and collapses its spaces', () => {
    expect(normaliseName('  Sam   SMITH\t Jones ')).toBe('sam smith jones');
    expect(normalise('name', '   ')).toBeUndefined();
  });

  it('takes a UK postcode out of an address or area, upper case without its space', () => {
    expect(postcodeIn('2 Station Road\nNorthfield\nm1 2ab')).toBe('M12AB');
    expect(postcodeIn('Flat 3, 10 Downing St, London SW1A 2AA')).toBe('SW1A2AA');
    expect(postcodeIn('B338TH')).toBe('B338TH');
    expect(postcodeIn('Salford')).toBeUndefined();
    expect(normalise('postcode', 'Northfield')).toBeUndefined();
  });

  it('takes a search as a postcode only when it is one and nothing else', () => {
    expect(normalisePostcode(' sw1a 2aa ')).toBe('SW1A2AA');
    expect(normalisePostcode('SW1A 2AA London')).toBeUndefined();
  });

  it('is the same however a phone number is spaced (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^7[0-9]{9}$/),
        fc.array(fc.nat(10), { maxLength: 4 }),
        (digits, cuts) => {
          let spaced = digits;
          for (const cut of [...new Set(cuts)].sort((a, b) => b - a))
            spaced = `${spaced.slice(0, cut)} ${spaced.slice(cut)}`;
          expect(normalisePhone(`0${spaced}`)).toBe(`0${digits}`);
          expect(normalisePhone(`+44 ${spaced}`)).toBe(`0${digits}`);
        },
      ),
    );
  });

  it('gives the same name whatever its case and spacing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 4 }), (words) => {
        const messy = `  ${words.map((w, i) => (i % 2 ? w.toUpperCase() : w)).join('   ')} `;
        expect(normaliseName(messy)).toBe(words.join(' '));
      }),
    );
  });
});

describe('what a search is', () => {
  it('goes to a case for a reference, in any case', () => {
    expect(classifySearch(' rj-7kqm-4xpd ')).toEqual({ kind: 'reference', reference: 'RJ-7KQM-4XPD' });
  });

  it('tells an email, a phone number, a postcode and a name apart', () => {
    expect(classifySearch('Sam@Example.com')).toEqual({ kind: 'email', normalised: 'sam@example.com' });
    expect(classifySearch('+44 7700 900123')).toEqual({ kind: 'phone', normalised: '07700900123' });
    expect(classifySearch('m1 2ab')).toEqual({ kind: 'postcode', normalised: 'M12AB' });
    expect(classifySearch('Sam  Smith')).toEqual({ kind: 'name', normalised: 'sam smith' });
  });

  it('refuses nothing, too little, too much and control characters, saying what to do', () => {
    expect(classifySearch(null)).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.empty });
    expect(classifySearch('   ')).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.empty });
    expect(classifySearch('ab')).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.short });
    expect(classifySearch('a'.repeat(101))).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.long });
    expect(classifySearch('sam\u0000smith')).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.hostile });
    expect(classifySearch('sam\u202esmith')).toEqual({ kind: 'invalid', message: SEARCH_MESSAGES.hostile });
  });

  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const input = classifySearch(text);
        expect(['reference', 'email', 'phone', 'postcode', 'name', 'invalid']).toContain(input.kind);
      }),
    );
  });
});
