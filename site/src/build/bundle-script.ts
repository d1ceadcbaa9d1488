import { build } from 'esbuild';

/** Where the site's sources are, set by astro.config.mjs (this file is bundled before it runs). */
declare const __SITE_SRC__: string;

/**
 * Bundles src/scripts/site.ts with esbuild into one small ES module: govuk-frontend's components
 * are tree-shaken to those imported. A stable name lets the handler's pages load it too.
 */
export const bundleScript = async (): Promise<string> => {
  const result = await build({
    entryPoints: [`${__SITE_SRC__}/scripts/site.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for site.js');
  return output.text;
};
