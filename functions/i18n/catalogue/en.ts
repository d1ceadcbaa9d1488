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
  'page.goToStart': {
    text: 'Go to the start of {service}',
    note: 'Link to the start page, at the end of a page',
  },
  'serviceProblem.title': {
    text: 'Sorry, there is a problem with the service',
    note: 'Heading and title of the page shown when the service fails (the site’s page and the API’s)',
  },
  'api.serverProblem': {
    text: 'Try again later. If you were sending a form, your answers have not been sent.',
    note: 'Under serviceProblem.title, on the site’s page and the API’s',
  },
  'api.noForm': {
    text: 'There is no form at this address',
    note: 'The API’s answer to an address it does not know',
  },
  'api.onlyMethods': {
    text: 'This address accepts only {methods}',
    note: 'The API’s answer to the wrong HTTP method; {methods} is e.g. “GET, POST”',
  },
  'api.notJson': {
    text: 'The request body is not valid JSON',
    note: 'The API’s answer to a program’s bad request',
  },
  'api.notObject': {
    text: 'The request body must be a JSON object of answers',
    note: 'The API’s answer to a program’s bad request',
  },
  'api.wrongType': {
    text: 'Send the answers as application/json or application/x-www-form-urlencoded',
    note: 'The API’s answer to a program’s bad request; keep the two technical names as they are',
  },
  'api.tooLong': {
    text: 'Your answers are too long to send (the limit is {limit} KB). Shorten the longest answers and send the form again.',
    note: 'When a form’s answers are over the size limit; {limit} is a number',
  },
  'api.crossSite': {
    text: 'This form was sent from another website, so it was not sent. Use the form on our website.',
    note: 'When another website made the browser post one of our forms',
  },
  'notice.warning': { text: 'Warning', note: 'Read by screen readers before the danger notice' },
  'notice.danger': {
    text: 'If you are in immediate danger, call {emergency}. To report a crime that is not an emergency, call {nonEmergency}.',
    note: 'On every form and confirmation; {emergency} is 999, {nonEmergency} is 101',
  },
  'notice.exit': {
    text: 'To leave this page quickly, select {exit} or press the Shift key 3 times. It will not clear your browsing history:',
    note: 'On sensitive forms; a link “read how to stay safe online” follows. {exit} is the button’s name (page.exitThisPage), in bold',
  },
  'notice.exitLink': { text: 'read how to stay safe online', note: 'Link at the end of notice.exit' },
  'contact.telephone': { text: 'Telephone', note: 'Before the phone number in contact details' },
  'contact.email': { text: 'Email', note: 'Before the email address in contact details' },
  'form.sentOnlyAtEnd': {
    text: 'Your answers are only sent when you select {send} at the end. Nothing is saved before then.',
    note: 'Above every form; {send} is the button’s name (form.send), in bold',
  },
  'form.send': { text: 'Send', note: 'The button that sends a form' },
  'form.continue': {
    text: 'Continue',
    note: 'The form’s button when JavaScript shows “Check your answers” first',
  },
  'form.sending': { text: 'Sending', note: 'The button while the answers are on their way' },
  'form.tooMany': {
    text: 'Too many requests have come from your network. Your answers have not been sent: wait a few minutes, then send the form again.',
    note: 'When the firewall holds back a network that sent too much (HTTP 429): on the form and on the firewall’s own page',
  },
  'form.honeypot': { text: 'Leave this empty', note: 'A field hidden from people (catches bots)' },
  'form.privacy': {
    text: 'Read the {link} to find out how we use and protect your information.',
    note: 'Above consent questions; {link} is form.privacyLink, a link to the privacy notice',
  },
  'form.privacyLink': { text: 'privacy notice (opens in new tab)', note: 'Link text inside form.privacy' },
  'form.unavailable': {
    text: 'Sorry, your answers could not be sent. Nothing has been lost: try again in a few minutes, or call {phone} ({hours}).',
    note: 'When the service cannot be reached',
  },
  'errors.title': { text: 'There is a problem', note: 'Heading of the error summary' },
  'errors.hidden': {
    text: 'Error',
    note: 'Read by screen readers before each inline error (a colon follows)',
  },
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
  'confirmation.clearHistoryLine': {
    text: 'If someone else uses this device, you may want to {link}.',
    note: 'Sensitive forms’ confirmation; {link} is confirmation.clearHistory, a link to online safety',
  },
  'confirmation.clearHistory': {
    text: 'clear your browsing history',
    note: 'Link text inside confirmation.clearHistoryLine',
  },
  'confirmation.notFound': {
    text: 'This confirmation link is not complete. Check the reference you were given.',
    note: 'A page for a broken confirmation address',
  },
  // Slice 21-actions: what a person signed back in at /return/ can do, and the page after (issue 21).
  'returning.notOffered': {
    text: 'There is nothing to do at this address',
    note: 'A /return/ address for something the form does not offer (adding, changing contact, withdrawing)',
  },
  'returning.contact.title': {
    text: 'Change how we contact you safely',
    note: 'Heading and title of the page where a person signed back in changes the safe ways to contact them',
  },
  'returning.contact.intro': {
    text: 'Tell us every way that is safe now, with the details those ways need. These replace what you told us before: from now on the team will use only these.',
    note: 'Under returning.contact.title. For safety, the page does not show the details given before',
  },
  'returning.contact.section': {
    text: 'How to contact you',
    note: 'Heading above the safe-contact questions',
  },
  'returning.withdraw.send': {
    text: 'I no longer want to take part',
    note: 'The button that sends a withdrawal (taking part in restorative justice is voluntary)',
  },
  'returning.back': {
    text: 'Go back without sending anything',
    note: 'Link under the form, back to the page listing what the person can do',
  },
  'returning.sent.incident': {
    text: 'Your update has been sent',
    note: 'Panel title and page title after a person adds an incident or an update',
  },
  'returning.sent.update': {
    text: 'Your update has been sent',
    note: 'Panel title and page title after a person adds an update to a referral',
  },
  'returning.sent.contact': {
    text: 'Your new contact details have been sent',
    note: 'Panel title and page title after a person changes how to contact them safely',
  },
  'returning.sent.withdrawal': {
    text: 'We have told the team you no longer want to take part',
    note: 'Panel title and page title after a person withdraws',
  },
  'returning.sent.next': {
    text: 'The team will see it with what you sent before, and will contact you only in the ways you said are safe.',
    note: 'After returning.sent.*',
  },
  'returning.sent.more': {
    text: 'Go back to what you can do',
    note: 'Link from the page after sending to the page listing what the person can do',
  },
  // Slice j22 (issue 22 item 1): evidence from the coming-back page.
  'returning.evidence.title': {
    text: 'Add evidence',
    note: 'Link on the coming-back page, and heading and title of the page that sends a file later',
  },
  'returning.evidence.intro': {
    text: 'You can send a photo, a recording or a PDF, one file at a time. We remove the location from photos before anyone sees them.',
    note: 'Under returning.evidence.title',
  },
  'returning.evidence.label': { text: 'Choose a file', note: 'Label of the file picker' },
  'returning.evidence.hint': {
    text: 'JPG, PNG, PDF or an audio recording',
    note: 'Hint under returning.evidence.label: the kinds of file accepted',
  },
  'returning.evidence.upload': { text: 'Upload file', note: 'Button that uploads the chosen file' },
  'returning.evidence.ready': {
    text: 'Your file has been uploaded. It is not sent until you send it to the team.',
    note: 'After a file is uploaded, above the button that sends it',
  },
  'returning.evidence.send': {
    text: 'Send it to the team',
    note: 'Button that attaches the uploaded file to what the person sent before',
  },
  'returning.evidence.other': {
    text: 'Choose a different file',
    note: 'Link back to the file picker instead of sending the uploaded file',
  },
  'returning.sent.evidence': {
    text: 'Your file has been sent',
    note: 'Panel title and page title after a person sends a file later',
  },
  'returning.gone.title': {
    text: 'Sorry, this could not be sent',
    note: 'Title when what the person sent before is no longer kept (removed, or past its time) as they add to it',
  },
  'returning.gone.text': {
    text: 'What you sent before is no longer kept, so there is nothing to add to. Nothing has been saved. If you want to tell us something, contact us:',
    note: 'Under returning.gone.title; the team’s contact details follow',
  },
  'returning.caseReview.heading': {
    text: 'You can ask for an anti-social behaviour case review',
    note: 'The ASB Case Review notice’s heading, after a second report within six months (the deployer may give their own)',
  },
  'returning.caseReview.text': {
    text: 'You have told us about anti-social behaviour more than once in six months. If you feel it has not been dealt with, you can ask for an anti-social behaviour case review (sometimes called the Community Trigger). The council, the police and other services then look at what has been done together, and agree what should happen next.',
    note: 'The ASB Case Review notice (the deployer may give their own)',
  },
  'returning.caseReview.linkText': {
    text: 'Find out how to ask for a case review',
    note: 'The link at the end of the ASB Case Review notice',
  },
  'email.subject': {
    text: 'Your reference {reference}',
    note: 'Confirmation email subject: the reference alone, no service name or topic words, in case someone else sees the inbox',
  },
  'email.senderName': {
    text: 'Reference number',
    note: 'Confirmation email sender’s display name: like the subject, it must not say who sent it or why',
  },
  'email.heading': { text: 'Your reference number', note: 'Confirmation email heading' },
  'email.thanks': {
    text: 'We have received your message.',
    note: 'Confirmation email. Like every email.* string, it must not say what was sent or to whom (no form, service or topic words): someone else may read the inbox',
  },
  'email.nextRead': {
    text: 'We will read your message.',
    note: 'Confirmation email, under “What happens next”; the same for every form, so it says nothing about which one',
  },
  'email.nextContact': {
    text: 'If we contact you, we will only use the ways you chose.',
    note: 'Confirmation email, under “What happens next”',
  },
  'email.notYouHeading': {
    text: 'If you did not ask for this email',
    note: 'Confirmation email: anyone can type an address into a form, so it says what to do if it was not you',
  },
  'email.notYou': {
    text: 'If you did not send us anything, someone has typed in your email address, by mistake or on purpose. You do not need to reply or do anything else.',
    note: 'Confirmation email, under “If you did not ask for this email”',
  },
  'email.notYouContact': {
    text: 'If you are worried about it, or do not want us to use your address, call {phone} ({hours}) or email {email}, quoting the reference.',
    note: 'Confirmation email, under “If you did not ask for this email”',
  },
  'email.reference': { text: 'Your reference is {reference}.', note: 'Confirmation email' },
  'email.talkToUs': {
    text: 'If you need to talk to us, call {phone} ({hours}) or email {email}, quoting your reference.',
    note: 'Confirmation email',
  },
  'exit.activated': { text: 'Loading.', note: 'Read out by GOV.UK’s Exit this page script as it leaves' },
  'exit.timedOut': { text: 'Exit this page expired.', note: 'Read out when the Shift presses were too slow' },
  'exit.pressTwoMoreTimes': {
    text: 'Shift, press 2 more times to exit.',
    note: 'Read out after the first Shift press',
  },
  'exit.pressOneMoreTime': {
    text: 'Shift, press 1 more time to exit.',
    note: 'Read out after the second Shift press',
  },
  // --- Issue 23: figures (the public ASB Case Review figures page, /case-review/figures/) ---
  'caseReviewFigures.title': { text: 'ASB Case Review figures', note: 'Figures page title and heading' },
  'caseReviewFigures.intro': {
    text: 'The ASB Case Review lets someone who has reported anti-social behaviour, and seen nothing change, ask the council, police, health and housing bodies to look at their case together. The law asks us to publish these figures at least once a year.',
    note: 'Figures page, first paragraph',
  },
  'caseReviewFigures.countsIntro': {
    text: 'Each year counts the applications that arrived in it, from April to March:',
    note: 'Figures page, before the list saying what each count means',
  },
  'caseReviewFigures.ownYear': {
    text: 'We also give them for our own reporting year, starting in {month}.',
    note: 'Figures page, only when the partnership has its own year; {month} is a month name',
  },
  'caseReviewFigures.applications': { text: 'Applications', note: 'Figures table, row header' },
  'caseReviewFigures.applications.meaning': {
    text: 'the applications for a Case Review we received',
    note: 'Figures page, what “Applications” counts',
  },
  'caseReviewFigures.thresholdNotMet': { text: 'Threshold not met', note: 'Figures table, row header' },
  'caseReviewFigures.thresholdNotMet.meaning': {
    text: 'the applications that did not meet the threshold for a review',
    note: 'Figures page, what “Threshold not met” counts',
  },
  'caseReviewFigures.reviewsHeld': { text: 'Reviews held', note: 'Figures table, row header' },
  'caseReviewFigures.reviewsHeld.meaning': {
    text: 'the applications whose case was reviewed at a meeting',
    note: 'Figures page, what “Reviews held” counts',
  },
  'caseReviewFigures.recommendations': {
    text: 'Reviews with recommendations',
    note: 'Figures table, row header',
  },
  'caseReviewFigures.recommendations.meaning': {
    text: 'the reviews that ended with recommendations for action',
    note: 'Figures page, what “Reviews with recommendations” counts',
  },
  'caseReviewFigures.anonymous': {
    text: 'These are counts only. They include applications whose details we have since deleted, and say nothing about who applied.',
    note: 'Figures page, after the list of counts',
  },
  'caseReviewFigures.caption': {
    text: 'Figures for {year}',
    note: 'Table caption; {year} is e.g. “April 2026 to March 2027”',
  },
  'caseReviewFigures.countHeader': { text: 'What is counted', note: 'Figures table, first column header' },
  'caseReviewFigures.numberHeader': { text: 'Number', note: 'Figures table, second column header' },
  'caseReviewFigures.soFar': {
    text: 'This year is not over: its figures will grow.',
    note: 'Under a year still in progress',
  },
  'caseReviewFigures.yearRange': {
    text: '{from} to {to}',
    note: 'A reporting year, e.g. “April 2026 to March 2027”',
  },
  'caseReviewFigures.csv': {
    text: 'Download the figures for {year} (CSV)',
    note: 'Link to the spreadsheet file of one year; the file itself is in English',
  },
  'caseReviewFigures.notFound.title': { text: 'Page not found', note: 'Figures: an address that is no year' },
  'caseReviewFigures.notFound': {
    text: 'There are no figures at this address. The figures page lists every year there are figures for.',
    note: 'Figures: an address that is no year, or a year not begun; a link to the figures page follows',
  },
  'caseReviewFigures.apply': {
    text: 'Apply for an ASB Case Review',
    note: 'Figures page, link to the application form',
  },
  // --- Slice 21-access: the way back in (issue 21) ---
  'return.code.heading': {
    text: 'Your return code',
    note: 'Confirmation page, heading above the return code',
  },
  'return.code.intro': {
    text: 'If it is safe to, you can come back to add to what you sent or change how we contact you safely, at {link}. You will need your reference number and this return code:',
    note: 'Confirmation page; {link} is the address of the sign-in page',
  },
  'return.code.warning': {
    text: 'Write this down or keep it somewhere safe. Anyone with it and your reference can add to your report. We cannot show it to you again.',
    note: 'Confirmation page, warning under the return code',
  },
  'return.code.label': { text: 'Return code', note: 'Hidden label read before the code itself' },
  'return.signIn.title': {
    text: 'Come back to what you sent',
    note: 'Title and heading of the sign-in page at /return/',
  },
  'return.signIn.intro': {
    text: 'Enter the reference number and the return code you were given when you sent it. You can then add to it, or change how we contact you safely.',
    note: 'Sign-in page, first paragraph',
  },
  'return.signIn.reference': { text: 'Reference number', note: 'Sign-in page, label' },
  'return.signIn.referenceHint': {
    text: 'For example, NR-7KQM-4XPD',
    note: 'Sign-in page, hint under the reference number label (keep the example as it is)',
  },
  'return.signIn.code': { text: 'Return code', note: 'Sign-in page, label' },
  'return.signIn.codeHint': {
    text: '12 letters and numbers, for example 7KQM 4XPD 9T2B',
    note: 'Sign-in page, hint under the return code label (keep the example as it is)',
  },
  'return.signIn.continue': { text: 'Continue', note: 'Sign-in page, button' },
  'return.signIn.missingReference': { text: 'Enter your reference number', note: 'Sign-in page, error' },
  'return.signIn.missingCode': { text: 'Enter your return code', note: 'Sign-in page, error' },
  'return.signIn.wrong': {
    text: 'The reference number or return code is not right. Check them and try again.',
    note: 'Sign-in page, error for a wrong, expired or unknown reference and code (says nothing about which)',
  },
  'return.signIn.locked': {
    text: 'There have been too many tries. Wait an hour, then try again.',
    note: 'Sign-in page, error after too many wrong codes',
  },
  'return.signIn.ended': {
    text: 'You have been away for more than 15 minutes, so we have signed you out to keep your report safe. Enter your reference number and return code again.',
    note: 'Sign-in page, shown when a session has ended',
  },
  'return.signIn.noCode': {
    text: 'If you do not have a return code, or have lost it, contact {service}:',
    note: 'Sign-in page, before the contact details; {service} is the service name',
  },
  'return.status.title': { text: 'What you sent', note: 'Title and heading of the page after sign-in' },
  'return.status.reference': { text: 'Reference {reference}', note: 'Caption above the heading' },
  'return.status.heading': { text: 'Where it stands', note: 'Heading' },
  'return.status.received': {
    text: 'We have received it. The team has not started working on it yet.',
    note: 'Status in plain words',
  },
  'return.status.active': { text: 'The team is looking at it.', note: 'Status in plain words' },
  'return.status.closed': { text: 'The team has closed it.', note: 'Status in plain words' },
  'return.status.withdrawn': {
    text: 'You told us you no longer want to take part.',
    note: 'Status, after a withdrawal',
  },
  'return.status.added': {
    text: 'You have added to it since you sent it ({count}).',
    note: 'Status; {count} is how many times',
  },
  'return.status.actions': { text: 'What you can do', note: 'Heading above the links to what they can do' },
  'return.status.contact': { text: 'Change how we contact you safely', note: 'Link' },
  // Slice 23: the ASB Case Review application, pre-filled from the case.
  'return.status.caseReview': {
    text: 'Ask for an ASB Case Review',
    note: 'Link to the application, with the complaints from their case filled in',
  },
  'return.status.none': {
    text: 'There is nothing more you can do online. If you need to tell us something, contact {service}:',
    note: 'When the form offers nothing more; {service} is the service name',
  },
  'return.signOut': { text: 'Sign out', note: 'Link on every page after sign-in' },
  'return.signedOut.title': { text: 'You have signed out', note: 'Title and heading' },
  'return.signedOut.text': {
    text: 'To come back, you will need your reference number and return code again.',
    note: 'Paragraph',
  },
  'return.notFound': {
    text: 'There is nothing at this address. Go back to the page where it stands and choose from there.',
    note: 'A /return/ address that does not exist, or is not theirs',
  },
  'return.problem': {
    text: 'We could not use that request. Go back to the start and try again.',
    note: 'A /return/ request that was refused (sent from another site, too large, the wrong kind)',
  },
  'return.tooMany.title': { text: 'Too many requests', note: 'The firewall’s page for /return/ (HTTP 429)' },
  'return.tooMany': {
    text: 'Too many requests have come from your network. Wait a few minutes, then try again.',
    note: 'The firewall’s page for /return/ (HTTP 429)',
  },
  // Issue 21: the one-time sign-in link by email (functions/returning/email-link.ts).
  'return.signIn.emailLink': {
    text: 'Email me a link instead',
    note: 'Sign-in page, link to ask for a one-time sign-in link by email',
  },
  'return.emailLink.title': {
    text: 'Get a link by email',
    note: 'Title and heading of the page that asks for a one-time link',
  },
  'return.emailLink.intro': {
    text: 'If you told us email is a safe way to contact you, we can email you a link to come back to what you sent. We only send it to the email address you gave us as safe. It works once, within 15 minutes.',
    note: 'First paragraph',
  },
  'return.emailLink.email': {
    text: 'Email address',
    note: 'Label',
  },
  'return.emailLink.emailHint': {
    text: 'The email address you said is safe to contact you at',
    note: 'Hint under the email address label',
  },
  'return.emailLink.send': {
    text: 'Email me a link',
    note: 'Button',
  },
  'return.emailLink.missingEmail': {
    text: 'Enter the email address you said is safe',
    note: 'Error',
  },
  'return.emailLink.sentTitle': {
    text: 'Check your email',
    note: 'Title and heading after asking for a link (the same whether or not one was sent)',
  },
  'return.emailLink.sent': {
    text: 'If the details match, we have sent a link to that email address. It works once, within 15 minutes.',
    note: 'Says nothing about whether the reference or address matched',
  },
  'return.emailLink.notCome': {
    text: 'If nothing comes, check your reference number and email address and try again, or use your return code.',
    note: 'After asking for a link',
  },
  'return.emailLink.withCode': {
    text: 'Sign in with your reference number and return code',
    note: 'Link back to the sign-in form',
  },
  'return.link.intro': {
    text: 'Select Continue to come back to what you sent.',
    note: 'The page an emailed link opens: one button, so a link opened by a mail scanner signs nobody in',
  },
  'return.link.wrong': {
    text: 'This link has been used, has expired or is not right. Ask for a new one, or sign in with your reference number and return code.',
    note: 'A used, expired or unknown link (says nothing about which)',
  },
  'return.link.askAgain': {
    text: 'Email me a new link',
    note: 'Link',
  },
  'return.linkEmail.subject': {
    text: 'Your link for reference {reference}',
    note: 'Sign-in link email subject: like the confirmation, no service name or topic words',
  },
  'return.linkEmail.heading': {
    text: 'Your link',
    note: 'Sign-in link email heading',
  },
  'return.linkEmail.asked': {
    text: 'You asked for a link to come back to your message, reference {reference}.',
    note: 'Sign-in link email. Like every email.* string, it must not say what was sent or to whom',
  },
  'return.linkEmail.use': {
    text: 'Use this link within {minutes} minutes:',
    note: 'Sign-in link email, before the link',
  },
  'return.linkEmail.once': {
    text: 'It works once. Do not forward this email: anyone with the link could use it before you do.',
    note: 'Sign-in link email, after the link',
  },
  'return.linkEmail.notYou': {
    text: 'If you did not ask for a link, you do not need to do anything. It stops working after {minutes} minutes.',
    note: 'Sign-in link email, under “If you did not ask for this email”',
  },
  'return.notOffered': {
    text: 'You cannot do this online for this report. Contact us instead.',
    note: 'An action the form does not offer',
  },
  // Slice 21-team: the person's Case Review notice email (its subject, sender and "not you" lines are email.*).
  'caseReviewEmail.heading': {
    text: 'You can ask for a review',
    note: 'Case Review notice email heading. Someone else may read the inbox: it names no neighbour, report or topic beyond the review itself',
  },
  'caseReviewEmail.thanks': {
    text: 'Thank you for telling us more. Your reference is {reference}.',
    note: 'Case Review notice email, first line',
  },
  'caseReviewEmail.what': {
    text: 'If you have told us about a problem more than once in six months and feel it has not been dealt with, you can ask for a review of how it has been handled. This is called an ASB Case Review.',
    note: 'Case Review notice email: what the review is (the statutory name, “ASB Case Review”, is kept)',
  },
  'caseReviewEmail.link': {
    text: 'Find out what it is and how to ask for one: {link}',
    note: 'Case Review notice email; {link} is the deployer’s address',
  },
  // Slice 22-evidence: evidence files (GOV.UK file upload wording).
  'files.notUploaded': {
    text: 'The selected file could not be uploaded – try again',
    note: 'A file that did not finish uploading, or was already sent with another form',
  },
  'files.empty': { text: 'The selected file is empty', note: 'A 0-byte file' },
  'files.tooBig': {
    text: 'The selected file must be smaller than {size}MB',
    note: 'A file over the limit for its kind; {size} is a number of megabytes',
  },
  'files.type': {
    text: 'The selected file must be a JPG, PNG, PDF or an audio recording',
    note: 'A file whose contents are not on the allowed list, whatever its name says',
  },
  'files.attached': {
    text: 'Files attached: {count}',
    note: 'Check your answers, for the evidence question; {count} is a number',
  },
  'files.uploading': {
    text: 'Uploading {name}',
    note: 'Beside a progress bar while a file uploads; {name} is the file’s name on their device',
  },
  'files.uploaded': { text: '{name} uploaded', note: 'When a file has finished uploading' },
  'files.remove': { text: 'Remove', note: 'Button beside an uploaded file, to leave it out' },
  'files.tooMany': {
    text: 'You can only send up to {count} files',
    note: 'More files than a form may carry; {count} is a number',
  },
  // Slice 22-evidence: storage refused a file sent without script (infra/cloudfront/upload-refused.js).
  'files.limits': {
    text: 'A photo must be smaller than {photo}MB, a PDF {document}MB and an audio recording {audio}MB',
    note: 'Said before a file is chosen, on the page without JavaScript; each {…} is a number of megabytes',
  },
  'files.tooBigOrEmpty': {
    text: 'The selected file must be smaller than {size}MB and must not be empty',
    note: 'Storage refused a file sent without JavaScript: over the largest limit, or a 0-byte file (it cannot say which); {size} is a number of megabytes',
  },
} satisfies Record<string, CatalogueEntry>;

/** Strings only the static pages use (built by Astro): kept apart so no function bundles them. */
export const enPages = {
  'home.title': { text: 'Put things right after harm or conflict', note: 'Home page heading and title' },
  'home.description': {
    text: '{service} helps people harmed by crime, conflict or anti-social behaviour to be heard and to put things right.',
    note: 'Home page description for search results',
  },
  'home.lead': {
    text: '{organisation}’s restorative team helps people who have been harmed to be heard, to get answers and to agree what would put things right. Taking part is always your choice.',
    note: 'Home page opening paragraph',
  },
  'home.whoFor': { text: 'Who this service is for', note: 'Home page heading' },
  'home.youCanUse': { text: 'You can use this service if you are:', note: 'Before a bulleted list' },
  'home.who.1': {
    text: 'someone harmed by a crime, a conflict or anti-social behaviour',
    note: 'Bullet, completes “You can use this service if you are:”',
  },
  'home.who.2': {
    text: 'a family member, friend or supporter asking for someone else, who knows and agrees',
    note: 'Bullet',
  },
  'home.who.3': {
    text: 'a professional, such as a police officer, housing officer, social worker or teacher, referring someone you support',
    note: 'Bullet',
  },
  'home.who.4': { text: 'a tenant or resident having problems with a neighbour', note: 'Bullet' },
  'home.who.5': { text: 'someone who has taken part in a restorative meeting', note: 'Bullet' },
  'home.whatYouCanDo': { text: 'What you can do', note: 'Home page heading over the three forms' },
  'home.referral.text': {
    text: 'If you have been harmed by a crime or a conflict, and want to be heard by the person responsible or get answers from them. You can also ask for someone else, with their agreement, or refer someone you support in your work.',
    note: 'Under the referral form’s title',
  },
  'home.referral.action': { text: 'Ask about restorative justice', note: 'Button to the referral form' },
  'home.nuisance.text': {
    text: 'If noise, threats, harassment, drug dealing or other behaviour near your home is affecting you or the people you live with.',
    note: 'Under the neighbour form’s title',
  },
  'home.nuisance.action': { text: 'Report a problem with a neighbour', note: 'Button to the neighbour form' },
  'home.feedback.text': {
    text: 'If you have taken part in a restorative meeting, conference or circle, tell us how it went. You do not have to give your name.',
    note: 'Under the feedback form’s title',
  },
  'home.feedback.action': { text: 'Give feedback', note: 'Button to the feedback form' },
  'home.howItWorks': { text: 'How it works', note: 'Home page heading' },
  'home.step.1': {
    text: 'You tell us what happened, who has been affected and what you hope for. It takes about 10 to 15 minutes.',
    note: 'Numbered step',
  },
  'home.step.2': {
    text: 'A trained facilitator reads it and gets in touch, only in the ways you told us are safe.',
    note: 'Numbered step',
  },
  'home.step.3': {
    text: 'They talk with you, and separately with anyone else involved, to check that taking part is safe and right for everyone.',
    note: 'Numbered step',
  },
  'home.step.4': {
    text: 'If everyone agrees, you choose how to take part: meeting face to face, or passing letters, messages or recordings through the facilitator.',
    note: 'Numbered step',
  },
  'home.step.5': {
    text: 'You can change your mind or stop at any time, without giving a reason.',
    note: 'Numbered step',
  },
  'home.findOutMore': {
    text: 'Find out more about restorative justice and what taking part involves',
    note: 'Link to the page about restorative justice',
  },
  'home.stayingSafe': { text: 'Staying safe', note: 'Home page heading' },
  'home.privacy': {
    text: 'We only contact you in the ways you choose. Read our {link} to find out how we use and protect what you tell us.',
    note: 'Home page, under “Staying safe”; {link} is home.privacyLink, a link to the privacy notice',
  },
  'home.privacyLink': { text: 'privacy notice', note: 'Link text inside home.privacy' },
  'home.contactUs': { text: 'Contact us', note: 'Home page heading' },
  'home.talk': {
    text: 'If you would rather talk to someone, or need help using this service:',
    note: 'Before the contact details',
  },
  'notFound.title': { text: 'Page not found', note: '404 page heading and title' },
  'notFound.typed': { text: 'If you typed the web address, check it is correct.', note: '404 page' },
  'notFound.pasted': {
    text: 'If you pasted the web address, check you copied the entire address.',
    note: '404 page',
  },
  'notFound.contact': {
    text: 'You can {start}, or contact us on {phone} ({hours}).',
    note: '404 page; {start} is the link notFound.goStart',
  },
  'notFound.goStart': {
    text: 'go to the start of {service}',
    note: 'Link text inside notFound.contact and serviceProblem.contact',
  },
  'tooMany.title': {
    text: 'Too many requests',
    note: 'Heading and title of the page shown when too many requests come from one network',
  },
  'serviceProblem.contact': {
    text: 'You can contact us on {phone} ({hours}), or {start}.',
    note: 'Service problem page; {start} is the link notFound.goStart',
  },
  'safety.title': { text: 'Staying safe online', note: 'Online safety page heading and title' },
  'safety.description': {
    text: 'How Exit this page works, what it does not do, and how to use private browsing and clear your browsing history.',
    note: 'Online safety page description for search results',
  },
  'safety.lead': {
    text: 'If someone else uses or checks your phone, tablet or computer, they may be able to see which websites you have visited. This page explains how to lower that risk.',
    note: 'Opening paragraph',
  },
  'safety.exitHeading': { text: 'Exit this page', note: 'Heading; the name of the button' },
  'safety.exitText': {
    text: 'Pages about reporting harm have an {exit} button. Select it, or press the Shift key 3 times, to leave straight away. The page is hidden at once and the {site} website opens in its place.',
    note: '{site} is the neutral website the button opens, e.g. bbc.co.uk; {exit} is the button’s name (page.exitThisPage), in bold',
  },
  'safety.exitWarning': {
    text: 'Exit this page does not delete your browsing history. The pages you visited on this website are still there, and someone could use the back button to return to them.',
    note: 'Warning text',
  },
  'safety.shiftLoaded': {
    text: 'Pressing Shift 3 times only works if the page has finished loading.',
    note: 'Under the warning',
  },
  'safety.privateHeading': { text: 'Use private browsing', note: 'Heading' },
  'safety.privateText': {
    text: 'A private window does not keep your history once you close it. It is the safest way to use this website. Close the private window when you have finished.',
    note: 'Paragraph',
  },
  'safety.private.chrome': {
    text: 'Open the menu (three dots) and select New Incognito window. On a computer you can press Ctrl, Shift and N together (Command, Shift and N on a Mac).',
    note: 'Steps for Chrome; menu names are as the browser shows them in English',
  },
  'safety.private.safariIos': {
    text: 'Tap the tabs button, then Private.',
    note: 'Steps for Safari on iPhone or iPad',
  },
  'safety.private.safariMac': {
    text: 'In the File menu, select New Private Window.',
    note: 'Steps for Safari on a Mac',
  },
  'safety.private.firefox': {
    text: 'Open the menu (three lines) and select New private window, or press Ctrl, Shift and P together.',
    note: 'Steps for Firefox',
  },
  'safety.private.edge': {
    text: 'Open the menu (three dots) and select New InPrivate window, or press Ctrl, Shift and N together.',
    note: 'Steps for Microsoft Edge',
  },
  'safety.private.samsung': {
    text: 'Tap the tabs button, then Turn on Secret mode.',
    note: 'Steps for Samsung Internet',
  },
  'safety.clearHeading': { text: 'Clear your browsing history', note: 'Heading' },
  'safety.clearText': {
    text: 'If you did not use a private window, you can delete the pages you visited. Removing only the pages from this website can be less noticeable than clearing all of your history, which someone may spot.',
    note: 'Paragraph',
  },
  'safety.clear.chrome': {
    text: 'Open the menu (three dots), select History, then History again. Tick the pages you want to remove and select Delete. Or press Ctrl, Shift and Delete together to remove everything from a time period.',
    note: 'Steps for Chrome on a computer',
  },
  'safety.clear.chromeAndroid': {
    text: 'Open the menu (three dots) and select History. Tap the cross next to each page you want to remove, or select Delete browsing data.',
    note: 'Steps for Chrome on Android',
  },
  'safety.clear.safariIos': {
    text: 'Open Safari, tap the book icon, then the clock icon. Swipe left on a page to delete it. To clear everything, go to Settings, then Apps, Safari and Clear History and Website Data.',
    note: 'Steps for Safari on iPhone or iPad',
  },
  'safety.clear.safariMac': {
    text: 'In the History menu, select Show All History. Select the pages you want to remove and press Delete.',
    note: 'Steps for Safari on a Mac',
  },
  'safety.clear.firefox': {
    text: 'Open the menu (three lines), select History, then Manage history. Right-click a page and select Delete page.',
    note: 'Steps for Firefox',
  },
  'safety.clear.edge': {
    text: 'Open the menu (three dots) and select History. Select the pages you want to remove and delete them. Or press Ctrl, Shift and Delete together.',
    note: 'Steps for Microsoft Edge',
  },
  'safety.browser.chromeComputer': { text: 'Chrome on a computer', note: 'Browser name' },
  'safety.browser.chromeAndroid': { text: 'Chrome on Android', note: 'Browser name' },
  'safety.browser.safariIos': { text: 'Safari on iPhone or iPad', note: 'Browser name' },
  'safety.browser.safariMac': { text: 'Safari on a Mac', note: 'Browser name' },
  'safety.contactHeading': { text: 'Emails, texts and calls from us', note: 'Heading' },
  'safety.contactText': {
    text: 'We only contact you in the ways you tell us are safe, at the times you tell us. Only choose email or text if no one else reads your messages. Emails from us come from {sender}: you can delete them after reading.',
    note: '{sender} is the service’s sending address',
  },
  'safety.dangerHeading': { text: 'If you are in danger', note: 'Heading' },
  'safety.dangerText': {
    text: 'If you are in immediate danger, call {emergency}. If you call {emergency} from a mobile and cannot speak, listen to the questions, then press 55 when you are asked to. This tells the operator you need the police.',
    note: '{emergency} is 999',
  },
  'safety.nonEmergency': {
    text: 'To report a crime that is not an emergency, call {nonEmergency}.',
    note: '{nonEmergency} is 101',
  },
  'about.title': { text: 'What restorative justice is', note: 'About page heading and title' },
  'about.description': {
    text: 'What restorative justice and restorative practice are, the ways of taking part, and what happens after you get in touch.',
    note: 'About page description for search results',
  },
  'about.lead': {
    text: 'Restorative justice gives people harmed by a crime or conflict a chance to communicate with the person responsible, so the harm can be understood and, as far as possible, put right.',
    note: 'Opening paragraph',
  },
  'about.practiceHeading': { text: 'Restorative practice and restorative justice', note: 'Heading' },
  'about.practiceTerm': {
    text: 'Restorative practice',
    note: 'Bold term starting the paragraph about.practice',
  },
  'about.practice': {
    text: 'is a way of working with people, rather than doing things to them or for them. Schools, housing providers, children’s homes, prisons and community teams use it every day to build good relationships and to sort out problems early, before they grow.',
    note: 'Follows about.practiceTerm',
  },
  'about.justiceTerm': {
    text: 'Restorative justice',
    note: 'Bold term starting the paragraph about.justice',
  },
  'about.justice': {
    text: 'is the part that happens after someone has been harmed. The person harmed and the person responsible talk about what happened, with a trained facilitator. It is about responsibility and repair, not about winning or losing.',
    note: 'Follows about.justiceTerm',
  },
  'about.questionsHeading': { text: 'The restorative questions', note: 'Heading' },
  'about.questionsIntro': {
    text: 'Every restorative conversation is built around three questions:',
    note: 'Before a numbered list',
  },
  'about.question.1': { text: 'What happened?', note: 'Numbered question' },
  'about.question.2': { text: 'Who has been affected, and how?', note: 'Numbered question' },
  'about.question.3': { text: 'What needs to happen to put things right?', note: 'Numbered question' },
  'about.sameOrder': { text: 'Our forms ask about things in the same order.', note: 'Under the questions' },
  'about.waysHeading': { text: 'Ways of taking part', note: 'Heading' },
  'about.waysIntro': {
    text: 'The facilitator helps you choose the way that suits you. It can be:',
    note: 'Before a bulleted list',
  },
  'about.way.1.term': { text: 'a restorative conversation', note: 'Bold start of a bullet' },
  'about.way.1': {
    text: 'an informal, facilitated talk, often used for everyday conflicts',
    note: 'After the bold term and a colon',
  },
  'about.way.2.term': { text: 'a restorative conference', note: 'Bold start of a bullet' },
  'about.way.2': {
    text: 'a planned meeting for more serious harm, where everyone has prepared with the facilitator and can bring a supporter',
    note: 'After the bold term and a colon',
  },
  'about.way.3.term': { text: 'a restorative circle', note: 'Bold start of a bullet' },
  'about.way.3': {
    text: 'a group, such as neighbours or residents and staff, where each person speaks in turn and everyone is equal',
    note: 'After the bold term and a colon',
  },
  'about.way.4.term': { text: 'a family group conference', note: 'Bold start of a bullet' },
  'about.way.4': {
    text: 'a meeting where a family makes a plan together, with support',
    note: 'After the bold term and a colon',
  },
  'about.way.5.term': { text: 'indirect communication', note: 'Bold start of a bullet' },
  'about.way.5': {
    text: 'letters, messages or recorded audio or video passed on by the facilitator, if you do not want to meet',
    note: 'After the bold term and a colon',
  },
  'about.choiceHeading': { text: 'It is your choice, and it must be safe', note: 'Heading' },
  'about.choice.1': {
    text: 'Taking part is voluntary for everyone. You can stop at any time, without giving a reason.',
    note: 'Bullet',
  },
  'about.choice.2': {
    text: 'The facilitator meets each person separately first, to check it is safe and right for everyone. If it is not, it does not go ahead.',
    note: 'Bullet',
  },
  'about.choice.3': { text: 'Nobody is told you have been in touch unless you agree.', note: 'Bullet' },
  'about.choice.4': { text: 'You can bring someone to support you.', note: 'Bullet' },
  'about.choice.5': {
    text: 'If a police investigation or court case is still going on, restorative justice may have to wait. The facilitator agrees the timing with the police or the court, so the case is not affected.',
    note: 'Bullet',
  },
  'about.choice.6': {
    text: 'It does not replace the justice process or take away any of your rights.',
    note: 'Bullet',
  },
  'about.afterHeading': { text: 'What happens after you get in touch', note: 'Heading' },
  'about.after.1': {
    text: 'A facilitator reads what you sent and contacts you, only in the ways you said are safe.',
    note: 'Numbered step',
  },
  'about.after.2': {
    text: 'They talk with you about what happened, how it has affected you and what you hope for.',
    note: 'Numbered step',
  },
  'about.after.3': {
    text: 'If you want to go ahead, they contact the other people involved and prepare everyone.',
    note: 'Numbered step',
  },
  'about.after.4': {
    text: 'You take part in the way you have chosen, with the facilitator there throughout.',
    note: 'Numbered step',
  },
  'about.after.5': {
    text: 'Afterwards, the facilitator checks in with you and follows up anything that was agreed.',
    note: 'Numbered step',
  },
  'about.whereHeading': { text: 'Where it is used', note: 'Heading' },
  'about.where': {
    text: 'Restorative approaches are used after crimes, in neighbour disputes and supported housing, in schools and children’s homes, in prisons and youth justice, and in complaints about health services or the police. In surveys, most people harmed who have taken part say they would recommend it to others in their position.',
    note: 'Paragraph',
  },
  'about.causedHarm': {
    text: 'If you caused harm and want to put it right',
    note: 'Expandable details summary',
  },
  'about.causedHarmText': {
    text: 'Contact us by phone or email, or ask the worker supporting you (for example, a youth justice or probation officer) to refer you. A facilitator will talk with you about what is possible.',
    note: 'Inside the details',
  },
  'about.getInTouch': { text: 'Get in touch', note: 'Heading over links to the forms' },
  'about.orContact': { text: 'Or contact {service}:', note: 'Before the contact details' },
  'privacy.title': { text: 'Privacy notice', note: 'Page heading and title' },
  'privacy.description': {
    text: 'How {organisation} uses the information you give {service}.',
    note: 'Description for search results',
  },
  'privacy.lead': {
    text: 'This notice explains what {service} does with the information you give us, why, for how long, and your rights.',
    note: 'Opening paragraph',
  },
  'privacy.whoHeading': { text: 'Who we are', note: 'Heading' },
  'privacy.who': {
    text: '{organisation} runs {service}. {controller} is the data controller for the information you give it. You can contact us at {email} or on {phone}.',
    note: '{email} is a link to the email address; {controller} is the controller’s legal name (often the organisation)',
  },
  'privacy.dpo': {
    text: 'You can contact our data protection officer at {dpoEmail}.',
    note: '{dpoEmail} is a link to the email address',
  },
  'privacy.dpoPhone': {
    text: 'You can contact our data protection officer at {dpoEmail} or on {dpoPhone}.',
    note: '{dpoEmail} is a link to the email address',
  },
  'privacy.icoRegistration': {
    text: '{controller} is registered with the Information Commissioner’s Office, number {number}.',
    note: 'Paragraph; {number} is a registration number such as Z1234567',
  },
  'privacy.collectHeading': { text: 'What we collect', note: 'Heading' },
  'privacy.collectIntro': {
    text: 'We collect only what you choose to tell us in our forms:',
    note: 'Before a bulleted list',
  },
  'privacy.collect.1': {
    text: 'your name or the name of the person a referral is for, and their age group and area',
    note: 'Bullet, completes privacy.collectIntro',
  },
  'privacy.collect.2': {
    text: 'the ways it is safe to contact you, and the contact details for those ways only',
    note: 'Bullet',
  },
  'privacy.collect.3': {
    text: 'what happened, how it has affected people and what you hope for',
    note: 'Bullet',
  },
  'privacy.collect.4': {
    text: 'details of any support needs, other agencies involved, and police or court involvement',
    note: 'Bullet',
  },
  'privacy.collect.5': {
    text: 'your views about a restorative meeting, if you give feedback (you do not have to give your name)',
    note: 'Bullet',
  },
  // Slice 22-evidence: files in the privacy notice.
  'privacy.collect.6': {
    text: 'any photos, recordings or documents you choose to send with a form',
    note: 'Bullet',
  },
  'privacy.files': {
    text: 'Before anyone sees a photo you send, we save it again without the details a phone or camera writes into it, including where it was taken. We keep only the date and time the photo says it was taken, because it can matter as evidence. We also keep a fingerprint of the file as you sent it (a SHA-256 hash), so we can show it has not been changed. Every file is checked for viruses, and one that fails is never shown to anyone. Files are kept and deleted with the rest of what you sent. Recordings and documents are kept as you sent them: one can carry details such as who made it or, for some recordings, where. If that matters, send a photo or a screenshot instead.',
    note: 'Paragraph after the list of what we collect',
  },
  'privacy.specialCategory': {
    text: 'Some of this may be special category data, such as information about health, disability, race, religion or sexuality, and some may be about crimes or alleged crimes.',
    note: '“Special category data” is the legal term in UK GDPR',
  },
  'privacy.noTracking': {
    text: 'We do not use cookies, analytics or tracking of any kind, and the website loads nothing from other companies.',
    note: 'Paragraph',
  },
  'privacy.noIp': {
    text: 'We do not keep your IP address (the number that identifies your internet connection). To stop one form being sent twice by mistake, we keep a scrambled code made from your IP address, your browser and your answers, for at most one day. It is made with a secret key, so it cannot be turned back into your IP address, and it is not stored with what you sent.',
    note: 'Paragraph',
  },
  'privacy.whyHeading': { text: 'Why we use it', note: 'Heading' },
  'privacy.why.1': {
    text: 'to decide, with you, whether restorative justice or another kind of help is right and safe',
    note: 'Bullet under privacy.whyHeading',
  },
  'privacy.why.2': {
    text: 'to contact you in the ways you have chosen and arrange any meeting or communication',
    note: 'Bullet',
  },
  'privacy.why.3': { text: 'to deal with neighbour nuisance and anti-social behaviour', note: 'Bullet' },
  'privacy.why.4': { text: 'to protect anyone at risk of harm', note: 'Bullet' },
  'privacy.why.5': {
    text: 'to improve our services and report on them, using figures that do not identify anyone',
    note: 'Bullet',
  },
  'privacy.lawfulHeading': { text: 'Our lawful basis', note: 'Heading' },
  'privacy.lawful.publicTask': {
    text: 'We use your information because it is needed to carry out a task in the public interest, under UK GDPR Article 6(1)(e) (public task). Taking part in restorative justice is voluntary, but our lawful basis is not consent.',
    note: 'Legal text: the organisation’s data protection officer must approve any change',
  },
  'privacy.lawful.legitimateInterests': {
    text: 'We use your information because it is needed for our legitimate interests in offering restorative justice and dealing with the problems people report to us, under UK GDPR Article 6(1)(f) (legitimate interests). We have checked that your rights do not outweigh these interests. Taking part is voluntary.',
    note: 'Legal text, for a deployer that is not a public authority (a charity, a housing association)',
  },
  'privacy.lawful.consent': {
    text: 'We use your information because you have given your consent, under UK GDPR Article 6(1)(a) (consent). You can withdraw your consent at any time by contacting us; this does not affect what we did before you withdrew it.',
    note: 'Legal text',
  },
  'privacy.lawful.specialConsent': {
    text: 'For special category data we rely on your explicit consent, under UK GDPR Article 9(2)(a), which you give when you send the form. Where someone is at risk of serious harm we may also rely on Article 9(2)(g), with the safeguarding conditions in Schedule 1 of the Data Protection Act 2018.',
    note: 'Legal text',
  },
  'privacy.lawful.crimeConsent': {
    text: 'For information about crimes or alleged crimes we rely on UK GDPR Article 10, with your consent (paragraph 29 of Schedule 1 of the Data Protection Act 2018) or, where someone is at risk, the safeguarding conditions in that Schedule.',
    note: 'Legal text',
  },
  'privacy.lawful.special': {
    text: 'For special category data we rely on UK GDPR Article 9(2)(g) (reasons of substantial public interest), with the conditions in Schedule 1 of the Data Protection Act 2018, such as statutory and government purposes and safeguarding children and people at risk.',
    note: 'Legal text',
  },
  'privacy.lawful.crime': {
    text: 'For information about crimes or alleged crimes we rely on UK GDPR Article 10, with the conditions in Schedule 1 of the Data Protection Act 2018.',
    note: 'Legal text',
  },
  'privacy.whoSeesHeading': { text: 'Who sees it', note: 'Heading' },
  'privacy.whoSeesIntro': {
    text: 'What you send goes only to the team that deals with it.',
    note: 'Before a table of forms and their teams',
  },
  'privacy.whoSeesCaption': { text: 'Which team sees what each form sends', note: 'Table caption' },
  'privacy.whoSeesTeam': { text: 'Team', note: 'Table column heading over team names' },
  'privacy.sharing': {
    text: 'We do not share what you tell us with the person responsible, or with your neighbour, without your agreement. We only share it with others, such as the police or social care, where the law requires it or to protect someone from serious harm.',
    note: 'Paragraph',
  },
  'privacy.safeHeading': { text: 'How we keep it safe', note: 'Heading' },
  'privacy.safe': {
    text: 'Your information is sent over an encrypted connection and stored encrypted, on servers {place}. Only the staff of the team that deals with it can read it: they sign in to a secure workspace, and every time someone opens what you sent, who and when is recorded.',
    note: 'Paragraph',
  },
  'privacy.place.uk': { text: 'in the UK', note: 'Completes “on servers …” in privacy.safe' },
  'privacy.place.region': {
    text: 'in the Amazon Web Services region {region}',
    note: 'Completes “on servers …” in privacy.safe; {region} is a code such as eu-west-1',
  },
  'privacy.notEmailed': {
    text: 'Your answers are not sent by email. The team gets an email that something has arrived, with its reference number and no answers.',
    note: 'Shown when no form emails its answers',
  },
  'privacy.emailedIntro': {
    text: 'For these forms, your answers are also emailed to the team:',
    note: 'Shown when a deployment emails a form’s answers; a list of forms follows',
  },
  'privacy.emailedKept': {
    text: 'Those emails stay in the team’s mailbox under {organisation}’s records policy and are not deleted automatically with the rest.',
    note: 'After the list of emailed forms',
  },
  'privacy.keepHeading': { text: 'How long we keep it', note: 'Heading' },
  'privacy.keepCaption': { text: 'How long we keep what each form sends', note: 'Table caption' },
  'privacy.keepForm': { text: 'Form', note: 'Table column heading' },
  'privacy.keepAfter': {
    text: 'We delete it after',
    note: 'Table column heading over periods such as “2 years”',
  },
  'privacy.keepStarts': {
    text: 'The time starts when you send the form, and deletion is automatic. A record of who opened it and when is kept for {period} longer, without your answers. If the team opens a case with you, the case records are kept under {organisation}’s records policy.',
    note: '{period} is a length of time such as “1 year”',
  },
  'privacy.backup': {
    text: 'So that nothing is lost by mistake, the database keeps a rolling backup of the last 35 days. What is deleted, whether at the end of the period above or because you asked, leaves that backup 35 days later.',
    note: 'Paragraph',
  },
  'privacy.counts': {
    text: 'When we delete what you sent, at the end of the period above or because you asked, one thing stays: it is counted, with every other form of its kind sent to the same team in the same month, in the figures we report (for example “5 received in November: 4 closed, 1 withdrew”). The count keeps only the form, the team, the month, how far the case got, why it closed and whether an ASB Case Review made recommendations: no reference number, name, answer or date more exact than the month. It does not say who you are, and we keep it so that a month’s figures, such as those given to funders, stay the same when they are looked at again.',
    note: 'Paragraph after privacy.backup. “Funders”: organisations that pay for the service. “ASB Case Review”: as on the Case Review figures page (caseReviewFigures.title); “made recommendations”: as caseReviewFigures.recommendations',
  },
  'privacy.rightsHeading': { text: 'Your rights', note: 'Heading' },
  'privacy.rightsIntro': { text: 'You have the right to:', note: 'Before a bulleted list' },
  'privacy.rights.1': {
    text: 'ask for a copy of the information we hold about you',
    note: 'Bullet, completes privacy.rightsIntro',
  },
  'privacy.rights.2': { text: 'ask us to correct anything that is wrong', note: 'Bullet' },
  'privacy.rights.3': {
    text: 'ask us to delete your information, or to limit how we use it',
    note: 'Bullet',
  },
  'privacy.rights.4': { text: 'object to how we use it', note: 'Bullet' },
  'privacy.rightsHow': {
    text: 'To use any of these rights, contact us at {email}. We will reply within one month.',
    note: '{email} is a link to the email address',
  },
  'privacy.complaintsHeading': { text: 'Complaints', note: 'Heading' },
  'privacy.complaints': {
    text: 'If you are unhappy with how we have used your information, contact us first. You can also complain to the Information Commissioner’s Office (ICO) at {ico}.',
    note: '{ico} is a link to the ICO’s complaints page',
  },
  'accessibility.title': { text: 'Accessibility statement', note: 'Page heading and title' },
  'accessibility.description': {
    text: 'Accessibility statement for {service}.',
    note: 'Description for search results',
  },
  'accessibility.appliesTo': {
    text: 'This statement applies to the {service} website at {site}, run by {organisation}.',
    note: '{site} is the website’s address',
  },
  'accessibility.wantIntro': {
    text: 'We want as many people as possible to be able to use this website. You should be able to:',
    note: 'Before a bulleted list',
  },
  'accessibility.can.1': {
    text: 'change colours, contrast levels and fonts using your browser or device settings',
    note: 'Bullet, completes accessibility.wantIntro',
  },
  'accessibility.can.2': {
    text: 'zoom in up to 400% without the text spilling off the screen',
    note: 'Bullet',
  },
  'accessibility.can.3': {
    text: 'use the whole website, including every form, with a keyboard alone',
    note: 'Bullet',
  },
  'accessibility.can.4': { text: 'use the website with speech recognition software', note: 'Bullet' },
  'accessibility.can.5': {
    text: 'listen to the website with a screen reader, such as JAWS, NVDA or VoiceOver',
    note: 'Bullet',
  },
  'accessibility.can.6': { text: 'fill in and send every form without JavaScript', note: 'Bullet' },
  'accessibility.simple': { text: 'We have also made the text as simple as we can.', note: 'Paragraph' },
  'accessibility.howHeading': { text: 'How accessible this website is', note: 'Heading' },
  'accessibility.how': {
    text: 'The website is built with the GOV.UK Design System, whose components are tested with disabled people and with assistive technology. It aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.',
    note: 'Paragraph',
  },
  'accessibility.testHeading': { text: 'How we test it', note: 'Heading' },
  'accessibility.testIntro': {
    text: 'Every change to the website is tested automatically before it is published. The tests:',
    note: 'Before a bulleted list',
  },
  'accessibility.test.1': {
    text: 'check every page, and every form when it shows problems, against WCAG 2.2 AA with the axe accessibility engine',
    note: 'Bullet, completes accessibility.testIntro',
  },
  'accessibility.test.2': {
    text: 'fill in and send every form using only a keyboard, with JavaScript turned on and turned off',
    note: 'Bullet',
  },
  'accessibility.test.3': {
    text: 'check that error messages are announced and lead to the right question',
    note: 'Bullet',
  },
  'accessibility.test.4': {
    text: 'check that no page scrolls sideways on a screen 320 pixels wide',
    note: 'Bullet',
  },
  'accessibility.test.5': {
    text: 'check every page in English and in Welsh',
    note: 'Bullet; shown only when the website is in more than one language',
  },
  'accessibility.testLimits': {
    text: 'Automated tests cannot find every problem. We plan an independent audit with disabled users and will update this statement when it is done.',
    note: 'Paragraph',
  },
  'accessibility.feedbackHeading': { text: 'Feedback and contact information', note: 'Heading' },
  'accessibility.feedbackIntro': {
    text: 'If you find a problem, or need information in a different format such as large print, easy read, audio or Braille, contact us:',
    note: 'Before the contact list',
  },
  'accessibility.feedbackEmail': {
    text: 'email {email}',
    note: 'List item; {email} is a link to the email address',
  },
  'accessibility.feedbackCall': { text: 'call {phone} ({hours})', note: 'List item' },
  'accessibility.reply': { text: 'We will reply within 5 working days.', note: 'Paragraph' },
  'accessibility.enforcementHeading': { text: 'Enforcement procedure', note: 'Heading' },
  'accessibility.enforcement': {
    text: 'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the {eass}.',
    note: '{eass} is a link, accessibility.eass',
  },
  'accessibility.eass': {
    text: 'Equality Advisory and Support Service (EASS)',
    note: 'Link text inside accessibility.enforcement',
  },
  'accessibility.complianceHeading': { text: 'Compliance status', note: 'Heading' },
  'accessibility.compliance.full': {
    text: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. If you find anything that does not work for you, please tell us.',
    note: 'Paragraph',
  },
  'accessibility.compliance.partial': {
    text: 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the issues listed below. If you find anything else that does not work for you, please tell us.',
    note: 'Paragraph',
  },
  'accessibility.compliance.not': {
    text: 'This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The issues are listed below. If you find anything else that does not work for you, please tell us.',
    note: 'Paragraph',
  },
  'accessibility.issuesHeading': { text: 'Non-accessible content', note: 'Heading' },
  'accessibility.issuesIntro': {
    text: 'The content listed below is not accessible, for these reasons:',
    note: 'Before a bulleted list of the deployer’s known issues',
  },
  'accessibility.prepared': {
    text: 'This statement was prepared on {prepared}. It was last reviewed on {reviewed}.',
    note: '{prepared} and {reviewed} are dates such as “30 November 2026”',
  },
} satisfies Record<string, CatalogueEntry>;

export type UiKey = keyof typeof en;
export type PageKey = keyof typeof enPages;
