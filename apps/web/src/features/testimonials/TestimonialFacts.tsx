import type {
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TreatmentModality,
  TreatmentSetting,
} from '../../gql/graphql';
import {
  DURATION_LABELS,
  MODALITY_LABELS,
  ONSET_LABELS,
  PRIOR_TREATMENT_LABELS,
  SETTING_LABELS,
  SIDE_EFFECT_LABELS,
  ratingLabel,
} from './labels';
import { phq9Severity } from './phq9';

export interface Facts {
  modality: TreatmentModality;
  setting?: TreatmentSetting | null;
  sessionCount: number | null;
  priorTreatments?: PriorTreatment[];
  overallRating: number;
  reliefOnset: ReliefOnset;
  reliefDuration: ReliefDuration;
  sideEffects: SideEffect[];
  phq9Before: number | null;
  phq9After: number | null;
}

/** "21 (severe) → 9 (mild), down 57%", or null without scores. */
export function phq9Change(before: number | null, after: number | null): string | null {
  if (before === null || after === null) return null;
  const change = before > 0 ? Math.round(((before - after) / before) * 100) : null;
  const direction =
    change === null || change === 0
      ? 'no change'
      : change > 0
        ? `down ${change}%`
        : `up ${Math.abs(change)}%`;
  return `${before} (${phq9Severity(before)}) → ${after} (${phq9Severity(after)}), ${direction}`;
}

const list = (items: string[]) => (items.length > 0 ? items.join(', ') : 'None reported');

/** The structured facts of a testimonial as a readable description list. */
export function TestimonialFacts({ facts }: { facts: Facts }) {
  const phq9 = phq9Change(facts.phq9Before, facts.phq9After);
  return (
    <dl className="t-facts">
      <div>
        <dt>Treatment</dt>
        <dd>{MODALITY_LABELS[facts.modality]}</dd>
      </div>
      {facts.setting ? (
        <div>
          <dt>Where</dt>
          <dd>{SETTING_LABELS[facts.setting]}</dd>
        </div>
      ) : null}
      {facts.sessionCount !== null ? (
        <div>
          <dt>Sessions</dt>
          <dd>{facts.sessionCount}</dd>
        </div>
      ) : null}
      <div>
        <dt>Overall</dt>
        <dd>{ratingLabel(facts.overallRating)}</dd>
      </div>
      <div>
        <dt>Relief came</dt>
        <dd>{ONSET_LABELS[facts.reliefOnset]}</dd>
      </div>
      <div>
        <dt>Relief lasted</dt>
        <dd>{DURATION_LABELS[facts.reliefDuration]}</dd>
      </div>
      <div>
        <dt>Side effects</dt>
        <dd>{list(facts.sideEffects.map((s) => SIDE_EFFECT_LABELS[s]))}</dd>
      </div>
      {facts.priorTreatments ? (
        <div>
          <dt>Tried before</dt>
          <dd>{list(facts.priorTreatments.map((p) => PRIOR_TREATMENT_LABELS[p]))}</dd>
        </div>
      ) : null}
      <div>
        <dt>PHQ-9 before → now</dt>
        <dd>{phq9 ?? 'Not shared'}</dd>
      </div>
    </dl>
  );
}
