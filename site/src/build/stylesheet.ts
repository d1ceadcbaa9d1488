import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { compileString, NodePackageImporter } from 'sass';
import { themeSettings } from './theme.ts';

/**
 * The site's Sass, from the repository root, where every npm script runs (Astro bundles this
 * module elsewhere to build): govuk.scss (the public pages' govuk-frontend components), staff.scss
 * (the workspace's extra ones) and the settings they share.
 */
export const STYLES = resolve('site/src/styles');

/**
 * A Sass entry of site/src/styles compiled (pkg: loads resolved from node_modules) after
 * configuring the shared settings, compressed.
 */
export const compileScss = (entry: 'govuk' | 'staff', settings: string): string =>
  compileString(`@use "govuk-settings" with (${settings});\n@use "${entry}";`, {
    loadPaths: [STYLES],
    importers: [new NodePackageImporter()],
    style: 'compressed',
  }).css.replace(/^\uFEFF/, '');

const minify = async (css: string): Promise<string> =>
  (await transform(css, { loader: 'css', minify: true })).code;

/**
 * /assets/site.css: govuk-frontend with the brand colours and the system font set, then the site's
 * own styles.
 */
export const siteStylesheet = async (siteCss: string, brandColour: string): Promise<string> =>
  minify(`${compileScss('govuk', themeSettings(brandColour))}\n${siteCss}`);

/**
 * /assets/staff.css, loaded after site.css by workspace pages: its components, with the same
 * colours but not their custom properties again.
 */
export const staffStylesheet = async (brandColour: string): Promise<string> =>
  minify(compileScss('staff', themeSettings(brandColour, { customProperties: false })));
