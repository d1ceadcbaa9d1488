import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import type { FrameWords } from './layout.ts';

const FOOTER_LINKS = [
  [PATHS.about, 'page.footer.about'],
  [PATHS.onlineSafety, 'page.footer.onlineSafety'],
  [PATHS.privacy, 'page.footer.privacy'],
  [PATHS.accessibility, 'page.footer.accessibility'],
] as const;

/** The page frame's words for a public page, from the catalogue in the page's language. */
export const frameWords = (config: ServiceConfig, language: Language): FrameWords => ({
  skipLink: t(language, 'page.skipLink'),
  errorPrefix: t(language, 'page.errorPrefix'),
  languageNavigation: t(language, 'page.languageSwitch'),
  exitThisPage: {
    hidden: t(language, 'page.exitHidden'),
    visible: t(language, 'page.exitThisPage'),
    // GOV.UK's script reads out English itself.
    ...(language === 'en'
      ? {}
      : {
          activated: t(language, 'exit.activated'),
          timedOut: t(language, 'exit.timedOut'),
          pressTwoMoreTimes: t(language, 'exit.pressTwoMoreTimes'),
          pressOneMoreTime: t(language, 'exit.pressOneMoreTime'),
        }),
  },
  footer: {
    supportLinks: t(language, 'page.supportLinks'),
    links: FOOTER_LINKS.map(([href, key]) => ({
      href: localisedPath(href, language),
      text: t(language, key),
    })),
    runBy: t(language, 'page.footer.runBy', {
      service: config.serviceName,
      organisation: config.organisation,
      phone: config.contact.phone,
      hours: config.contact.hours,
    }),
  },
});

/** The options every public page gives the frame: its words and where the header leads. */
export const publicFrame = (config: ServiceConfig, language: Language) => ({
  config,
  language,
  words: frameWords(config, language),
  homePath: localisedPath(PATHS.home, language),
});
