import { useSession } from '../../lib';
import type { StepProps } from './FactsSteps';
import { Checkbox, TextField } from '../../ui';
import { RadioGroup } from './form-controls';
import { TestimonialFacts } from './TestimonialFacts';
import { factsOf } from './draft';

/** Anonymity, and one last look at what will be sent. */
export function ShareStep({ draft, update, errors }: StepProps) {
  const { viewer } = useSession();
  const facts = factsOf(draft);
  const handle = viewer?.user.handle ?? 'your handle';
  return (
    <>
      <RadioGroup
        id="t-anonymous"
        name="anonymous"
        legend="How should your testimonial be shown?"
        hint="Moderators always know who wrote a testimonial. Anonymous testimonials never show your handle to anyone else."
        options={[
          { value: 'named', label: `With my handle (${handle})` },
          { value: 'anonymous', label: 'Anonymously' },
        ]}
        value={draft.anonymous === null ? '' : draft.anonymous ? 'anonymous' : 'named'}
        onChange={(choice) => update({ anonymous: choice === 'anonymous' })}
        error={errors.anonymous}
      />
      <TextField
        id="t-first-session"
        type="date"
        label="Date of your first session (optional)"
        hint="Follow-up check-ins fall due 1, 3, 6 and 12 months after it."
        value={draft.firstSessionDate}
        max={new Date().toISOString().slice(0, 10)}
        onChange={(e) => update({ firstSessionDate: e.target.value })}
        error={errors.firstSessionDate}
      />
      <Checkbox
        id="t-follow-ups"
        label="Ask me how I am doing at 1, 3, 6 and 12 months"
        hint="Short check-ins shown on your testimonial with the same anonymity. You can stop them at any time."
        checked={draft.followUps}
        onChange={(e) => update({ followUps: e.target.checked })}
      />
      <section className="t-preview" aria-labelledby="t-summary-heading">
        <h3 id="t-summary-heading">You are about to submit: {draft.title.trim()}</h3>
        <TestimonialFacts facts={facts} />
      </section>
      <p>
        After you submit, a moderator reads your testimonial before anyone else can see it. You can follow it
        in <strong>My testimonials</strong>, and withdraw it at any time.
      </p>
    </>
  );
}
