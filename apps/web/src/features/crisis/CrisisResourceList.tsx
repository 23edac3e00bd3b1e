import type { CrisisResourceDto } from '@haven/shared/contracts';

type Resource = Pick<CrisisResourceDto, 'name' | 'phone' | 'sms' | 'url'>;

/** The digits (and a leading +) of a phone number, for tel: and sms: links. */
function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Crisis lines with one-tap call, text and web links. Used by the help page and after a safety check. */
export function CrisisResourceList({ resources }: { resources: readonly Resource[] }) {
  return (
    <ul className="crisis-list">
      {resources.map((resource) => (
        <li
          className="crisis-list__item"
          key={`${resource.name}-${resource.phone ?? ''}-${resource.sms ?? ''}`}
        >
          <h3 className="crisis-list__name">{resource.name}</h3>
          <ul className="crisis-list__actions">
            {resource.phone ? (
              <li>
                <a className="crisis-action" href={`tel:${dialable(resource.phone)}`}>
                  Call <span className="crisis-action__number">{resource.phone}</span>
                </a>
              </li>
            ) : null}
            {resource.sms ? (
              <li>
                <a className="crisis-action" href={`sms:${dialable(resource.sms)}`}>
                  Text <span className="crisis-action__number">{resource.sms}</span>
                </a>
              </li>
            ) : null}
            {resource.url && isWebLink(resource.url) ? (
              <li>
                <a className="crisis-action" href={resource.url} target="_blank" rel="noopener noreferrer">
                  Visit website
                  <span className="visually-hidden"> of {resource.name} (opens in a new tab)</span>
                </a>
              </li>
            ) : null}
          </ul>
        </li>
      ))}
    </ul>
  );
}
