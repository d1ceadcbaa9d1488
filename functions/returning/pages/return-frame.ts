import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import type { Html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { publicFrame } from '../../pages/frame-words.ts';
import { renderDocument } from '../../pages/layout.ts';

export interface ReturnPageOptions {
  config: ServiceConfig;
  language: Language;
  title: string;
  hasErrors?: boolean;
  /** Only the sign-in page offers the other language: a session belongs to the language it began in. */
  alternates?: boolean;
}

/**
 * Every /return/ page: the public frame in the page's language with Exit this page, whose link
 * goes through the return exit first, so leaving also ends the session (then on to the exit site).
 */
export const renderReturnPage = (page: ReturnPageOptions, main: Html): string => {
  const config = localiseConfig(page.config, page.language);
  return renderDocument(
    {
      ...publicFrame(config, page.language),
      config: { ...config, exitPageUrl: RETURN_PATHS.exit(page.language) },
      title: page.title,
      exitThisPage: true,
      ...(page.hasErrors ? { hasErrors: true } : {}),
      ...(page.alternates
        ? {
            alternates: Object.fromEntries(
              page.config.languages.map((lang) => [lang, RETURN_PATHS.start(lang)]),
            ),
          }
        : {}),
    },
    main,
  );
};
