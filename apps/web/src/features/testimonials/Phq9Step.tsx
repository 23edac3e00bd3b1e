import { Link } from 'react-router';
import { Alert, Checkbox } from '../../ui';
import type { StepProps } from './FactsSteps';
import { RadioGroup } from './form-controls';
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
    <fieldset className="t-fieldset t-phq9" aria-describedby={`${id}-intro${error ? ` ${id}-error` : ''}`}>
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
        <RadioGroup
          key={item}
          id={`${id}-q${index + 1}`}
          name={`${id}-q${index + 1}`}
          legend={`${index + 1}. ${item}`}
          options={PHQ9_ANSWERS}
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

/** The optional PHQ-9: the nine questions for before the first session and for now, totalled as they go. */
export function Phq9Step({ draft, update, errors }: StepProps) {
  const worrying = (draft.phq9After[PHQ9_SELF_HARM_ITEM] ?? 0) > 0;
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
          <Questionnaire
            id="t-phq9Before"
            title="Before your first session"
            intro="Think back to the two weeks before your first session."
            answers={draft.phq9Before}
            onChange={(phq9Before) => update({ phq9Before })}
            error={errors.phq9Before}
          />
          <Questionnaire
            id="t-phq9After"
            title="Now"
            intro="Think about the last two weeks."
            answers={draft.phq9After}
            onChange={(phq9After) => update({ phq9After })}
            error={errors.phq9After}
          />
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
