import { LIMITS } from '@haven/shared/contracts';
import { Select, TextField } from '../../ui';
import type { DraftErrors, TestimonialDraft } from './draft';
import { CheckboxGroup, RadioGroup } from './form-controls';
import {
  DURATION_LABELS,
  MODALITY_LABELS,
  ONSET_LABELS,
  PRIOR_TREATMENT_LABELS,
  RATING_LABELS,
  SETTING_LABELS,
  SIDE_EFFECT_LABELS,
  isKeyOf,
  optionsOf,
} from './labels';

export interface StepProps {
  draft: TestimonialDraft;
  update: (patch: Partial<TestimonialDraft>) => void;
  errors: DraftErrors;
}

const RATING_OPTIONS = [5, 4, 3, 2, 1].map((value) => ({
  value,
  label: `${value} — ${RATING_LABELS[value]}`,
}));

export function TreatmentStep({ draft, update, errors }: StepProps) {
  return (
    <>
      <RadioGroup
        id="t-modality"
        name="modality"
        legend="What kind of treatment did you have?"
        options={optionsOf(MODALITY_LABELS)}
        value={draft.modality}
        onChange={(modality) => update({ modality })}
        error={errors.modality}
      />
      <Select
        id="t-setting"
        label="Where did you have it?"
        emptyOption="Prefer not to say"
        options={optionsOf(SETTING_LABELS)}
        value={draft.setting}
        onChange={(e) => update({ setting: isKeyOf(SETTING_LABELS, e.target.value) ? e.target.value : '' })}
      />
      <TextField
        id="t-sessionCount"
        label="How many sessions have you had?"
        hint={`A number from ${LIMITS.testimonial.sessionsMin} to ${LIMITS.testimonial.sessionsMax}.`}
        inputMode="numeric"
        value={draft.sessionCount}
        onChange={(e) => update({ sessionCount: e.target.value.slice(0, 6) })}
        error={errors.sessionCount}
      />
      <CheckboxGroup
        id="t-priorTreatments"
        legend="What had you tried before?"
        hint="Choose all that apply."
        optional
        options={optionsOf(PRIOR_TREATMENT_LABELS)}
        values={draft.priorTreatments}
        onChange={(priorTreatments) => update({ priorTreatments })}
        error={errors.priorTreatments}
      />
    </>
  );
}

export function ExperienceStep({ draft, update, errors }: StepProps) {
  return (
    <>
      <RadioGroup
        id="t-reliefOnset"
        name="reliefOnset"
        legend="How soon did you feel relief?"
        options={optionsOf(ONSET_LABELS)}
        value={draft.reliefOnset}
        onChange={(reliefOnset) =>
          update(
            reliefOnset === 'NO_RELIEF' ? { reliefOnset, reliefDuration: 'NOT_APPLICABLE' } : { reliefOnset },
          )
        }
        error={errors.reliefOnset}
      />
      <RadioGroup
        id="t-reliefDuration"
        name="reliefDuration"
        legend="How long did the relief last?"
        options={optionsOf(DURATION_LABELS)}
        value={draft.reliefDuration}
        onChange={(reliefDuration) => update({ reliefDuration })}
        error={errors.reliefDuration}
      />
      <RadioGroup
        id="t-overallRating"
        name="overallRating"
        legend="Overall, how are you doing compared with before treatment?"
        options={RATING_OPTIONS}
        value={draft.overallRating}
        onChange={(overallRating) => update({ overallRating })}
        error={errors.overallRating}
      />
    </>
  );
}

export function SideEffectsStep({ draft, update, errors }: StepProps) {
  return (
    <CheckboxGroup
      id="t-sideEffects"
      legend="Which side effects did you notice?"
      hint="Choose all that apply, or none. They are counted in the community outcomes."
      optional
      options={optionsOf(SIDE_EFFECT_LABELS)}
      values={draft.sideEffects}
      onChange={(sideEffects) => update({ sideEffects })}
      error={errors.sideEffects}
    />
  );
}
