import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useRouteNotice, useSession } from '../../lib';
import { Alert, Button, Page } from '../../ui';
import {
  clearDraft,
  emptyDraft,
  hasContent,
  loadDraft,
  saveDraft,
  toSubmitInput,
  type TestimonialDraft,
} from './draft';
import { SafetyResources, TestimonialWizard } from './TestimonialWizard';
import { MyTestimonialsDocument, SubmitTestimonialDocument } from './testimonials.documents';
import './testimonials.css';

export function SubmitTestimonialPage() {
  const { viewer } = useSession();
  const userId = viewer?.user.id ?? 'visitor';
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TestimonialDraft>(() => loadDraft(userId) ?? emptyDraft());
  const notice = useRouteNotice();
  const [restored] = useState(() => hasContent(draft));
  const [attempt, setAttempt] = useState(0);
  const [submit, { loading, error, data }] = useMutation(SubmitTestimonialDocument, {
    refetchQueries: [MyTestimonialsDocument],
  });

  useEffect(() => {
    if (!data) saveDraft(userId, draft);
  }, [userId, draft, data]);

  const update = (patch: Partial<TestimonialDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function send() {
    const result = await submit({ variables: { input: toSubmitInput(draft) } });
    clearDraft(userId);
    if (!result.data?.submitTestimonial.safety.crisisDetected) {
      void navigate('/testimonials/mine', {
        state: { notice: 'Thank you for sharing your story. It is waiting for review by a moderator.' },
      });
    }
  }

  function startOver() {
    clearDraft(userId);
    setDraft(emptyDraft());
    setAttempt((n) => n + 1);
  }

  const submitted = data?.submitTestimonial;
  if (submitted) {
    return (
      <Page title="Thank you for sharing your story" narrow>
        <Alert tone="success" title="Your testimonial is waiting for review">
          <p>A moderator will read it soon. You can follow it in My testimonials.</p>
        </Alert>
        {submitted.safety.crisisDetected ? <SafetyResources resources={submitted.safety.resources} /> : null}
        <p>
          <Link to="/testimonials/mine">Go to My testimonials</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Share your treatment story"
      narrow
      intro={<p>Six short steps. Your answers are saved in this browser as you go, until you submit.</p>}
    >
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {restored && !notice ? (
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
      <TestimonialWizard
        key={attempt}
        draft={draft}
        update={update}
        onSubmit={send}
        busy={loading}
        error={error}
        errorTitle="Your testimonial was not submitted"
        submitLabel="Submit for review"
        busyLabel="Submitting…"
        status={hasContent(draft) ? 'Draft saved in this browser.' : ''}
      />
    </Page>
  );
}
