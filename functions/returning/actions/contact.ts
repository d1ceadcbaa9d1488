import { ClientError } from '../../http/client-error.ts';
import { t } from '../../i18n/ui.ts';
import type { ReturnAction } from '../actions.ts';
import { contactSections } from '../contact-sections.ts';
import { pageAction } from './page-action.ts';

/**
 * Change how we contact you safely: the form's own safe-contact questions, asked again with the
 * same rules. Nothing given before is shown (whoever holds the code learns nothing from the page);
 * the new answers stand in for the old ones from now on.
 */
export const contact: ReturnAction = async (request, store) => {
  if (!request.form.returning?.contactQuestions.length) throw new ClientError(404, 'returning.notOffered');
  const language = request.session.language;
  return pageAction(request, store, {
    name: 'contact',
    kind: 'contact',
    title: t(language, 'returning.contact.title'),
    intro: t(language, 'returning.contact.intro'),
    sections: contactSections(request.form),
    urgency: [],
    button: t(language, 'form.send'),
  });
};
