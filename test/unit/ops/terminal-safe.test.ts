import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../ops/terminal-safe.ts';

describe('text printed for an operator', () => {
  it('shows escape sequences and other control characters as symbols, so answers cannot drive the terminal', () => {
    const hostile = 'ok\u001b[2A\u001b[2KTeam email sent\u001b]52;c;ZXZpbA==\u0007\u009b31m\u007f';
    const shown = terminalSafe(hostile);
    expect(shown).toBe('ok␛[2A␛[2KTeam email sent␛]52;c;ZXZpbA==␇\ufffd31m␡');
    const controls = [...shown].filter((c) => /\p{Cc}/u.test(c) && c !== '\n' && c !== '\t');
    expect(controls).toEqual([]);
  });

  it('names bidi overrides and zero-width characters, so an answer cannot reorder or hide what is shown', () => {
    const hostile = 'Team email \u202Etnes\u202C sent\u200B\u2066x\u2069';
    expect(terminalSafe(hostile)).toBe('Team email ⟨U+202E⟩tnes⟨U+202C⟩ sent⟨U+200B⟩⟨U+2066⟩x⟨U+2069⟩');
  });

  it('keeps line breaks, tabs and every printable character as they are', () => {
    const text = 'Line one\n\tLine two: “quotes”, émigré, 😀, ’apostrophe’';
    expect(terminalSafe(text)).toBe(text);
  });
});
