import type { JourneyStage } from '../../gql/graphql';
import type { SelectOption } from '../../ui';

const LABELS: Record<JourneyStage, string> = {
  EXPLORING: 'Exploring treatment options',
  IN_TREATMENT: 'In treatment now',
  MAINTENANCE: 'In maintenance treatment',
  PAST_TREATMENT: 'Finished treatment',
  CAREGIVER: 'Supporting someone I care about',
  CLINICIAN: 'Clinician or health professional',
};

export const JOURNEY_STAGE_OPTIONS: readonly SelectOption<JourneyStage>[] = (
  Object.keys(LABELS) as JourneyStage[]
).map((value) => ({ value, label: LABELS[value] }));

export function journeyStageLabel(stage: JourneyStage): string {
  return LABELS[stage];
}

export function isJourneyStage(value: string): value is JourneyStage {
  // Own keys only: `in` would also take what every object inherits ('toString', 'constructor').
  return Object.hasOwn(LABELS, value);
}
