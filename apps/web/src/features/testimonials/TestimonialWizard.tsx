import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ErrorLike } from '@apollo/client';
import { errorMessage, useFieldErrors } from '../../lib';
import { Alert, Button } from '../../ui';
import { CrisisResourceList } from '../crisis/CrisisResourceList';
import {
  checkAnonymity,
  checkExperience,
  checkPhq9,
  checkStory,
  checkTreatment,
  type DraftErrors,
  type TestimonialDraft,
} from './draft';
import { ExperienceStep, SideEffectsStep, TreatmentStep, type StepProps } from './FactsSteps';
import { Phq9Step } from './Phq9Step';
import { ShareStep } from './ShareStep';
import { StoryStep } from './StoryStep';

interface Step {
  title: string;
  intro: string;
  check: (draft: TestimonialDraft) => DraftErrors;
  Component: (props: StepProps) => ReactNode;
}

const STEPS: Step[] = [
  {
    title: 'Treatment',
    intro: 'What you had, where, and what came before.',
    check: checkTreatment,
    Component: TreatmentStep,
  },
  {
    title: 'Experience',
    intro: 'How soon it helped, for how long, and how you are now.',
    check: checkExperience,
    Component: ExperienceStep,
  },
  {
    title: 'Side effects',
    intro: 'What you noticed during or after sessions.',
    check: () => ({}),
    Component: SideEffectsStep,
  },
  {
    title: 'PHQ-9',
    intro: 'Optional: a standard measure of depression, before and now.',
    check: checkPhq9,
    Component: Phq9Step,
  },
  { title: 'Your story', intro: 'In your own words.', check: checkStory, Component: StoryStep },
  {
    title: 'Share',
    intro: 'Choose how it is shown, then submit it for review.',
    check: checkAnonymity,
    Component: ShareStep,
  },
];

/** Which step holds a field the server refused. */
const STEP_OF_FIELD: Record<string, number> = {
  modality: 0,
  setting: 0,
  sessionCount: 0,
  priorTreatments: 0,
  reliefOnset: 1,
  reliefDuration: 1,
  overallRating: 1,
  sideEffects: 2,
  phq9Before: 3,
  phq9After: 3,
  title: 4,
  story: 4,
  contentWarnings: 4,
  anonymous: 5,
};

function focusFirstError(errors: DraftErrors) {
  const field = Object.keys(errors)[0];
  if (!field) return;
  const target = document.getElementById(`t-${field}`);
  const control = target?.matches('input, select, textarea')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea');
  (control ?? target)?.focus();
}

export interface TestimonialWizardProps {
  draft: TestimonialDraft;
  update: (patch: Partial<TestimonialDraft>) => void;
  /** Sends the checked draft; a GraphQL error naming a field brings its step back. */
  onSubmit: () => Promise<unknown>;
  busy: boolean;
  error?: ErrorLike;
  errorTitle: string;
  submitLabel: string;
  busyLabel: string;
  /** Shown under the form, e.g. whether the draft is saved in this browser. */
  status?: ReactNode;
}

/** The six guided steps of a testimonial, for sharing a new one and for editing one under review. */
export function TestimonialWizard(props: TestimonialWizardProps) {
  const { draft, update, busy, error } = props;
  const [step, setStep] = useState(0);
  const fields = useFieldErrors<keyof TestimonialDraft>(STEPS[step].check(draft));
  const errors: DraftErrors = fields.errors;
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  function go(to: number) {
    fields.clear();
    setStep(to);
  }

  async function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = STEPS[step].check(draft);
    if (!fields.showChecks(problems)) return focusFirstError(problems);
    if (step < STEPS.length - 1) return go(step + 1);
    for (const [index, s] of STEPS.entries()) {
      const found = s.check(draft);
      if (Object.keys(found).length > 0) {
        flushSync(() => setStep(index));
        fields.showChecks(found);
        return focusFirstError(found);
      }
    }
    try {
      await props.onSubmit();
    } catch (caught) {
      const field = (caught as { errors?: { extensions?: { field?: unknown } }[] }).errors?.[0]?.extensions
        ?.field;
      if (typeof field === 'string' && field in STEP_OF_FIELD) setStep(STEP_OF_FIELD[field]);
    }
  }

  const current = STEPS[step];
  const last = step === STEPS.length - 1;
  return (
    <>
      <nav aria-label="Steps">
        <ol className="t-steps">
          {STEPS.map((s, index) => (
            <li
              key={s.title}
              aria-current={index === step ? 'step' : undefined}
              className={index < step ? 't-steps__done' : undefined}
            >
              <span className="visually-hidden">
                Step {index + 1} of {STEPS.length}:{' '}
              </span>
              {s.title}
            </li>
          ))}
        </ol>
      </nav>
      <form className="form" onSubmit={(e) => void next(e)} noValidate aria-labelledby="t-step-heading">
        <h2 id="t-step-heading" ref={heading} tabIndex={-1}>
          Step {step + 1} of {STEPS.length}: {current.title}
        </h2>
        <p className="t-muted">{current.intro}</p>
        {Object.keys(errors).length > 0 ? (
          <Alert tone="error" title="Please check this step">
            <ul>
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {error ? (
          <Alert tone="error" title={props.errorTitle}>
            <p>{errorMessage(error)}</p>
          </Alert>
        ) : null}
        <current.Component draft={draft} update={update} errors={errors} />
        <div className="form__actions">
          {step > 0 ? (
            <Button variant="secondary" onClick={() => go(step - 1)}>
              Back
            </Button>
          ) : null}
          <Button type="submit" busy={busy} busyLabel={props.busyLabel}>
            {last ? props.submitLabel : 'Next'}
          </Button>
        </div>
        <p className="t-muted" role="status">
          {props.status}
        </p>
      </form>
    </>
  );
}

interface SafetyResourcesProps {
  resources: Parameters<typeof CrisisResourceList>[0]['resources'];
}

/** Shown after saving a testimonial whose words sound like someone in crisis. */
export function SafetyResources({ resources }: SafetyResourcesProps) {
  return (
    <Alert tone="warning" title="We are here for you">
      <p>
        Some of what you wrote sounds really hard. If you are in danger or thinking about ending your life,
        please reach out now:
      </p>
      <CrisisResourceList resources={resources} />
    </Alert>
  );
}
