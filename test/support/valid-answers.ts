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
  // Three complaints that meet the threshold on ANSWER_DAY: each a day after the behaviour.
  'case-review': {
    applicantType: 'victim',
    name: 'Robin',
    address: 'The flat above 14 Station Road, Northfield',
    safeWays: ['email'],
    email: 'robin@example.com',
    wantsConfirmation: 'yes',
    complaintCount: '3',
    complaint1Behaviour: '2026-08-01',
    complaint1Made: '2026-08-02',
    complaint1To: 'council',
    complaint1What: 'Music until 3am and shouting on the stairs.',
    complaint2Behaviour: '2026-09-01',
    complaint2Made: '2026-09-03',
    complaint2To: 'police',
    complaint2Reference: 'CAD 1234',
    complaint2What: 'Threats through the letterbox.',
    complaint3Behaviour: '2026-10-01',
    complaint3Made: '2026-10-02',
    complaint3To: 'housing',
    complaint3What: 'Rubbish left at my door again.',
    behaviour: 'Noise, threats and rubbish from the flat above since the spring.',
    hateMotivated: 'no',
    impact: 'I cannot sleep and I am afraid to use the stairs.',
    hopedOutcome: 'For the agencies to work together and make it stop.',
    takePart: 'online',
    declarations: ['accurate', 'shared', 'privacy'],
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
