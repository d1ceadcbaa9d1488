import type { APIRoute } from 'astro';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { staffStylesheet } from '../../build/stylesheet.ts';

/** /assets/staff.css: the staff workspace's own govuk-frontend components (its pages load it after site.css). */
export const GET: APIRoute = async () =>
  new Response(await staffStylesheet(serviceConfig.brandColour), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
