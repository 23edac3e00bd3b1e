import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Checkbox } from '../../ui';
import type { StepProps } from './FactsSteps';
import {
  PHQ9_ANSWERS,
  PHQ9_ITEMS,
  PHQ9_PROMPT,
  PHQ9_SELF_HARM_ITEM,
  answeredCount,
  isComplete,
  phq9Severity,
  phq9Total,
  type Phq9Answers,
} from './phq9';

/** One question on the PHQ-9's 0–3 scale: four answers in order, each with its score. */
function Phq9Scale({
  id,
  legend,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className="t-fieldset t-scale" id={id}>
      <legend>{legend}</legend>
      <div className="t-scale__points">
        {PHQ9_ANSWERS.map((answer, index) => (
          <label className="t-scale__point" key={answer.value}>
            <input
              type="radio"
              id={`${id}-${index}`}
              name={id}
              value={String(answer.value)}
              checked={value === answer.value}
              onChange={() => onChange(answer.value)}
              // The score beside it is shown for the eye; the answer is its name.
              aria-label={answer.label}
            />
            <span className="t-scale__score" aria-hidden="true">
              {answer.value}
            </span>
            <span className="t-scale__label">{answer.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface QuestionnaireProps {
  id: string;
  title: string;
  intro: string;
  answers: Phq9Answers;
  onChange: (answers: Phq9Answers) => void;
  error?: string;
}

function Questionnaire({ id, title, intro, answers, onChange, error }: QuestionnaireProps) {
  const total = phq9Total(answers);
  const complete = isComplete(answers);
  return (
    <fieldset
      className="t-fieldset t-phq9"
      id={id}
      aria-describedby={`${id}-intro${error ? ` ${id}-error` : ''}`}
    >
      <legend>{title}</legend>
      <p className="field__hint" id={`${id}-intro`}>
        {intro} {PHQ9_PROMPT}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {PHQ9_ITEMS.map((item, index) => (
        <Phq9Scale
          key={item}
          id={`${id}-q${index + 1}`}
          legend={`${index + 1}. ${item}`}
          value={answers[index]}
          onChange={(value) => onChange(answers.map((a, i) => (i === index ? value : a)))}
        />
      ))}
      <p className="t-phq9__total" aria-live="polite">
        {complete
          ? `Total: ${total} of 27 (${phq9Severity(total)})`
          : `Total so far: ${total} — ${answeredCount(answers)} of 9 questions answered`}
      </p>
    </fieldset>
  );
}

const SECTIONS = [
  {
    field: 'phq9Before',
    title: 'Before your first session',
    intro: 'Think back to the two weeks before your first session.',
  },
  { field: 'phq9After', title: 'Now', intro: 'Think about the last two weeks.' },
] as const;

/**
 * The optional PHQ-9, one questionnaire at a time: the nine questions for before the first session,
 * then for now, each answered on its 0–3 scale and totalled as they go.
 */
export function Phq9Step({ draft, update, errors }: StepProps) {
  const [section, setSection] = useState(0);
  const sectionHeading = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const worrying = (draft.phq9After[PHQ9_SELF_HARM_ITEM] ?? 0) > 0;
  const current = SECTIONS[section];

  // A problem in the other questionnaire brings it up.
  const failing = SECTIONS.findIndex((s) => errors[s.field]);
  const [shownFailing, setShownFailing] = useState(-1);
  if (failing !== shownFailing) {
    setShownFailing(failing);
    if (failing >= 0 && failing !== section) setSection(failing);
  }

  useEffect(() => {
    if (moved.current) sectionHeading.current?.focus();
  }, [section]);

  function show(index: number) {
    moved.current = true;
    setSection(index);
  }

  return (
    <>
      <p>
        The PHQ-9 is a short questionnaire doctors use to measure depression. Your two totals (never your
        answers) are shown with your testimonial and counted in the community outcomes. It is fine to skip
        this step.
      </p>
      <Checkbox
        id="t-includePhq9"
        label="Add my PHQ-9 scores"
        checked={draft.includePhq9}
        onChange={(e) => update({ includePhq9: e.target.checked })}
      />
      {draft.includePhq9 ? (
        <>
          <p className="t-phq9__section" ref={sectionHeading} tabIndex={-1}>
            Questionnaire {section + 1} of {SECTIONS.length}: {current.title}
          </p>
          <Questionnaire
            key={current.field}
            id={`t-${current.field}`}
            title={current.title}
            intro={current.intro}
            answers={draft[current.field]}
            onChange={(answers) => update({ [current.field]: answers })}
            error={errors[current.field]}
          />
          <div className="t-phq9__move">
            {section > 0 ? (
              <Button variant="secondary" onClick={() => show(section - 1)}>
                Back to “{SECTIONS[section - 1].title}”
              </Button>
            ) : null}
            {section < SECTIONS.length - 1 ? (
              <Button variant="secondary" onClick={() => show(section + 1)}>
                On to the questionnaire for “{SECTIONS[section + 1].title}”
              </Button>
            ) : null}
          </div>
          {worrying ? (
            <Alert tone="warning" title="You are not alone with these thoughts">
              <p>
                If you are having thoughts of death or of hurting yourself, please reach out now: the{' '}
                <Link to="/help">crisis lines</Link> are free and open day and night. You can finish your
                story later; it is saved in this browser.
              </p>
            </Alert>
          ) : null}
        </>
      ) : null}
    </>
  );
}
