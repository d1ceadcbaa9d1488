import { ExitThisPage } from 'govuk-frontend';

interface ExitParts {
  $button: HTMLAnchorElement;
  $updateSpan: HTMLElement | null;
  i18n: { t: (key: string) => string };
}

/**
 * GOV.UK's Exit this page, leaving no trace a person sharing the device could find: every form on
 * the page is emptied first, and the exit site replaces this page in the history, so Back does not
 * come here. The rest (the overlay, Shift three times) is GOV.UK's own.
 */
export class ExitWithoutTrace extends ExitThisPage {
  exitPage(): void {
    const parts = this as unknown as ExitParts;
    if (!parts.$updateSpan) return;
    for (const form of document.forms) form.reset();
    parts.$updateSpan.textContent = '';
    document.body.classList.add('govuk-exit-this-page-hide-content');
    const overlay = document.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = parts.i18n.t('activated');
    document.body.appendChild(overlay);
    window.location.replace(parts.$button.href);
  }
}
