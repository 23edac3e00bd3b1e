import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import type { TestimonialDetailFragment } from '../../gql/graphql';
import { draftOf, toUpdateInput, type TestimonialDraft } from './draft';
import { SafetyResources, TestimonialWizard } from './TestimonialWizard';
import {
  MyTestimonialsDocument,
  TestimonialDocument,
  UpdateTestimonialDocument,
} from './testimonials.documents';
import './testimonials.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAVED = 'Your changes are saved. The testimonial is still waiting for review by a moderator.';

/** The author changes a testimonial while it still waits for review, with the same guided steps. */
export function EditTestimonialPage() {
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const { data, loading, error, refetch } = useQuery(TestimonialDocument, {
    variables: { id },
    skip: !valid,
    fetchPolicy: 'network-only',
  });
  const t = data?.testimonial;

  if (!valid || (!loading && !error && !t)) {
    return (
      <Page title="Testimonial not found" narrow>
        <EmptyState
          title="This testimonial is not available"
          action={<Link to="/testimonials/mine">My testimonials</Link>}
        >
          <p>It may have been withdrawn.</p>
        </EmptyState>
      </Page>
    );
  }
  if (!t) {
    return (
      <Page title="Edit your testimonial" narrow>
        {error ? (
          <ErrorState
            title="We could not load this testimonial"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : (
          <Loading label="Loading the testimonial…" />
        )}
      </Page>
    );
  }
  if (!t.viewerIsAuthor || t.status !== 'PENDING_REVIEW') {
    return (
      <Page title="Edit your testimonial" narrow>
        <Alert tone="info" title="This testimonial can no longer be edited">
          <p>Only its author can edit a testimonial, and only while it waits for review.</p>
        </Alert>
        <p>
          <Link to="/testimonials/mine">Go to My testimonials</Link>
        </p>
      </Page>
    );
  }
  return <EditTestimonialForm testimonial={t} />;
}

function EditTestimonialForm({ testimonial }: { testimonial: TestimonialDetailFragment }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TestimonialDraft>(() => draftOf(testimonial));
  const [dropPhq9, setDropPhq9] = useState(false);
  const [save, { loading, error, data }] = useMutation(UpdateTestimonialDocument, {
    refetchQueries: [MyTestimonialsDocument],
  });
  const { phq9Before, phq9After } = testimonial;
  const hasScores = phq9Before !== null && phq9After !== null;

  const update = (patch: Partial<TestimonialDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function send() {
    const result = await save({ variables: { id: testimonial.id, input: toUpdateInput(draft, dropPhq9) } });
    if (!result.data?.updateTestimonial.safety.crisisDetected) {
      void navigate('/testimonials/mine', { state: { notice: SAVED } });
    }
  }

  const saved = data?.updateTestimonial;
  if (saved) {
    return (
      <Page title="Your changes are saved" narrow>
        <Alert tone="success" title="Your testimonial is waiting for review">
          <p>{SAVED}</p>
        </Alert>
        {saved.safety.crisisDetected ? <SafetyResources resources={saved.safety.resources} /> : null}
        <p>
          <Link to="/testimonials/mine">Go to My testimonials</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Edit your testimonial"
      narrow
      intro={<p>You can change anything until a moderator has reviewed it. Nothing is saved until you do.</p>}
    >
      {hasScores && !draft.includePhq9 ? (
        <Alert
          tone="info"
          actions={
            <Button variant="quiet" onClick={() => setDropPhq9((d) => !d)}>
              {dropPhq9 ? 'Keep the scores' : 'Remove the scores'}
            </Button>
          }
        >
          {dropPhq9
            ? 'Your PHQ-9 scores will be removed when you save.'
            : `Your PHQ-9 scores (${phq9Before} before, ${phq9After} now) stay as they are, unless you answer the questionnaire again in the PHQ-9 step.`}
        </Alert>
      ) : null}
      <TestimonialWizard
        draft={draft}
        update={update}
        onSubmit={send}
        busy={loading}
        error={error}
        errorTitle="Your changes were not saved"
        submitLabel="Save changes"
        busyLabel="Saving…"
      />
    </Page>
  );
}
