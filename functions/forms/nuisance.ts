import * as common from './common-questions.ts';
import { defineForm } from './define-form.ts';
import { NUISANCE_STEPS } from './steps/nuisance-steps.ts';
import type { Answers, Marker, ReturningSpec } from './types.ts';

export const BEHAVIOURS = common.options(
  ['noise', 'Noise'],
  ['verbal-abuse', 'Shouting, swearing or verbal abuse'],
  ['threats', 'Threats or intimidation'],
  ['harassment', 'Harassment'],
  ['hate', 'Abuse because of race, religion, disability, sexuality or gender identity (hate-related)'],
  ['drugs', 'Drug use or dealing'],
  ['visitors', 'Visitors causing problems'],
  ['damage', 'Damage or graffiti'],
  ['rubbish', 'Rubbish or fly-tipping'],
  ['vehicles', 'Vehicles or parking'],
  ['animals', 'Animals'],
  ['other', 'Something else'],
);

/** Whether this behaviour was among those picked. */
const picked = (a: Answers, behaviour: string): boolean =>
  Array.isArray(a.behaviours) && a.behaviours.includes(behaviour);

const YES_NO = common.options(['yes', 'Yes'], ['no', 'No']);

// Housing teams answer threats, hate and drug dealing within a working day (urgentDays); an
// incident added later carries the same markers.
const URGENCY: Marker[] = [
  { label: 'Threats or intimidation', when: (a) => picked(a, 'threats') },
  { label: 'Hate-related', when: (a) => picked(a, 'hate') },
  { label: 'Drug activity', when: (a) => picked(a, 'drugs') },
];

/**
 * Coming back (issue 21): an incident since, in the shape of the incident diary sheets housing
 * teams hand out (when, what, how it affected them, who, who saw or heard it); the safe-contact
 * questions asked again; the ASB Case Review notice on a second report within six months.
 */
const RETURNING: ReturningSpec = {
  addition: {
    kind: 'incident',
    title: 'Tell us about something that has happened since',
    urgency: URGENCY,
    sections: [
      {
        id: 'incident',
        title: 'What happened',
        questions: [
          {
            id: 'happenedOn',
            type: 'date',
            label: 'When did it happen?',
            hint: 'For example, 27 11 2026. If you are not sure of the exact day, give your best guess.',
            required: true,
            errorName: 'the date it happened',
          },
          {
            id: 'happenedAt',
            type: 'text',
            label: 'What time did it happen, if you know? (optional)',
            hint: 'For example, 11pm, or late in the evening',
            required: false,
            maxLength: 100,
            width: 20,
            errorName: 'the time it happened',
          },
          {
            id: 'behaviours',
            type: 'checkboxes',
            label: 'What happened?',
            hint: 'Select all that apply',
            required: true,
            options: BEHAVIOURS,
            errorName: 'what happened',
          },
          {
            id: 'behaviourOther',
            type: 'text',
            label: 'What else happened?',
            required: true,
            maxLength: 200,
            errorName: 'what else happened',
            showIf: { question: 'behaviours', oneOf: ['other'] },
          },
          {
            id: 'description',
            type: 'textarea',
            label: 'Describe what happened',
            hint: 'Include where it happened and anything that seemed to set it off',
            required: true,
            maxLength: 5000,
            errorName: 'a description of what happened',
          },
          {
            id: 'peopleInvolved',
            type: 'textarea',
            label: 'Who was involved, if you know? (optional)',
            hint: 'Names, descriptions or which home they live in. Only tell us what you feel comfortable sharing.',
            required: false,
            maxLength: 1000,
            errorName: 'who was involved',
          },
          {
            id: 'witnesses',
            type: 'textarea',
            label: 'Did anyone else see or hear it? (optional)',
            required: false,
            maxLength: 1000,
            errorName: 'who else saw or heard it',
          },
        ],
      },
      {
        id: 'impact',
        title: 'The impact',
        questions: [
          {
            id: 'impact',
            type: 'textarea',
            label: 'How did it affect you and the people you live with?',
            hint: 'For example, on sleep, health, children, or feeling safe at home',
            required: true,
            maxLength: 5000,
            errorName: 'how it affected you',
          },
        ],
      },
    ],
  },
  // The home address is asked apart (letters go there), so it is not among the ways asked again.
  contactQuestions: ['safeWays', 'phone', 'email', 'contactTimes', common.CONTACT_LANGUAGE_QUESTION],
  caseReviewNotice: true,
};

/** Neighbour nuisance and anti-social behaviour report from tenants and residents. */
export const nuisance = defineForm({
  id: 'nuisance',
  // 2: the most recent incident is a date (it was free text; older records keep theirs, shown as written).
  schemaVersion: 3,
  title: 'Report a problem with a neighbour',
  noun: 'neighbour nuisance report',
  description:
    'Tell us about noise, harassment, threatening visitors, drug dealing or other problems with neighbours, ' +
    'so the housing and community safety team can help.',
  referencePrefix: 'NR',
  sensitive: true,
  sections: [
    {
      id: 'about-you',
      title: 'About you',
      questions: [
        {
          id: 'landlord',
          type: 'radios',
          label: 'Who is your landlord?',
          required: true,
          options: common.options(
            ['council', 'The council'],
            ['housing-association', 'A housing association'],
            ['private', 'A private landlord or letting agent'],
            ['owner', 'I own my home'],
            ['not-sure', 'Not sure'],
          ),
          errorName: 'who your landlord is',
        },
        {
          id: 'housingAssociation',
          type: 'text',
          label: 'Which housing association?',
          required: true,
          maxLength: 150,
          errorName: 'which housing association',
          showIf: { question: 'landlord', oneOf: ['housing-association'] },
        },
        common.nameQuestion({ id: 'name', label: 'Your name', required: true, errorName: 'your name' }),
        {
          id: 'address',
          type: 'textarea',
          label: 'Your address',
          required: true,
          autocomplete: 'street-address',
          maxLength: 500,
          errorName: 'your address',
        },
        ...common.safeContactQuestions({
          you: true,
          letters: 'known',
          confirmation: { id: 'wantsConfirmation', hint: common.CONFIRMATION_HINT },
        }),
      ],
    },
    {
      id: 'what-happened',
      title: 'What is happening',
      questions: [
        {
          id: 'behaviours',
          type: 'checkboxes',
          label: 'What is happening?',
          hint: 'Select all that apply',
          required: true,
          options: BEHAVIOURS,
          errorName: 'what is happening',
        },
        {
          id: 'behaviourOther',
          type: 'text',
          label: 'What else is happening?',
          required: true,
          maxLength: 200,
          errorName: 'what else is happening',
          showIf: { question: 'behaviours', oneOf: ['other'] },
        },
        {
          id: 'description',
          type: 'textarea',
          label: 'Describe the problem',
          hint: 'Include what happens, where, and anything that seems to set it off',
          required: true,
          maxLength: 5000,
          errorName: 'a description of the problem',
        },
        {
          id: 'location',
          type: 'text',
          label: 'Where is it happening, if not at your home? (optional)',
          hint: 'For example, the flat above, 14 Station Road, or the car park behind the shops',
          required: false,
          maxLength: 300,
          errorName: 'where it is happening',
        },
        {
          id: 'started',
          type: 'text',
          label: 'When did it start?',
          hint: 'For example, June 2026 or about 3 months ago',
          required: true,
          maxLength: 100,
          width: 20,
          errorName: 'when it started',
        },
        {
          id: 'frequency',
          type: 'radios',
          label: 'How often does it happen?',
          required: true,
          options: common.options(
            ['daily', 'Every day or most days'],
            ['weekly', 'Every week'],
            ['monthly', 'Every month or less'],
            ['once', 'It has happened once'],
          ),
          errorName: 'how often it happens',
        },
        {
          id: 'mostRecent',
          type: 'date',
          label: 'When did it last happen?',
          hint: 'For example, 14 11 2026. If you are not sure of the exact day, give your best guess.',
          required: true,
          errorName: 'the date it last happened',
        },
        {
          id: 'peopleInvolved',
          type: 'textarea',
          label: 'Who is involved, if you know? (optional)',
          hint: 'Names, descriptions or which home they live in. Only tell us what you feel comfortable sharing.',
          required: false,
          maxLength: 1000,
          errorName: 'who is involved',
        },
        {
          id: 'witnesses',
          type: 'textarea',
          label: 'Has anyone else seen or heard it? (optional)',
          required: false,
          maxLength: 1000,
          errorName: 'who else has seen or heard it',
        },
        common.evidenceQuestion(),
      ],
    },
    {
      id: 'impact',
      title: 'The impact',
      questions: [
        {
          id: 'impact',
          type: 'textarea',
          label: 'How is it affecting you and the people you live with?',
          hint: 'For example, on sleep, health, children, or feeling safe at home',
          required: true,
          maxLength: 5000,
          errorName: 'how it is affecting you',
        },
      ],
    },
    {
      id: 'so-far',
      title: 'What has happened so far',
      questions: [
        {
          id: 'reportedToPolice',
          type: 'radios',
          label: 'Have you reported it to the police?',
          required: true,
          options: YES_NO,
          errorName: 'whether you have reported it to the police',
        },
        common.crimeReferenceQuestion(),
        {
          id: 'reportedToLandlord',
          type: 'radios',
          label: 'Have you reported it to your landlord before?',
          required: true,
          options: common.options(
            ['yes', 'Yes'],
            ['no', 'No'],
            ['not-applicable', 'I do not have a landlord'],
          ),
          errorName: 'whether you have reported it to your landlord',
        },
        {
          id: 'triedToResolve',
          type: 'radios',
          label: 'Have you tried to sort it out with the people involved?',
          hint: 'Only if it felt safe to. It is fine if you have not.',
          required: true,
          options: YES_NO,
          errorName: 'whether you have tried to sort it out',
        },
        {
          id: 'triedDetails',
          type: 'textarea',
          label: 'What did you try, and what happened? (optional)',
          required: false,
          maxLength: 2000,
          errorName: 'what you tried',
          showIf: { question: 'triedToResolve', oneOf: ['yes'] },
        },
      ],
    },
    {
      id: 'putting-right',
      title: 'Putting things right',
      questions: [
        {
          id: 'restorativeMeeting',
          type: 'radios',
          label: 'Would you consider a restorative conversation or meeting with your neighbour?',
          hint: 'A trained, neutral facilitator prepares everyone first and stays with you throughout',
          required: true,
          options: common.YES_MAYBE_NO,
          errorName: 'whether you would consider a restorative conversation',
        },
        {
          id: 'mediation',
          type: 'radios',
          label: 'Would you consider mediation?',
          hint: 'A mediator helps neighbours agree how to live alongside each other',
          required: true,
          options: common.YES_MAYBE_NO,
          errorName: 'whether you would consider mediation',
        },
        {
          id: 'hopedOutcome',
          type: 'textarea',
          label: 'What would help put things right for you? (optional)',
          required: false,
          maxLength: 2000,
          errorName: 'what would help',
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
              'not-shared',
              'I understand nothing I tell you will be shared with my neighbour without my agreement',
            ],
            ['privacy', 'I have read the privacy notice'],
          ),
          errorName: 'each statement to confirm',
        },
      ],
    },
  ],
  contact: common.ownSafeEmailContact(),
  urgency: URGENCY,
  markers: [],
  whatHappensNext: [
    // {days}: the first-contact target's working days, in words (the confirmation page fills it in).
    'An officer from the housing and community safety team will read your report within {days}.',
    'They will contact you only in the ways you said are safe.',
    'Nothing you have told us will be shared with your neighbour without your agreement.',
  ],
  closingNote: common.INVITE_FEEDBACK,
  progress: NUISANCE_STEPS,
  findable: { name: ['name'], phone: ['phone'], email: ['email'], postcode: ['address', 'postalAddress'] },
  report: {
    heading: 'Neighbour nuisance reports',
    tallies: ['behaviours', 'restorativeMeeting'],
  },
  returning: RETURNING,
});
