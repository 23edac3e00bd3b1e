import { useSession } from '../../lib';
import type { StepProps } from './FactsSteps';
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
