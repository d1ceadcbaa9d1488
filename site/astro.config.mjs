// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/**
 * The public site: static pages on S3 (served locally by the twin from site/dist).
 * CSP forbids inline scripts and styles, so nothing may be inlined: stylesheets are always files,
 * and Vite's asset inlining is off. The one stylesheet and script are built by endpoints under
 * src/pages/assets with stable names, so the handler's Lambda-rendered pages can link them too.
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    define: { __SITE_SRC__: JSON.stringify(fileURLToPath(new URL('./src', import.meta.url))) },
  },
});
