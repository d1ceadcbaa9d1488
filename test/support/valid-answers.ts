/**
 * The London day the answers below are checked on (a date answer must not be after it): fixed, so
 * no test depends on the day it runs. It is the earliest clock npm run test:dates sets.
 */
export const ANSWER_DAY = '2026-10-25';

/** One complete, valid set of answers per form, as a person might send them. */
export const VALID_ANSWERS: Record<string, Record<string, string | string[]>> = {
  referral: {
    referrerType: 'self',
    name: 'Sam',
    ageBand: '25-64',
    area: 'M1 2AB',
    safeWays: ['email', 'text'],
    email: 'sam@example.com',
    wantsConfirmation: 'yes',
    phone: '07700 900 982',
    whatHappened: 'Someone broke into my shed and took my tools.',
    whenHappened: 'March 2026',
    reportedToPolice: 'yes',
    crimeReference: 'CR/123/26',
    ongoingCase: 'no',
    responsibleKnown: 'yes',
    stillAtRisk: 'no',
    hopes: ['ask-questions', 'apology'],
    communication: ['letters'],
    consent: ['voluntary', 'contact', 'privacy'],
  },
  nuisance: {
    landlord: 'housing-association',
    housingAssociation: 'Northfield Homes',
    name: 'Alex',
    address: '2 Station Road\nNorthfield',
    safeWays: ['phone'],
    phone: '01632 960 001',
    behaviours: ['noise', 'visitors'],
    description: 'Loud music every night until 3am and visitors banging on doors.',
    started: 'June 2026',
    frequency: 'daily',
    // Well before every clock npm run test:dates sets (the earliest is 25 October 2026).
    mostRecent: '2026-09-20',
    impact: 'We cannot sleep and the children are tired at school.',
    reportedToPolice: 'no',
    reportedToLandlord: 'yes',
    triedToResolve: 'no',
    restorativeMeeting: 'maybe',
    mediation: 'yes',
    declarations: ['accurate', 'not-shared', 'privacy'],
  },
  feedback: {
    meetingType: 'conference',
    role: 'harmed',
    prepared: 'agree',
    feltSafe: 'strongly-agree',
    overallSatisfaction: 'satisfied',
    wouldRecommend: 'yes',
    mayContact: 'no',
  },
};

/** The answers that turn the referral into one made by a professional (confirmation to work email). */
export const PROFESSIONAL_REFERRER = {
  referrerType: 'professional',
  referrerName: 'Jo Case',
  organisation: 'Victim Support',
  workEmail: 'jo.case@victimsupport.example.org',
  workPhone: '01632 960 123',
  wantsWorkConfirmation: 'yes',
};

/** The answers that turn the referral into one made on someone's behalf (no confirmation to anyone). */
export const ON_BEHALF_REFERRER = {
  referrerType: 'on-behalf',
  referrerName: 'Alex',
  referrerRelationship: 'Their brother',
};
