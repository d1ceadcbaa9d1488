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

  it('trusts markup as it is only where it was written in the code, each place named here', () => {
    // Each: why the markup can be placed unescaped. A new call must be added here, and reviewed.
    const allowed: Record<string, string> = {
      'functions/pages/logo.ts': 'the inline SVG logo, a constant in the file',
      'functions/govuk/button.ts': "the start button's arrow, govuk-frontend's SVG as a constant",
      'local/oidc-provider.ts': "the local provider's logout form, written by oidc-provider itself",
    };
    const trusting = ['functions', 'site/src', 'infra', 'local', 'ops', 'scripts']
      .flatMap(sourceFiles)
      .filter((f) => f !== THE_TAG && readFileSync(f, 'utf8').includes('trustedConstant('));
    expect(trusting.sort()).toEqual(Object.keys(allowed).sort());
  });
});
