import { ClientError } from '../../http/client-error.ts';
import { t } from '../../i18n/ui.ts';
import type { ReturnAction } from '../actions.ts';
import { pageAction } from './page-action.ts';

/**
 * Withdraw (referral): say they no longer want to take part, with an optional reason. Taking part is
 * voluntary at every stage; the case records when (withdrawnAt) and the team sees it at once.
 */
export const withdraw: ReturnAction = async (request, store) => {
  const page = request.form.returning?.withdraw;
  if (!page) throw new ClientError(404, 'returning.notOffered');
  return pageAction(request, store, {
    name: 'withdraw',
    kind: 'withdrawal',
    title: page.title,
    sections: page.sections,
    urgency: [],
    button: t(request.session.language, 'returning.withdraw.send'),
  });
};
