import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, Button, Page } from '../../ui';
import { CrisisResourceList } from '../crisis';
import {
  checkAnonymity,
  checkExperience,
  checkPhq9,
  checkStory,
  checkTreatment,
  clearDraft,
  emptyDraft,
  hasContent,
  loadDraft,
  saveDraft,
  toSubmitInput,
  type DraftErrors,
  type TestimonialDraft,
} from './draft';
import { ExperienceStep, SideEffectsStep, TreatmentStep, type StepProps } from './FactsSteps';
import { Phq9Step } from './Phq9Step';
import { ShareStep } from './ShareStep';
import { StoryStep } from './StoryStep';
import { MyTestimonialsDocument, SubmitTestimonialDocument } from './testimonials.documents';
import './testimonials.css';

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

export function SubmitTestimonialPage() {
  const { viewer } = useSession();
  const userId = viewer?.user.id ?? 'visitor';
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TestimonialDraft>(() => loadDraft(userId) ?? emptyDraft());
  const [restored] = useState(() => hasContent(draft));
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submit, { loading, error, data }] = useMutation(SubmitTestimonialDocument, {
    refetchQueries: [MyTestimonialsDocument],
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!data) saveDraft(userId, draft);
  }, [userId, draft, data]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const update = (patch: Partial<TestimonialDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function go(to: number) {
    setErrors({});
    setStep(to);
  }

  async function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = STEPS[step].check(draft);
    flushSync(() => setErrors(problems));
    if (Object.keys(problems).length > 0) return focusFirstError(problems);
    if (step < STEPS.length - 1) return go(step + 1);
    for (const [index, s] of STEPS.entries()) {
      const found = s.check(draft);
      if (Object.keys(found).length > 0) {
        flushSync(() => {
          setStep(index);
          setErrors(found);
        });
        return focusFirstError(found);
      }
    }
    try {
      const result = await submit({ variables: { input: toSubmitInput(draft) } });
      clearDraft(userId);
      if (!result.data?.submitTestimonial.safety.crisisDetected) {
        void navigate('/testimonials/mine', {
          state: { notice: 'Thank you for sharing your story. It is waiting for review by a moderator.' },
        });
      }
    } catch (caught) {
      const field = (caught as { errors?: { extensions?: { field?: unknown } }[] }).errors?.[0]?.extensions
        ?.field;
      if (typeof field === 'string' && field in STEP_OF_FIELD) setStep(STEP_OF_FIELD[field]);
    }
  }

  function startOver() {
    clearDraft(userId);
    setDraft(emptyDraft());
    go(0);
  }

  const submitted = data?.submitTestimonial;
  if (submitted) {
    return (
      <Page title="Thank you for sharing your story" narrow>
        <Alert tone="success" title="Your testimonial is waiting for review">
          <p>A moderator will read it soon. You can follow it in My testimonials.</p>
        </Alert>
        {submitted.safety.crisisDetected ? (
          <Alert tone="warning" title="We are here for you">
            <p>
              Some of what you wrote sounds really hard. If you are in danger or thinking about ending your
              life, please reach out now:
            </p>
            <CrisisResourceList resources={submitted.safety.resources} />
          </Alert>
        ) : null}
        <p>
          <Link to="/testimonials/mine">Go to My testimonials</Link>
        </p>
      </Page>
    );
  }

  const current = STEPS[step];
  const last = step === STEPS.length - 1;
  return (
    <Page
      title="Share your treatment story"
      narrow
      intro={<p>Six short steps. Your answers are saved in this browser as you go, until you submit.</p>}
    >
      {restored ? (
        <Alert
          tone="info"
          actions={
            <Button variant="quiet" onClick={startOver}>
              Start over
            </Button>
          }
        >
          We restored the draft you started earlier on this device.
        </Alert>
      ) : null}
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
          <Alert tone="error" title="Your testimonial was not submitted">
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
          <Button type="submit" busy={loading} busyLabel="Submitting…">
            {last ? 'Submit for review' : 'Next'}
          </Button>
        </div>
        <p className="t-muted" role="status">
          {hasContent(draft) ? 'Draft saved in this browser.' : ''}
        </p>
      </form>
    </Page>
  );
}
