import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import type { Plan } from './keyboard.ts';

/**
 * What the keyboard tests answer on each form: every required question plus follow-ups that only
 * appear after an earlier answer, so conditional reveals are exercised. Only questions that apply
 * are listed, so each plan is exactly what the stored record should hold.
 */
export const PLANS: Record<string, Plan> = {
  referral: {
    referrerType: 'professional',
    referrerName: 'Jo Bloggs',
    organisation: 'Northfield Victim Support',
    workEmail: 'jo.bloggs@example.org',
    workPhone: '01632 960 123',
    wantsWorkConfirmation: 'yes',
    name: 'Sam',
    ageBand: '25-64',
    area: 'NF1 2AB',
    safeWays: ['email', 'letter'],
    email: 'sam@example.com',
    postalAddress: '1 High Street\nNorthfield',
    supportNeeds: ['interpreter'],
    supportDetails: 'Polish interpreter, please',
    whatHappened: 'Someone broke into the shed and took the tools.',
    whenHappened: 'March 2026',
    reportedToPolice: 'yes',
    crimeReference: 'CR/123/26',
    ongoingCase: 'no',
    responsibleKnown: 'yes',
    stillAtRisk: 'not-sure',
    hopes: ['ask-questions', 'apology'],
    communication: ['letters'],
    consent: ['voluntary', 'contact', 'privacy'],
  },
  nuisance: {
    landlord: 'housing-association',
    housingAssociation: 'Northfield Homes',
    name: 'Alex',
    address: '2 Station Road\nNorthfield',
    safeWays: ['text'],
    phone: '07700 900 982',
    behaviours: ['noise', 'other'],
    behaviourOther: 'Fireworks in the car park',
    description: 'Loud music every night until 3am.',
    started: 'June 2026',
    frequency: 'daily',
    mostRecent: '2026-09-20',
    impact: 'We cannot sleep and the children are tired at school.',
    reportedToPolice: 'no',
    reportedToLandlord: 'yes',
    triedToResolve: 'yes',
    triedDetails: 'I knocked and asked politely.',
    restorativeMeeting: 'maybe',
    mediation: 'yes',
    declarations: ['accurate', 'not-shared', 'privacy'],
  },
  feedback: {
    meetingType: 'circle',
    meetingWhen: '2026-10-07',
    role: 'community',
    feltSafe: 'agree',
    overallSatisfaction: 'satisfied',
    wouldRecommend: 'yes',
    wentWell: 'Everyone listened.',
    mayContact: 'yes',
    name: 'Pat',
    safeWays: ['email'],
    email: 'pat@example.com',
    wantsConfirmation: 'yes',
  },
  // Three complaints that meet the threshold, each with its own revealed questions (issue 23).
  'case-review': VALID_ANSWERS['case-review'] as Plan,
};
