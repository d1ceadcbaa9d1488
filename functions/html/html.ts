/**
 * HTML that escapes by default (issue 19). Every page, question type, email and staff screen builds
 * its markup with the `html` tag: each `${value}` is escaped unless it is an `Html` the tag itself
 * made, so an answer can never become markup by a forgotten call. `Html` is a class with a private
 * field, so TypeScript will not take a plain string where markup is asked for.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. The only escaper in functions/. */
const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Markup built by this module: safe to place as it is. */
export class Html {
  readonly #markup: string;
  constructor(markup: string, madeHere: typeof MADE_HERE) {
    if (madeHere !== MADE_HERE) throw new Error('Html is made by functions/html/html.ts only');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
  /** For `JSON.stringify` and Astro's `set:html`, which read a string. */
  toJSON(): string {
    return this.#markup;
  }
}

// Only this module holds the key, so `new Html(...)` elsewhere does not compile or run by accident.
const MADE_HERE: unique symbol = Symbol('made by functions/html');

const made = (markup: string): Html => new Html(markup, MADE_HERE);

/** What a `${}` slot takes: text (escaped), markup, a list of either, or nothing. */
export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

const render = (value: Interpolation): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeText(String(value));
};

/** The tag: `html\`<p>${answer}</p>\`` escapes `answer`; nested `html` results stay markup. */
export const html = (strings: TemplateStringsArray, ...values: Interpolation[]): Html =>
  made(
    strings.reduce(
      (out, part, i) => out + part + (i < values.length ? render(values[i] as Interpolation) : ''),
      '',
    ),
  );

/** Text as markup (escaped): for the few places that need an `Html` from words alone. */
export const text = (words: string | number): Html => made(escapeText(String(words)));

/** Markup joined by a separator (itself markup or escaped text). */
export const join = (parts: readonly Interpolation[], separator: Interpolation = ''): Html =>
  made(parts.map(render).join(render(separator)));

/** Nothing: for an optional slot left empty. */
export const EMPTY: Html = made('');

type AttributeValue = string | number | boolean | undefined | null;

/**
 * An attribute list from a record, every value escaped: `true` writes a bare attribute, `false`,
 * `undefined` and `null` leave it out. Starts with a space when anything is written.
 */
export const attributes = (attrs: Record<string, AttributeValue>): Html =>
  made(
    Object.entries(attrs)
      .filter(([, value]) => value !== undefined && value !== null && value !== false)
      .map(([name, value]) => {
        if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`Not an attribute name: ${name}`);
        return value === true ? ` ${name}` : ` ${name}="${escapeText(String(value))}"`;
      })
      .join(''),
  );

/** Joins class names, dropping empty ones (the result is text, escaped where it is placed). */
export const classes = (...names: (string | false | undefined | null)[]): string =>
  names.filter(Boolean).join(' ');

/**
 * Markup written in this codebase as a constant (an inline SVG, a build-time asset): never a value
 * that came from a request, a record or configuration. Each call site says why it is trusted.
 */
export const trustedConstant = (markup: string): Html => made(markup);
