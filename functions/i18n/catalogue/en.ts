/**
 * The English of every public page and message string that does not belong to one form (forms'
 * English lives in their definitions). Each key has a note for the translator: where the text
 * shows and what `{placeholders}` stand for. Another language gives the same keys in its own file
 * (catalogue/cy.ts); the completeness test names any key it lacks.
 */
export interface CatalogueEntry {
  text: string;
  note: string;
}

export const en = {
  'page.skipLink': { text: 'Skip to main content', note: 'First link on every page, for keyboard users' },
  'page.errorPrefix': { text: 'Error: ', note: 'Put before the page title when a form has problems' },
  'page.exitThisPage': { text: 'Exit this page', note: 'Button that leaves the site at once' },
  'page.exitHidden': { text: 'Emergency', note: 'Read by screen readers before “Exit this page”' },
  'page.supportLinks': { text: 'Support links', note: 'Hidden heading of the footer links' },
  'page.footer.about': { text: 'What is restorative justice?', note: 'Footer link' },
  'page.footer.onlineSafety': { text: 'Staying safe online', note: 'Footer link' },
  'page.footer.privacy': { text: 'Privacy notice', note: 'Footer link' },
  'page.footer.accessibility': { text: 'Accessibility statement', note: 'Footer link' },
  'page.footer.runBy': {
    text: '{service} is run by {organisation}. Call {phone} ({hours}) or email',
    note: 'Footer; an email address link follows. {service} and {organisation} are names',
  },
  'page.languageSwitch': { text: 'Choose a language', note: 'Hidden name of the English | Cymraeg switch' },
  'notice.warning': { text: 'Warning', note: 'Read by screen readers before the danger notice' },
  'notice.danger': {
    text: 'If you are in immediate danger, call {emergency}. To report a crime that is not an emergency, call {nonEmergency}.',
    note: 'On every form and confirmation; {emergency} is 999, {nonEmergency} is 101',
  },
  'notice.exit': {
    text: 'To leave this page quickly, select Exit this page or press the Shift key 3 times. It will not clear your browsing history:',
    note: 'On sensitive forms; a link “read how to stay safe online” follows',
  },
  'notice.exitLink': { text: 'read how to stay safe online', note: 'Link at the end of notice.exit' },
  'contact.telephone': { text: 'Telephone', note: 'Before the phone number in contact details' },
  'contact.email': { text: 'Email', note: 'Before the email address in contact details' },
  'form.sentOnlyAtEnd': {
    text: 'Your answers are only sent when you select Send at the end. Nothing is saved before then.',
    note: 'Above every form; “Send” is form.send',
  },
  'form.send': { text: 'Send', note: 'The button that sends a form' },
  'form.continue': {
    text: 'Continue',
    note: 'The form’s button when JavaScript shows “Check your answers” first',
  },
  'form.sending': { text: 'Sending', note: 'The button while the answers are on their way' },
  'form.honeypot': { text: 'Leave this empty', note: 'A field hidden from people (catches bots)' },
  'form.privacyBefore': { text: 'Read the', note: 'Before the privacy notice link on consent questions' },
  'form.privacyLink': { text: 'privacy notice (opens in new tab)', note: 'Link to the privacy notice' },
  'form.privacyAfter': {
    text: 'to find out how we use and protect your information.',
    note: 'After the privacy notice link',
  },
  'form.unavailable': {
    text: 'Sorry, your answers could not be sent. Nothing has been lost: try again in a few minutes, or call {phone} ({hours}).',
    note: 'When the service cannot be reached',
  },
  'errors.title': { text: 'There is a problem', note: 'Heading of the error summary' },
  'errors.hidden': { text: 'Error:', note: 'Read by screen readers before each inline error' },
  'errors.unanswered': { text: 'Answer this question', note: 'A required question without its own message' },
  'check.title': { text: 'Check your answers before sending', note: 'Heading of the check answers page' },
  'check.pageTitle': { text: 'Check your answers', note: 'Browser tab title of the check answers page' },
  'check.change': { text: 'Change', note: 'Link beside each answer' },
  'check.notAnswered': { text: 'Not answered', note: 'Shown for an optional question left blank' },
  'check.nowSend': { text: 'Now send your {noun}', note: '{noun} is the form’s noun, e.g. “referral”' },
  'check.explain': {
    text: 'Check your answers are right. When you select Send, they go to the team and cannot be changed online.',
    note: 'Above the Send button on check answers',
  },
  'confirmation.title': {
    text: '{noun} sent',
    note: 'Panel title; {noun} is the form’s noun with a capital',
  },
  'confirmation.yourReference': { text: 'Your reference number', note: 'In the confirmation panel' },
  'confirmation.keep': {
    text: 'Keep this reference if it is safe to. You can quote it if you contact us.',
    note: 'Under the panel',
  },
  'confirmation.next': { text: 'What happens next', note: 'Heading' },
  'confirmation.contactUs': { text: 'Contact us', note: 'Heading' },
  'confirmation.contactIntro': {
    text: 'If you have a question, or want to change or withdraw what you sent, contact {service}:',
    note: '{service} is the service name',
  },
  'confirmation.clearHistoryBefore': {
    text: 'If someone else uses this device, you may want to',
    note: 'Sensitive forms; the link confirmation.clearHistory follows',
  },
  'confirmation.clearHistory': { text: 'clear your browsing history', note: 'Link to online safety' },
  'confirmation.notFound': {
    text: 'This confirmation link is not complete. Check the reference you were given.',
    note: 'A page for a broken confirmation address',
  },
} satisfies Record<string, CatalogueEntry>;

export type UiKey = keyof typeof en;
