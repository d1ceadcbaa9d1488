/**
 * What time it is, as a function every part of the service is given rather than reads for itself
 * (house style 17): handlers, jobs, the ops tools and the twin all take a Clock, so a test sets the
 * time it means instead of depending on the day it happens to run.
 */
export type Clock = () => Date;

/** The machine's clock: what every Lambda handler uses, always. */
export const systemClock: Clock = () => new Date();
