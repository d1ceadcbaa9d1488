import { CASE_REVIEW_FIGURES_PATHS } from '../contract/paths.ts';
import * as common from './common-questions.ts';
import { defineForm } from './define-form.ts';
import { CASE_REVIEW_STEPS } from './steps/case-review-steps.ts';
import type { Answers, Question } from './types.ts';

/**
 * The ASB Case Review application (issue 23; Anti-social Behaviour, Crime and Policing Act 2014,
 * s104): a victim of persistent anti-social behaviour, someone on their behalf with their consent,
 * or a business or community group, asks the partnership to review the case together. Not
 * anonymous: the partnership must reply. Staff enter applications taken by phone, on paper or in
 * person through the same definition (the workspace records the channel).
 */

/** How many complaints one application can list: the threshold is three at most, so five leaves room. */
export const MAX_COMPLAINTS = 5;

/** The complaint blocks' question ids, one set per complaint (1 to MAX_COMPLAINTS). */
export const complaintIds = (n: number) => ({
  behaviourOn: `complaint${n}Behaviour`,
  complainedOn: `complaint${n}Made`,
  to: `complaint${n}To`,
  reference: `complaint${n}Reference`,
  what: `complaint${n}What`,
});

export const COMPLAINT_COUNT_QUESTION = 'complaintCount';
export const HATE_QUESTION = 'hateMotivated';
export const HOUSEHOLDS_QUESTION = 'households';
export const APPLICANT_TYPE_QUESTION = 'applicantType';

export const COMPLAINED_TO = common.options(
  ['council', 'The council'],
  ['police', 'The police'],
  ['housing', 'A housing provider or landlord'],
  ['other', 'Someone else'],
);

/** Complaint n is asked when they said they have at least n to tell us about. */
const fromCount = (n: number) => ({
  question: COMPLAINT_COUNT_QUESTION,
  oneOf: Array.from({ length: MAX_COMPLAINTS - n + 1 }, (_, i) => String(n + i)),
});

const complaintQuestions = (n: number): Question[] => {
  const ids = complaintIds(n);
  const showIf = fromCount(n);
  return [
    {
      id: ids.behaviourOn,
      type: 'date',
      label: `Complaint ${n}: when did the behaviour happen?`,
      hint: 'For example, 14 11 2026. If it went on over several days, give the day you complained about. If you are not sure, give your best guess.',
      required: true,
      errorName: `the date of the behaviour in complaint ${n}`,
      showIf,
    },
    {
      id: ids.complainedOn,
      type: 'date',
      label: `Complaint ${n}: when did you complain?`,
      required: true,
      errorName: `the date you made complaint ${n}`,
      showIf,
    },
    {
      id: ids.to,
      type: 'radios',
      label: `Complaint ${n}: who did you complain to?`,
      required: true,
      options: COMPLAINED_TO,
      errorName: `who you made complaint ${n} to`,
      showIf,
    },
    {
      id: ids.reference,
      type: 'text',
      label: `Complaint ${n}: their reference number, if you have one (optional)`,
      required: false,
      maxLength: 50,
      width: 20,
      spellcheck: false,
      errorName: `the reference number for complaint ${n}`,
      showIf,
    },
    {
      id: ids.what,
      type: 'textarea',
      label: `Complaint ${n}: what happened?`,
      required: true,
      maxLength: 1000,
      errorName: `what happened in complaint ${n}`,
      showIf,
    },
  ];
};

const onBehalf = { question: APPLICANT_TYPE_QUESTION, oneOf: ['on-behalf'] };

export const caseReview = defineForm({
  id: 'case-review',
  schemaVersion: 1,
  title: 'Apply for an ASB Case Review',
  noun: 'ASB Case Review application',
  description:
    'If you have complained about anti-social behaviour and feel nothing has changed, you can ask the council, ' +
    'the police, health services and housing providers to review your case together.',
  referencePrefix: 'CR',
  sensitive: true,
  sections: [
    {
      id: 'applicant',
      title: 'Who is applying',
      questions: [
        {
          id: APPLICANT_TYPE_QUESTION,
          type: 'radios',
          label: 'Who is applying?',
          required: true,
          options: common.options(
            ['victim', 'I am the person affected'],
            ['on-behalf', 'I am applying for someone else, with their agreement'],
            ['group', 'I am applying for a business or community group'],
          ),
          errorName: 'who is applying',
        },
        {
          id: 'victimName',
          type: 'text',
          label: 'The name of the person affected',
          required: true,
          autocomplete: 'off',
          spellcheck: false,
          maxLength: 100,
          errorName: 'the name of the person affected',
          showIf: onBehalf,
        },
        {
          id: 'relationship',
          type: 'text',
          label: 'How do you know them?',
          hint: 'For example, their daughter, their support worker or their councillor',
          required: true,
          maxLength: 100,
          errorName: 'how you know them',
          showIf: onBehalf,
        },
        {
          id: 'victimConsent',
          type: 'checkboxes',
          label: 'Their agreement',
          required: true,
          requireAll: true,
          options: common.options([
            'agrees',
            'They agree to me applying for them, and to the partnership contacting them about it',
          ]),
          errorName: 'that they agree to you applying',
          showIf: onBehalf,
        },
        {
          id: 'groupName',
          type: 'text',
          label: 'The name of the business or group',
          required: true,
          maxLength: 150,
          errorName: 'the name of the business or group',
          showIf: { question: APPLICANT_TYPE_QUESTION, oneOf: ['group'] },
        },
        common.nameQuestion({ id: 'name', label: 'Your name', required: true, errorName: 'your name' }),
        {
          id: 'address',
          type: 'textarea',
          label: 'Where is the behaviour happening?',
          hint: 'The address or the place, for example the flat above 14 Station Road',
          required: true,
          autocomplete: 'off',
          maxLength: 500,
          errorName: 'where the behaviour is happening',
        },
        ...common.safeContactQuestions({
          you: true,
          letters: 'ask',
          confirmation: { id: 'wantsConfirmation', hint: common.CONFIRMATION_HINT },
        }),
      ],
    },
    {
      id: 'complaints',
      title: 'The complaints you have made',
      description:
        'A complaint counts if you made it within one month of the behaviour, and you apply within six months of making it. ' +
        'Tell us about each one as well as you can remember: we will check the dates with the council, the police and housing providers.',
      questions: [
        {
          id: COMPLAINT_COUNT_QUESTION,
          type: 'radios',
          label: 'How many complaints about this behaviour do you want to tell us about?',
          hint: 'Complaints to the council, the police and housing providers all count. Tell us about up to 5.',
          required: true,
          options: common.options(['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5 or more']),
          errorName: 'how many complaints you have made',
        },
        ...Array.from({ length: MAX_COMPLAINTS }, (_, i) => complaintQuestions(i + 1)).flat(),
        {
          id: HOUSEHOLDS_QUESTION,
          type: 'text',
          label: 'How many households have complained about the same behaviour, if you know? (optional)',
          hint: 'A number, for example 4. Include yours.',
          required: false,
          maxLength: 3,
          width: 3,
          errorName: 'how many households have complained',
        },
      ],
    },
    {
      id: 'harm',
      title: 'The harm and its effect',
      questions: [
        {
          id: 'behaviour',
          type: 'textarea',
          label: 'What is the behaviour, and how long has it gone on?',
          required: true,
          maxLength: 5000,
          errorName: 'what the behaviour is',
        },
        {
          id: HATE_QUESTION,
          type: 'radios',
          label: 'Do you think it happens because of who you are?',
          hint: 'For example, because of race, religion, disability, sexual orientation or transgender identity (hate-motivated)',
          required: true,
          options: common.YES_NO_NOT_SURE,
          errorName: 'whether you think it is motivated by hate',
        },
        {
          id: 'impact',
          type: 'textarea',
          label: 'How is it affecting you and the people you live with?',
          hint: 'For example, on sleep, health, work, children, or feeling safe at home',
          required: true,
          maxLength: 5000,
          errorName: 'how it is affecting you',
        },
      ],
    },
    {
      id: 'putting-right',
      title: 'What you would like to happen',
      questions: [
        {
          id: 'hopedOutcome',
          type: 'textarea',
          label: 'What would you like to happen?',
          required: true,
          maxLength: 2000,
          errorName: 'what you would like to happen',
        },
        {
          id: 'takePart',
          type: 'radios',
          label: 'How would you like to take part in the review?',
          hint: 'You can change your mind later',
          required: true,
          options: common.options(
            ['in-person', 'Come to the review meeting in person'],
            ['online', 'Join the review meeting online'],
            ['in-writing', 'Send my views in writing'],
            ['not', 'Not take part: let the partnership review without me'],
          ),
          errorName: 'how you would like to take part',
        },
      ],
    },
    {
      id: 'declarations',
      title: 'Before you send',
      questions: [
        {
          id: 'declarations',
          type: 'checkboxes',
          label: 'Please confirm',
          required: true,
          requireAll: true,
          linksToPrivacyNotice: true,
          options: common.options(
            ['accurate', 'The information I have given is true to the best of my knowledge'],
            [
              'shared',
              'I understand this application will be shared with the council, the police, health services and housing providers reviewing it',
            ],
            ['privacy', 'I have read the privacy notice'],
          ),
          errorName: 'each statement to confirm',
        },
      ],
    },
  ],
  contact: common.ownSafeEmailContact(),
  urgency: [],
  // Seen at a glance (the threshold may treat it on its own), not a same-day emergency.
  markers: [{ label: 'Hate-motivated', when: (a: Answers) => a[HATE_QUESTION] === 'yes' }],
  whatHappensNext: [
    // {days}: the first-contact (acknowledgement) target's working days, in words.
    'We will acknowledge your application within {days}, in the ways you said are safe.',
    'We will pass it to the council, the police, health services and housing providers, and tell you whether it meets the threshold for a review, and why.',
    'If there is a review, we will tell you what it decides and what happens next.',
  ],
  // Issue 23 item 7: the published figures, for anyone deciding whether to apply.
  seeAlso: {
    text: 'To see how many applications we have had and how many led to a review, read our ',
    link: { path: CASE_REVIEW_FIGURES_PATHS.page(), text: 'ASB Case Review figures', after: '.' },
  },
  closingNote: {
    text: 'If you are unhappy with how your application is dealt with, the letter telling you the outcome says who to contact.',
  },
  progress: CASE_REVIEW_STEPS,
  findable: {
    name: ['name', 'victimName'],
    phone: ['phone'],
    email: ['email'],
    postcode: ['address', 'postalAddress'],
  },
  report: {
    heading: 'ASB Case Review applications',
    tallies: [APPLICANT_TYPE_QUESTION, 'takePart'],
  },
});
