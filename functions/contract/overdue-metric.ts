/**
 * The daily overdue job's metric, written as CloudWatch embedded metric format (EMF) in its log;
 * the stack alarms on it. The namespace is the stack's, passed to the function as METRICS_NAMESPACE.
 */
export const OVERDUE_METRIC = {
  /** Urgent submissions past their first-contact target on the morning's run. */
  urgentPastTarget: 'UrgentPastFirstContactTarget',
  /** All submissions past their first-contact target. */
  pastTarget: 'PastFirstContactTarget',
  environmentVariable: 'METRICS_NAMESPACE',
  defaultNamespace: 'RestorativeForms',
} as const;
