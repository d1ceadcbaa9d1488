import type { APIRoute } from 'astro';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { siteStylesheet } from '../../build/stylesheet.ts';
import siteCss from '../../styles/app.css?raw';

/** /assets/site.css: govuk-frontend (used components only, from Sass), the theme and the site's own styles. */
export const GET: APIRoute = async () =>
  new Response(await siteStylesheet(siteCss, serviceConfig.brandColour), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
