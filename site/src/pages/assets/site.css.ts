import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import govukCss from 'govuk-frontend/dist/govuk/govuk-frontend.min.css?raw';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { buildStylesheet } from '../../build/stylesheet.ts';
import siteCss from '../../styles/app.css?raw';

/** /assets/site.css: govuk-frontend (used components only), the theme and the site's own styles. */
export const GET: APIRoute = async () => {
  const { code } = await transform(buildStylesheet(govukCss, siteCss, serviceConfig.brandColour), {
    loader: 'css',
    minify: true,
  });
  return new Response(code, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
