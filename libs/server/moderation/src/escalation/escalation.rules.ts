/** When an URGENT case waiting unclaimed pages the moderators, and how its response is measured. */

/** One URGENT case's page, planned when it became URGENT, to run when it falls due. */
export const URGENT_ESCALATION_JOB = 'moderation.urgent-escalation';

/** The catch-up over every URGENT case a planned page missed (a schedule: once across instances). */
export const URGENT_ESCALATION_SWEEP_JOB = 'moderation.urgent-escalation-sweep';
export const URGENT_ESCALATION_SWEEP_CRON = '* * * * *';

export interface UrgentEscalationJob {
  caseId: string;
}

/** The moment a case that became URGENT at `urgentAt` is due to page, `minutes` later. */
export function escalationDueAt(urgentAt: Date, minutes: number): Date {
  return new Date(urgentAt.getTime() + Math.round(minutes * 60_000));
}

/** The open cases by age, youngest band first: a band holds cases at least `fromMinutes` old. */
export const CASE_AGE_BANDS = [
  { label: 'Under 1 hour', fromMinutes: 0 },
  { label: '1 to 24 hours', fromMinutes: 60 },
  { label: '1 to 7 days', fromMinutes: 24 * 60 },
  { label: 'Over 7 days', fromMinutes: 7 * 24 * 60 },
] as const;

/** Windows the dashboard may ask response figures for, in days. */
export const MAX_RESPONSE_WINDOW_DAYS = 365;
