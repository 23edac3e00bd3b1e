import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import { errorMessage } from '../../lib';
import { Alert, Button, Loading, TextArea, TextField } from '../../ui';
import { CrisisResourceList } from '../crisis/CrisisResourceList';
import type { StepProps } from './FactsSteps';
import { CheckboxGroup } from './form-controls';
import { CONTENT_WARNING_LABELS, optionsOf } from './labels';
import { TestimonialFacts } from './TestimonialFacts';
import { PreviewTestimonialSafetyDocument } from './testimonials.documents';
import { factsOf } from './draft';

const L = LIMITS.testimonial;

/**
 * The story as it will read once published: the facts, and the story rendered by the server's own
 * Markdown renderer (sanitised there), so bold, italics and lists show as they will.
 */
function StoryPreview({ step, html, loading }: { step: StepProps; html?: string; loading: boolean }) {
  const { draft } = step;
  const facts = factsOf(draft);
  return (
    <section className="t-preview" aria-labelledby="t-preview-heading">
      <h3 id="t-preview-heading">Preview: {draft.title.trim() || 'Untitled'}</h3>
      {facts.modality && facts.reliefOnset && facts.reliefDuration && draft.overallRating ? (
        <TestimonialFacts facts={facts} />
      ) : null}
      {draft.story.trim() === '' ? (
        <p className="t-muted">No story yet.</p>
      ) : html !== undefined ? (
        // Rendered and sanitised on the server, exactly as the published story is.
        <div className="prose t-story" dangerouslySetInnerHTML={{ __html: html }} />
      ) : loading ? (
        <Loading label="Rendering the preview…" />
      ) : null}
    </section>
  );
}

export function StoryStep(step: StepProps) {
  const { draft, update, errors } = step;
  const [previewing, setPreviewing] = useState(false);
  const [checkSafety, safety] = useLazyQuery(PreviewTestimonialSafetyDocument, { fetchPolicy: 'no-cache' });

  function togglePreview() {
    const next = !previewing;
    setPreviewing(next);
    if (next && draft.story.trim() !== '') {
      void checkSafety({
        variables: {
          text: `${draft.title}\n\n${draft.story}`.slice(0, LIMITS.previewSafety.textMax),
          story: draft.story,
        },
      }).catch(() => undefined);
    }
  }

  return (
    <>
      <TextField
        id="t-title"
        label="Title"
        hint="A few words that sum up your experience."
        required
        countLimit={L.titleMax}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        error={errors.title}
      />
      <TextArea
        id="t-story"
        label="Your story"
        hint={
          <>
            What was it like before, during and after? What would you tell someone considering it? At least{' '}
            {L.storyMin} characters. Please leave out names of people and clinics. You can use Markdown:
            **bold**, *italics*, lists.
          </>
        }
        required
        rows={12}
        countLimit={L.storyMax}
        value={draft.story}
        onChange={(e) => {
          update({ story: e.target.value });
          // A preview shows what was rendered; a changed story is previewed afresh.
          if (previewing) setPreviewing(false);
        }}
        error={errors.story}
      />
      <CheckboxGroup
        id="t-contentWarnings"
        legend="Content warnings"
        hint="Readers who prefer can keep your story folded until they choose to open it."
        optional
        options={optionsOf(CONTENT_WARNING_LABELS)}
        values={draft.contentWarnings}
        onChange={(contentWarnings) => update({ contentWarnings })}
      />
      <div>
        <Button
          variant="secondary"
          aria-expanded={previewing}
          aria-controls="t-preview"
          onClick={togglePreview}
        >
          {previewing ? 'Hide preview' : 'Preview your testimonial'}
        </Button>
      </div>
      <div id="t-preview">
        {previewing ? (
          <>
            <StoryPreview step={step} html={safety.data?.storyHtml} loading={safety.loading} />
            {safety.error ? <Alert tone="info">{errorMessage(safety.error)}</Alert> : null}
            {safety.data?.previewSafety.crisisDetected ? (
              <Alert tone="warning" title="If you are struggling right now">
                <p>
                  Some of what you wrote sounds very painful. You can still share it. If you are in danger or
                  thinking of ending your life, please contact someone now:
                </p>
                <CrisisResourceList resources={safety.data.previewSafety.resources} />
              </Alert>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
