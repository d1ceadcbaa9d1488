import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'functions/pages';

/**
 * The renderers run in the submit Lambda (bundle budget 150 KB): they may import only the
 * project's own functions code, never the site, govuk-frontend, or Node-only modules.
 */
describe('functions/pages', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s imports only functions code', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    for (const path of imports) expect(path).toMatch(/^\.\.?\/(?!\.\.\/)/);
    expect(imports.every((p) => !p.includes('site/') && !p.startsWith('node:'))).toBe(true);
  });
});
