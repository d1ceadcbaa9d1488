import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import { FILE_ACCEPT as ACCEPT } from '../../files/file-kinds.ts';
import { fileLimits } from '../../files/file-limits.ts';
import type { PresignedUpload } from '../../files/file-store.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukFileUpload } from '../../govuk/file-upload.ts';
import { attributes, type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import { publicFrame } from '../../pages/frame-words.ts';
import { renderDocument } from '../../pages/layout.ts';
import { exitNotice } from '../../pages/notices.ts';
import { link } from '../../pages/rich-text.ts';
import { ADDITION_TOKEN } from './action-page.ts';

/** The field the page that sends an uploaded file carries its ticket in. */
export const EVIDENCE_TICKET = 'ticket';

/** The file picker's id and, as S3's POST upload requires, the name of the file part. */
const FILE_FIELD = 'file';

const frame = (settings: ServiceConfig, language: Language, hasErrors: boolean, main: Html) => {
  const config = localiseConfig(settings, language);
  const title = t(language, 'returning.evidence.title');
  return renderDocument(
    { ...publicFrame(config, language), title, hasErrors, exitThisPage: true },
    html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${main}
<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'returning.back'))}</p>
</div>
</div>`,
  );
};

/**
 * Pick a file: a plain form that posts it straight to storage (a presigned POST on the site's own
 * origin, the fields signed for one key), which sends the browser back here with the ticket. It
 * works the same with or without JavaScript; the file never passes through a function.
 */
export const renderEvidenceUploadPage = (
  config: ServiceConfig,
  language: Language,
  upload: PresignedUpload,
  problem?: string,
): string => {
  const errors = problem ? [{ field: FILE_FIELD, message: problem }] : [];
  return frame(
    config,
    language,
    errors.length > 0,
    html`${errors.length > 0 ? html`${errorSummaryHtml(errors, t(language, 'errors.title'))}\n` : ''}<h1 class="govuk-heading-l">${t(language, 'returning.evidence.title')}</h1>
<p class="govuk-body">${t(language, 'returning.evidence.intro')}</p>
${exitNotice(language)}
<form${attributes({ action: upload.url, method: 'post', enctype: 'multipart/form-data', 'data-evidence-upload': true })}>
${Object.entries(upload.fields).map(([name, value]) => html`<input type="hidden"${attributes({ name, value })}>\n`)}${govukFileUpload(
  {
    id: FILE_FIELD,
    name: FILE_FIELD,
    accept: ACCEPT,
    label: { text: t(language, 'returning.evidence.label'), classes: 'govuk-label--m' },
    // Issue 22: the limits said before a file is chosen (storage refuses one over them).
    hint: { text: `${t(language, 'returning.evidence.hint')}. ${fileLimits(language, config.files)}` },
    // Storage answers an empty upload with its own error page, so the browser asks for a file first.
    attributes: { required: true },
    ...(problem
      ? { errorMessage: { text: problem, visuallyHiddenText: MESSAGES[language].errorHidden } }
      : {}),
  },
)}
${govukButton({ text: t(language, 'returning.evidence.upload'), preventDoubleClick: true })}
</form>`,
  );
};

/** The file is uploaded and looked at: one button sends it to the team (nothing is attached before). */
export const renderEvidenceReadyPage = (
  config: ServiceConfig,
  language: Language,
  ticket: string,
  token: string,
): string =>
  frame(
    config,
    language,
    false,
    html`<h1 class="govuk-heading-l">${t(language, 'returning.evidence.title')}</h1>
<p class="govuk-body" data-evidence-ready>${t(language, 'returning.evidence.ready')}</p>
${exitNotice(language)}
<form${attributes({ action: RETURN_PATHS.action('evidence', language), method: 'post', novalidate: true, 'accept-charset': 'utf-8' })}>
<input type="hidden"${attributes({ name: ADDITION_TOKEN, value: token })}>
<input type="hidden"${attributes({ name: EVIDENCE_TICKET, value: ticket })}>
${govukButton({ text: t(language, 'returning.evidence.send'), preventDoubleClick: true })}
</form>
<p class="govuk-body">${link(RETURN_PATHS.action('evidence', language), t(language, 'returning.evidence.other'))}</p>`,
  );
