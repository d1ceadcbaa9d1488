import * as common from './common-questions.ts';
import { defineForm } from './define-form.ts';
import { FEEDBACK_STEPS } from './steps/feedback-steps.ts';
import type { Question } from './types.ts';

export const AGREEMENT = common.options(
  ['strongly-agree', 'Strongly agree'],
  ['agree', 'Agree'],
  ['neither', 'Neither agree nor disagree'],
  ['disagree', 'Disagree'],
  ['strongly-disagree', 'Strongly disagree'],
);

export const SATISFACTION = common.options(
  ['very-satisfied', 'Very satisfied'],
  ['satisfied', 'Satisfied'],
  ['neither', 'Neither satisfied nor dissatisfied'],
  ['dissatisfied', 'Dissatisfied'],
  ['very-dissatisfied', 'Very dissatisfied'],
);

/** The agree/disagree statements teams use to measure how the process felt. */
export const STATEMENTS: [id: string, statement: string][] = [
  ['prepared', 'I was well prepared and knew what to expect'],
  ['feltSafe', 'I felt safe'],
  ['listenedTo', 'I was listened to and treated with respect'],
  ['facilitatorFair', 'The facilitator was fair to everyone'],
  ['processFair', 'The process was fair'],
  ['harmRecognised', 'The harm was recognised'],
  ['agreementSatisfied', 'I am satisfied with what was agreed'],
];

const statementQuestion = ([id, statement]: [string, string]): Question => ({
  id,
  type: 'radios',
  label: `${statement} (optional)`,
  required: false,
  options: AGREEMENT,
  errorName: 'how much you agree',
});

const mayContact = { question: 'mayContact', oneOf: ['yes'] };
const UNSAFE = ['disagree', 'strongly-disagree'];

/** Feedback after a restorative meeting; may be anonymous. */
export const feedback = defineForm({
  id: 'feedback',
  // 2: the meeting date is a date (it was free text; older records keep theirs, shown as written).
  schemaVersion: 3,
  title: 'Give feedback about a restorative meeting',
  noun: 'feedback',
  description:
    'Tell us how a restorative conference, circle or other meeting went for you. ' +
    'You do not have to give your name.',
  referencePrefix: 'FB',
  sensitive: false,
  sections: [
    {
      id: 'meeting',
      title: 'Your meeting',
      questions: [
        {
          id: 'meetingType',
          type: 'radios',
          label: 'What kind of meeting was it?',
          required: true,
          options: common.options(
            ['conference', 'A restorative conference'],
            ['circle', 'A restorative circle'],
            ['family-group', 'A family group conference'],
            ['indirect', 'Indirect – letters, messages or recorded video passed on by a facilitator'],
            ['conversation', 'An informal restorative conversation'],
            ['other', 'Something else'],
          ),
          errorName: 'what kind of meeting it was',
        },
        {
          id: 'meetingWhen',
          type: 'date',
          label: 'When was the meeting? (optional)',
          hint: 'For example, 27 10 2026. Leave it blank if you are not sure.',
          required: false,
          errorName: 'the date of the meeting',
        },
        {
          id: 'facilitatorReference',
          type: 'text',
          label: 'Reference from your facilitator (optional)',
          hint: 'Only if they gave you one. It helps us link your feedback to the right meeting.',
          required: false,
          maxLength: 50,
          width: 20,
          spellcheck: false,
          errorName: 'the reference',
        },
        {
          id: 'role',
          type: 'radios',
          label: 'What was your part in the meeting?',
          required: true,
          options: common.options(
            ['harmed', 'I was harmed or affected'],
            ['responsible', 'I was responsible for the harm'],
            ['supporter', 'I was there to support someone, for example as family or a friend'],
            ['community', 'I was there as a member of the community'],
            ['professional', 'I was there in my work'],
          ),
          errorName: 'what your part in the meeting was',
        },
      ],
    },
    {
      id: 'experience',
      title: 'How it went',
      description: 'Say how much you agree with each statement. Skip any that do not apply to you.',
      questions: [
        ...STATEMENTS.map(statementQuestion),
        {
          id: 'overallSatisfaction',
          type: 'radios',
          label: 'Overall, how satisfied are you with the restorative process?',
          required: true,
          options: SATISFACTION,
          errorName: 'how satisfied you are overall',
        },
        {
          id: 'wouldRecommend',
          type: 'radios',
          label: 'Would you recommend restorative justice to someone in your position?',
          required: true,
          options: common.YES_NO_NOT_SURE,
          errorName: 'whether you would recommend it',
        },
        {
          id: 'wentWell',
          type: 'textarea',
          label: 'What went well? (optional)',
          required: false,
          maxLength: 3000,
          errorName: 'what went well',
        },
        {
          id: 'couldBeBetter',
          type: 'textarea',
          label: 'What could have been better? (optional)',
          required: false,
          maxLength: 3000,
          errorName: 'what could have been better',
        },
      ],
    },
    {
      id: 'contact',
      title: 'Contact',
      questions: [
        {
          id: 'mayContact',
          type: 'radios',
          label: 'May we contact you about your feedback?',
          hint: 'You can give feedback without leaving your name or any contact details',
          required: true,
          options: common.options(['yes', 'Yes'], ['no', 'No, keep my feedback anonymous']),
          errorName: 'whether we may contact you',
        },
        common.nameQuestion({
          id: 'name',
          label: 'Your name (optional)',
          required: false,
          errorName: 'your name',
          showIf: mayContact,
        }),
        ...common.safeContactQuestions({
          you: true,
          letters: 'none',
          showIf: mayContact,
          confirmation: { id: 'wantsConfirmation', hint: common.CONFIRMATION_HINT },
        }),
      ],
    },
  ],
  contact: {
    safeWaysQuestion: common.SAFE_WAYS_QUESTION,
    confirmationEmail: (a) =>
      a.mayContact === 'yes' &&
      common.markedSafe(a, 'email') &&
      common.askedForConfirmation(a, 'wantsConfirmation')
        ? common.textAnswer(a, 'email')
        : undefined,
    whenEmailed:
      'We only send a confirmation email if you said we may contact you, said email is safe and asked for one.',
  },
  // Someone who did not feel safe may need an answer today; a very dissatisfied one needs reading, not haste.
  urgency: [
    {
      label: 'Did not feel safe',
      when: (a) => typeof a.feltSafe === 'string' && UNSAFE.includes(a.feltSafe),
    },
  ],
  markers: [{ label: 'Very dissatisfied', when: (a) => a.overallSatisfaction === 'very-dissatisfied' }],
  whatHappensNext: [
    'The team that supports restorative meetings reads all feedback and uses it to improve.',
    'If you said we may contact you, we will only use the ways you said are safe.',
  ],
  closingNote: { text: 'Thank you for taking the time to tell us how it went.' },
  progress: FEEDBACK_STEPS,
  // Only what someone who may be contacted gave: anonymous feedback has nothing to find it by.
  findable: { name: ['name'], phone: ['phone'], email: ['email'] },
  report: {
    heading: 'Feedback',
    unit: 'responses',
    tallies: ['overallSatisfaction', 'wouldRecommend'],
    rates: {
      rules: [
        {
          id: 'satisfied',
          questionId: 'overallSatisfaction',
          values: ['very-satisfied', 'satisfied'],
          column: 'Satisfied',
          measure: 'Satisfied overall (very satisfied or satisfied)',
        },
        {
          id: 'wouldRecommend',
          questionId: 'wouldRecommend',
          values: ['yes'],
          column: 'Would recommend',
          measure: 'Would recommend restorative justice (answered yes)',
        },
      ],
      groupBy: [
        { questionId: 'role', label: 'Role' },
        { questionId: 'meetingType', label: 'Meeting' },
      ],
      definition:
        'Satisfied = very satisfied or satisfied. Would recommend = answered yes (not sure counts as not yes).',
    },
  },
});
