import { dialable } from './resource-labels';

export const IMMEDIATE_DANGER = 'If you are in immediate danger, call your local emergency number.';

/** Emergency numbers by place, each one tap to call. */
export const EMERGENCY_NUMBERS: readonly { places: string; numbers: readonly string[] }[] = [
  { places: 'the US and Canada', numbers: ['911'] },
  { places: 'the UK and Ireland', numbers: ['999', '112'] },
  { places: 'the EU', numbers: ['112'] },
  { places: 'Australia', numbers: ['000'] },
  { places: 'New Zealand', numbers: ['111'] },
];

/** The "immediate danger" callout of the help page, with tap-to-call emergency numbers. */
export function EmergencyNumbers() {
  return (
    <div className="danger-callout" role="note">
      <p>
        <strong>{IMMEDIATE_DANGER}</strong>
      </p>
      <ul className="emergency-numbers">
        {EMERGENCY_NUMBERS.map((entry) => (
          <li key={entry.places}>
            {entry.numbers.map((number, i) => (
              <span key={number}>
                {i > 0 ? ' or ' : null}
                <a className="emergency-number" href={`tel:${dialable(number)}`}>
                  {number}
                </a>
              </span>
            ))}{' '}
            in {entry.places}
          </li>
        ))}
      </ul>
    </div>
  );
}
