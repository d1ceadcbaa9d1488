import { attributes, type Html, html, join } from '../html/html.ts';

/** What fills a rich string's `{placeholders}`: plain text (escaped) or markup built with `html`. */
export interface RichValues {
  text?: Record<string, string | number>;
  html?: Record<string, Html>;
}

/**
 * A catalogue template (ui.ts `template`, page-text.ts `pageTemplate`) as HTML: its words escaped, and each `{name}` filled with markup (a link, a
 * button's name in bold) or escaped text. Links and emphasis sit inside one sentence this way, so a
 * translator can move them where their language needs them instead of translating the pieces.
 */
export const richText = (template: string, { text = {}, html: markup = {} }: RichValues = {}): Html =>
  join(
    template.split(/\{(\w+)\}/).map((part, i) => {
      if (i % 2 === 0) return part;
      if (Object.hasOwn(markup, part)) return markup[part];
      return Object.hasOwn(text, part) ? String(text[part]) : `{${part}}`;
    }),
  );

/** A GOV.UK link inside a sentence, its address and words escaped; `newTab` for one beside a form's answers. */
export const link = (href: string, words: string, { newTab = false } = {}): Html =>
  html`<a class="govuk-link"${attributes({ href, target: newTab ? '_blank' : undefined, rel: newTab ? 'noopener' : undefined })}>${words}</a>`;

/** A button or option name as the sentence around it shows it: in bold, as GOV.UK does. */
export const strong = (words: string): Html => html`<strong>${words}</strong>`;
