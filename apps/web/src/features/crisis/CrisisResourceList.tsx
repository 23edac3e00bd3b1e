import { contactNumber, resourceLabels, type Resource } from './resource-labels';

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export interface CrisisResourceListProps {
  resources: readonly Resource[];
  /** Only the lines one can call or text (the directories stay on the help page), in a tighter layout. */
  compact?: boolean;
  /** The heading level of each service's name. */
  headingLevel?: 3 | 4;
}

/** Crisis lines with one-tap call, text and web links. Used by the help page and after a safety check. */
export function CrisisResourceList({
  resources,
  compact = false,
  headingLevel = 3,
}: CrisisResourceListProps) {
  const reachable = resources.filter((r) => r.phone || r.sms);
  const shown = compact && reachable.length > 0 ? reachable : resources;
  const Name = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className={compact ? 'crisis-list crisis-list--compact' : 'crisis-list'}>
      {shown.map((resource) => {
        const labels = resourceLabels(resource);
        return (
          <li
            className="crisis-list__item"
            key={`${resource.name}-${resource.phone ?? ''}-${resource.sms ?? ''}`}
          >
            <Name className="crisis-list__name">{labels.name}</Name>
            <ul className="crisis-list__actions">
              {resource.phone && labels.call ? (
                <li>
                  <a className="crisis-action" href={`tel:${contactNumber(resource.phone)}`}>
                    {labels.call}
                  </a>
                </li>
              ) : null}
              {resource.sms && labels.text ? (
                <li>
                  <a className="crisis-action" href={`sms:${contactNumber(resource.sms)}`}>
                    {labels.text}
                  </a>
                </li>
              ) : null}
              {resource.url && isWebLink(resource.url) && !(compact && reachable.length > 0) ? (
                <li>
                  <a className="crisis-action" href={resource.url} target="_blank" rel="noopener noreferrer">
                    Visit website
                    <span className="visually-hidden"> of {labels.name} (opens in a new tab)</span>
                  </a>
                </li>
              ) : null}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
