import { PATHS } from '../../../functions/contract/paths.ts';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import type { ScriptWords } from './words.ts';

interface Offer {
  upload: { url: string; fields: Record<string, string> };
  ticket: string;
}

/** Sends the file as S3's POST upload expects (the presigned fields first), reporting progress. */
const post = (offer: Offer, file: File, onProgress: (percent: number) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(offer.upload.fields)) body.append(name, value);
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    });
    request.addEventListener('load', () => (request.status < 300 ? resolve() : reject(new Error('refused'))));
    request.addEventListener('error', () => reject(new Error('failed')));
    request.open('POST', offer.upload.url);
    request.send(body);
  });

/** An upload the service refused on its first look, with the message to show. */
class Refused extends Error {}

const button = (text: string, hidden: string) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'govuk-button govuk-button--secondary';
  b.textContent = text;
  const label = document.createElement('span');
  label.className = 'govuk-visually-hidden';
  label.textContent = ` ${hidden}`;
  b.append(label);
  return b;
};

/**
 * Slice 22-evidence: each file chosen is uploaded at once, straight to storage (a presigned POST on
 * the site's own origin), with a progress bar; once there, its ticket goes in a hidden field under
 * the question's id, which is what the form sends. Remove takes the file out before sending.
 * Without script the picker is hidden and files are added after sending.
 */
export const enhanceFileUploads = (form: HTMLFormElement, formId: string, words: ScriptWords) => {
  for (const input of form.querySelectorAll<HTMLInputElement>('input.app-file-upload')) {
    const group = input.closest<HTMLElement>('[data-question]');
    const id = group?.dataset.question ?? '';
    const list = group?.querySelector<HTMLUListElement>('[data-file-list]');
    if (!group || !list) continue;
    list.setAttribute('aria-live', 'polite');
    const upload = async (file: File) => {
      const item = document.createElement('li');
      const status = document.createElement('span');
      status.textContent = words.fileUploading.replace('{name}', file.name);
      const progress = document.createElement('progress');
      progress.max = 100;
      progress.value = 0;
      progress.setAttribute('aria-label', status.textContent);
      item.append(status, ' ', progress);
      list.append(item);
      const remove = button(words.fileRemove, file.name);
      remove.addEventListener('click', () => {
        item.remove();
        input.focus();
      });
      try {
        const offered = await fetch(PATHS.uploads(formId), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: '{}',
        });
        if (!offered.ok) throw new Error('no offer');
        const offer = (await offered.json()) as Offer;
        await post(offer, file, (percent) => {
          progress.value = percent;
        });
        // The first look at what arrived (its bytes, never its name): refused at once, in GOV.UK's words.
        const looked = await fetch(PATHS.uploads(formId), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            ticket: offer.ticket,
            [META_FIELDS.language]: document.documentElement.lang,
          }),
        });
        if (looked.status === 422) {
          const { message } = (await looked.json()) as { message: string };
          throw new Refused(message);
        }
        if (!looked.ok) throw new Error('not checked');
        const ticket = document.createElement('input');
        ticket.type = 'hidden';
        ticket.name = id;
        ticket.value = offer.ticket;
        progress.remove();
        status.textContent = words.fileUploaded.replace('{name}', file.name);
        item.append(ticket, ' ', remove);
      } catch (error) {
        progress.remove();
        status.textContent = `${file.name}: ${error instanceof Refused ? error.message : words.fileFailed}`;
        status.className = 'govuk-error-message';
        item.append(' ', remove);
      }
    };
    input.addEventListener('change', () => {
      for (const file of input.files ?? []) void upload(file);
      input.value = '';
    });
  }
};
