import {
  askedForConfirmation,
  CONFIRMATION_HINT,
  CONTACT_LANGUAGE_QUESTION,
  confirmationQuestion,
  crimeReferenceQuestion,
  evidenceQuestion,
  INVITE_FEEDBACK,
  markedSafe,
  nameQuestion,
  options,
  SAFE_WAYS_QUESTION,
  safeContactQuestions,
  textAnswer,
  YES_NO_NOT_SURE,
} from './common-questions.ts';
import { defineForm } from './define-form.ts';
import { REFERRAL_STEPS } from './steps/referral-steps.ts';
import type { Marker, ReturningSpec } from './types.ts';

const REFERRER_TYPES = options(
  ['self', 'Me – I was harmed or affected'],
  ['on-behalf', 'Someone else, who knows about this and agrees'],
  ['professional', 'Someone I support in my work (professional referral)'],
);

// Only a risk that may still be going on means act today. Under 18 and a live case change how the
// team works (Youth Justice; wait for the case), not how soon: a marker, or every youth referral is urgent.
// An update sent later asks the same question and carries the same marker.
const URGENCY: Marker[] = [
  { label: 'May be at risk', when: (a) => a.stillAtRisk === 'yes' || a.stillAtRisk === 'not-sure' },
];

/**
 * Coming back (issue 21): anything the person wants the team to know, the safe-contact questions
 * asked again, and withdrawing (taking part is voluntary, at every stage).
 */
const RETURNING: ReturningSpec = {
  addition: {
    kind: 'update',
    title: 'Tell us something new',
    urgency: URGENCY,
    sections: [
      {
        id: 'update',
        title: 'What you want us to know',
        questions: [
          {
            id: 'update',
            type: 'textarea',
            label: 'What do you want the team to know?',
            hint: 'For example, something that has happened since, a change in how you feel about taking part, or dates that are difficult',
            required: true,
            maxLength: 5000,
            errorName: 'what you want the team to know',
          },
          {
            id: 'stillAtRisk',
            type: 'radios',
            label: 'Is anyone at risk of harm now? (optional)',
            hint: 'If anyone is in immediate danger, call 999 instead of using this form.',
            required: false,
            options: YES_NO_NOT_SURE,
            errorName: 'whether anyone is at risk now',
          },
        ],
      },
    ],
  },
  contactQuestions: [
    SAFE_WAYS_QUESTION,
    'phone',
    'email',
    'postalAddress',
    'contactTimes',
    CONTACT_LANGUAGE_QUESTION,
  ],
  withdraw: {
    title: 'Say you no longer want to take part',
    sections: [
      {
        id: 'withdraw',
        title: 'Stopping',
        description:
          'Taking part is voluntary: you can stop at any time, without giving a reason. When you send this, the team will see at once that you no longer want to take part.',
        questions: [
          {
            id: 'withdrawReason',
            type: 'textarea',
            label: 'Can you tell us why? (optional)',
            hint: 'You do not have to. It helps us improve what we offer.',
            required: false,
            maxLength: 2000,
            errorName: 'why you no longer want to take part',
          },
        ],
      },
    ],
  },
};

const onBehalf = { question: 'referrerType', oneOf: ['on-behalf', 'professional'] };
const professional = { question: 'referrerType', oneOf: ['professional'] };

/** Restorative justice self-referral, also made on someone's behalf or by a professional. */
export const referral = defineForm({
  id: 'referral',
  schemaVersion: 3,
  title: 'Ask about restorative justice',
  noun: 'restorative justice referral',
  description:
    'If you have been harmed by a crime or conflict, you can ask to take part in restorative justice. ' +
    'You can also ask on behalf of someone else, or refer someone you support in your work.',
  referencePrefix: 'RJ',
  sensitive: true,
  sections: [
    {
      id: 'who',
      title: 'Who this is for',
      questions: [
        {
          id: 'referrerType',
          type: 'radios',
          label: 'Who is this referral for?',
          required: true,
          options: REFERRER_TYPES,
          errorName: 'who this referral is for',
        },
        nameQuestion({
          id: 'referrerName',
          label: 'Your name',
          required: true,
          errorName: 'your name',
          showIf: onBehalf,
        }),
        {
          id: 'referrerRelationship',
          type: 'text',
          label: 'How do you know the person?',
          hint: 'For example, their parent, partner or friend',
          required: true,
          maxLength: 100,
          errorName: 'how you know the person',
          showIf: { question: 'referrerType', oneOf: ['on-behalf'] },
        },
        {
          id: 'organisation',
          type: 'text',
          label: 'Your organisation',
          required: true,
          autocomplete: 'organization',
          maxLength: 150,
          errorName: 'your organisation',
          showIf: professional,
        },
        {
          id: 'workEmail',
          type: 'email',
          label: 'Your work email address',
          hint: 'If you ask for a confirmation email, we will send it here',
          required: true,
          autocomplete: 'work email',
          spellcheck: false,
          errorName: 'your work email address',
          showIf: professional,
        },
        {
          id: 'workPhone',
          type: 'tel',
          label: 'Your work phone number',
          required: true,
          autocomplete: 'work tel',
          width: 20,
          errorName: 'your work phone number',
          showIf: professional,
        },
        confirmationQuestion({
          id: 'wantsWorkConfirmation',
          label: 'Do you want a confirmation email sent to your work email address?',
          hint: CONFIRMATION_HINT,
          showIf: professional,
        }),
      ],
    },
    {
      id: 'person',
      title: 'About the person',
      description: 'If you are asking for yourself, “the person” means you.',
      questions: [
        nameQuestion({
          id: 'name',
          label: 'What name should we use for the person?',
          hint: 'The name they like to be called. This is your name if you are asking for yourself.',
          required: true,
          errorName: 'the name we should use',
        }),
        {
          id: 'ageBand',
          type: 'radios',
          label: 'How old is the person?',
          hint: 'We work differently with children and young people, so we need to know if they are under 18',
          required: true,
          options: options(
            ['under-18', 'Under 18'],
            ['18-24', '18 to 24'],
            ['25-64', '25 to 64'],
            ['65-plus', '65 or over'],
            ['prefer-not-to-say', 'Prefer not to say'],
          ),
          errorName: 'how old the person is',
        },
        {
          id: 'area',
          type: 'text',
          label: 'Postcode or area where the person lives',
          hint: 'This tells us which local team can help. For example, M1 2AB or Salford.',
          required: true,
          autocomplete: 'postal-code',
          maxLength: 60,
          width: 10,
          errorName: 'a postcode or area',
        },
        ...safeContactQuestions({
          you: false,
          letters: 'ask',
          confirmation: {
            id: 'wantsConfirmation',
            hint: `Only if you are asking for yourself: when you ask for someone else, we do not email them, and the team contacts them in the ways you chose. ${CONFIRMATION_HINT}`,
          },
        }),
        {
          id: 'supportNeeds',
          type: 'checkboxes',
          label: 'Does the person need any support to take part?',
          hint: 'Select all that apply',
          required: false,
          options: [
            ...options(
              ['interpreter', 'An interpreter'],
              ['bsl', 'British Sign Language (BSL)'],
              ['easy-read', 'Easy read information'],
              ['access', 'Help with getting into or around a building'],
              ['other', 'Something else'],
            ),
            { value: 'none', label: 'No support needed', exclusive: true },
          ],
          errorName: 'the support the person needs',
        },
        {
          id: 'supportDetails',
          type: 'textarea',
          label: 'Tell us about the support they need',
          hint: 'For example, which language, or any disability we should know about',
          required: false,
          maxLength: 1000,
          errorName: 'the support details',
          showIf: { question: 'supportNeeds', oneOf: ['interpreter', 'access', 'other'] },
        },
        {
          id: 'otherAgencies',
          type: 'text',
          label: 'Is anyone already supporting the person? (optional)',
          hint: 'For example, Victim Support, a social worker or a domestic abuse service',
          required: false,
          maxLength: 300,
          errorName: 'who is supporting the person',
        },
      ],
    },
    {
      id: 'what-happened',
      title: 'What happened',
      questions: [
        {
          id: 'whatHappened',
          type: 'textarea',
          label: 'What happened?',
          hint: 'Tell us as much or as little as you want. A facilitator will talk it through with you later.',
          required: true,
          maxLength: 5000,
          errorName: 'what happened',
        },
        {
          id: 'whenHappened',
          type: 'text',
          label: 'Roughly when did it happen?',
          hint: 'For example, March 2026 or about 2 years ago',
          required: true,
          maxLength: 100,
          width: 20,
          errorName: 'roughly when it happened',
        },
        evidenceQuestion(),
        {
          id: 'reportedToPolice',
          type: 'radios',
          label: 'Was it reported to the police?',
          required: true,
          options: YES_NO_NOT_SURE,
          errorName: 'whether it was reported to the police',
        },
        crimeReferenceQuestion('You can find this on letters or messages from the police'),
        {
          id: 'ongoingCase',
          type: 'radios',
          label: 'Is a police investigation or court case still going on?',
          hint: 'You can still get in touch. It may change when restorative justice can happen.',
          required: true,
          options: YES_NO_NOT_SURE,
          errorName: 'whether an investigation or court case is going on',
        },
        {
          id: 'responsibleKnown',
          type: 'radios',
          label: 'Do you know who was responsible?',
          required: true,
          options: YES_NO_NOT_SURE,
          errorName: 'whether you know who was responsible',
        },
      ],
    },
    {
      id: 'impact',
      title: 'The impact',
      questions: [
        {
          // Teams triage on this (the "May be at risk" marker); the facilitator assesses risk later.
          id: 'stillAtRisk',
          type: 'radios',
          label: 'Is the harm still going on, or does the person feel at risk now?',
          hint: 'If anyone is in immediate danger, call 999 instead of using this form.',
          required: true,
          options: YES_NO_NOT_SURE,
          errorName: 'whether the person is still at risk',
        },
        {
          id: 'impact',
          type: 'textarea',
          label: 'How has it affected the person? (optional)',
          hint: 'For example, on their health, sleep, feeling safe, work or family',
          required: false,
          maxLength: 5000,
          errorName: 'how it has affected the person',
        },
      ],
    },
    {
      id: 'putting-right',
      title: 'Putting things right',
      questions: [
        {
          id: 'hopes',
          type: 'checkboxes',
          label: 'What would the person hope to get from restorative justice?',
          hint: 'Select all that apply',
          required: true,
          options: [
            ...options(
              ['ask-questions', 'To ask questions about what happened'],
              ['explain-impact', 'To explain the impact it has had'],
              ['apology', 'To receive an apology'],
              ['repair', 'To agree how the harm can be put right'],
            ),
            { value: 'not-sure', label: 'Not sure yet', exclusive: true },
          ],
          errorName: 'what the person hopes for',
        },
        {
          id: 'communication',
          type: 'checkboxes',
          label: 'How might the person want to communicate?',
          hint: 'This can change later. Select all that apply.',
          required: true,
          options: [
            ...options(
              ['face-to-face', 'Meet face to face, with a facilitator'],
              ['letters', 'Letters or messages'],
              ['recorded', 'Recorded audio or video'],
              ['shuttle', 'A facilitator passing messages between us'],
            ),
            { value: 'not-sure', label: 'Not sure yet', exclusive: true },
          ],
          errorName: 'how the person might want to communicate',
        },
        {
          id: 'anythingElse',
          type: 'textarea',
          label: 'Is there anything else we should know? (optional)',
          required: false,
          maxLength: 2000,
          errorName: 'anything else',
        },
      ],
    },
    {
      id: 'consent',
      title: 'Before you send',
      questions: [
        {
          id: 'consent',
          type: 'checkboxes',
          label: 'Please confirm',
          required: true,
          requireAll: true,
          linksToPrivacyNotice: true,
          options: options(
            ['voluntary', 'I understand that taking part is voluntary and can stop at any time'],
            ['contact', 'I agree that the team can contact the person in the ways selected'],
            ['privacy', 'I have read the privacy notice'],
          ),
          errorName: 'each statement to confirm you understand and agree',
        },
      ],
    },
  ],
  contact: {
    safeWaysQuestion: SAFE_WAYS_QUESTION,
    chosenBy: (a) =>
      a.referrerType === 'on-behalf'
        ? 'the person who made the referral'
        : a.referrerType === 'professional'
          ? 'the professional who made the referral'
          : undefined,
    // Only someone who asked for a confirmation gets one. A professional gets it at the work
    // address they gave as their own; someone asking for themselves only where they also marked
    // email safe. The person someone else asks for gets nothing automatic: the address is theirs,
    // but they did not ask, and the team makes first contact in the ways that were chosen.
    confirmationEmail: (a) => {
      if (a.referrerType === 'professional')
        return askedForConfirmation(a, 'wantsWorkConfirmation') ? textAnswer(a, 'workEmail') : undefined;
      return a.referrerType === 'self' &&
        markedSafe(a, 'email') &&
        askedForConfirmation(a, 'wantsConfirmation')
        ? textAnswer(a, 'email')
        : undefined;
    },
    whenEmailed:
      'We only send a confirmation email if you asked for one: to a professional’s work email, or to you if you asked for yourself and said email is safe. When you ask on someone else’s behalf, we do not email them: the team will contact them in the ways you chose.',
  },
  urgency: URGENCY,
  markers: [
    { label: 'Under 18', when: (a) => a.ageBand === 'under-18' },
    { label: 'Live investigation or court case', when: (a) => a.ongoingCase === 'yes' },
  ],
  whatHappensNext: [
    // {days}: the first-contact target's working days, in words (the confirmation page fills it in).
    'A restorative justice facilitator will read your referral within {days}.',
    'They will contact the person only in the ways you said are safe, to talk about what they want.',
    'Nothing happens without the person’s agreement, and they can stop at any time.',
  ],
  closingNote: INVITE_FEEDBACK,
  progress: REFERRAL_STEPS,
  // The person's details; a referrer's name, work phone and email find the cases they referred.
  findable: {
    name: ['name', 'referrerName'],
    phone: ['phone', 'workPhone'],
    email: ['email', 'workEmail'],
    postcode: ['area', 'postalAddress'],
  },
  report: {
    heading: 'Referrals',
    tallies: ['referrerType', 'hopes'],
  },
  returning: RETURNING,
});
