import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Markup is escaped by default (issue 19): every page builds it with the `html` tag, so no file
 * calls an escaper by hand. The one escaper lives in functions/html/html.ts.
 */
const THE_TAG = 'functions/html/html.ts';

const sourceFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => join(root, f));

describe('escaping by hand', () => {
  it('happens nowhere outside the html tag’s own module', () => {
    const callers = ['functions', 'site/src', 'infra', 'local', 'ops', 'scripts']
      .flatMap(sourceFiles)
      .filter((f) => f !== THE_TAG && readFileSync(f, 'utf8').includes('escapeHtml('));
    expect(callers).toEqual([]);
  });
});
