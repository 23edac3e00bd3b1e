import type { CasePriority, CaseStatus } from '../../gql/graphql';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels';

export function PriorityBadge({ priority }: { priority: CasePriority }) {
  return (
    <span className={`badge badge--${priority.toLowerCase()}`}>
      <span className="visually-hidden">Priority: </span>
      {PRIORITY_LABELS[priority]}
    </span>
  );
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <span className={`badge badge--status-${status.toLowerCase()}`}>
      <span className="visually-hidden">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function FlagList({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label="Automatic flags">
      {flags.map((flag) => (
        <li key={flag} className="flag">
          {flag}
        </li>
      ))}
    </ul>
  );
}
