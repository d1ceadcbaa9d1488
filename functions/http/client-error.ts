import type { Language } from '../i18n/languages.ts';
import { t, type UiKey } from '../i18n/ui.ts';

/**
 * A problem with what the client sent: always a 4xx with a message a person understands, in the
 * language of the request (respond-to-errors.ts). Its message is a catalogue key, so a Welsh form
 * gets its problems in Welsh; `message` holds the English, for logs and stack traces.
 * Anything that is not a ClientError becomes a generic 500.
 */
export class ClientError extends Error {
  override name = 'ClientError';
  readonly statusCode: number;
  readonly key: UiKey;
  readonly values: Readonly<Record<string, string | number>>;
  readonly headers: Record<string, string>;

  constructor(
    statusCode: number,
    key: UiKey,
    values: Record<string, string | number> = {},
    headers: Record<string, string> = {},
  ) {
    super(t('en', key, values));
    this.statusCode = statusCode;
    this.key = key;
    this.values = values;
    this.headers = headers;
  }

  /** The message in a language. */
  messageIn(language: Language): string {
    return t(language, this.key, this.values);
  }
}
