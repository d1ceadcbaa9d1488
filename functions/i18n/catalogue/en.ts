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
  'home.privacyBefore': {
    text: 'We only contact you in the ways you choose. Read our',
    note: 'Before the privacy notice link',
  },
  'home.privacyLink': { text: 'privacy notice', note: 'Link' },
  'home.privacyAfter': {
    text: 'to find out how we use and protect what you tell us.',
    note: 'After the privacy notice link',
  },
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
  'notFound.goStart': { text: 'go to the start of {service}', note: '404 page link text, after “You can”' },
  'notFound.youCan': { text: 'You can', note: '404 page, before the link' },
  'notFound.orCall': { text: 'or contact us on {phone} ({hours}).', note: '404 page, after the link' },
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
    text: 'Thank you. We have received what you sent us, and you asked us to email you your reference.',
    note: 'Confirmation email',
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
  'email.reference': { text: 'Your reference number is {reference}.', note: 'Confirmation email' },
  'email.talkToUs': {
    text: 'If you need to talk to us, call {phone} ({hours}) or email {email}, quoting your reference.',
    note: 'Confirmation email',
  },
  'email.danger': {
    text: 'If you are in immediate danger, call {emergency}.',
    note: 'Confirmation email; {emergency} is 999',
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
  'safety.start': { text: 'Go to the start of {service}', note: 'Link to the start page' },
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
} satisfies Record<string, CatalogueEntry>;

export type UiKey = keyof typeof en;
