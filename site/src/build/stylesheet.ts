import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { compile, NodePackageImporter } from 'sass';
import { themeCss } from './theme.ts';

/**
 * The site's govuk-frontend, from its supported Sass entry points: the public pages' components
 * (govuk.scss) and the staff workspace's extra ones (staff.scss). From the repository root, where
 * every npm script runs (Astro bundles this module elsewhere to build).
 */
export const GOVUK_SCSS = resolve('site/src/styles/govuk.scss');
export const STAFF_SCSS = resolve('site/src/styles/staff.scss');

/** A Sass entry compiled (pkg: imports resolved from node_modules), compressed. */
export const compileScss = (file: string): string =>
  compile(file, { importers: [new NodePackageImporter()], style: 'compressed' }).css.replace(/^\uFEFF/, '');

const minify = async (css: string): Promise<string> =>
  (await transform(css, { loader: 'css', minify: true })).code;

/**
 * /assets/site.css: govuk-frontend, then the brand colours as custom properties (after it, so they
 * win), then the site's own styles.
 */
export const siteStylesheet = async (siteCss: string, brandColour: string): Promise<string> =>
  minify([compileScss(GOVUK_SCSS), themeCss(brandColour), siteCss].join('\n'));

/** /assets/staff.css, loaded after site.css by workspace pages: its components, and the colours again. */
export const staffStylesheet = async (brandColour: string): Promise<string> =>
  minify([compileScss(STAFF_SCSS), themeCss(brandColour)].join('\n'));
