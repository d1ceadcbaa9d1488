import { ClientError } from '../../http/client-error.ts';
import { t } from '../../i18n/ui.ts';
import type { ReturnAction } from '../actions.ts';
import { pageAction } from './page-action.ts';

/**
 * Add something that has happened since: an incident on a nuisance report (with the form's urgent
 * markers and, on a second report within six months, the Case Review notice), an update on a referral.
 */
export const add: ReturnAction = async (request, store) => {
  const addition = request.form.returning?.addition;
  if (!addition) throw new ClientError(404, 'returning.notOffered');
  return pageAction(request, store, {
    name: 'add',
    kind: addition.kind,
    title: addition.title,
    sections: addition.sections,
    urgency: addition.urgency,
    button: t(request.session.language, 'form.send'),
  });
};
