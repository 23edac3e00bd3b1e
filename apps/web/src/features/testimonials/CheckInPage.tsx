import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { SideEffect, StillRelieved, TreatmentModality } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Alert, Button, Page, Select, TextArea, TextField } from '../../ui';
import { CheckboxGroup, RadioGroup } from './form-controls';
import { MODALITY_LABELS, SIDE_EFFECT_LABELS, keysOf } from './labels';
import { SubmitCheckInDocument, TestimonialFollowUpsDocument } from './follow-ups.documents';
import { SafetyResources } from './TestimonialWizard';
import './testimonials.css';

/** A follow-up check-in: a PHQ-9 or PHQ-2 score, whether relief lasts, maintenance, side effects, a note. */
export function CheckInPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [scale, setScale] = useState<'PHQ9' | 'PHQ2'>('PHQ9');
  const [score, setScore] = useState('');
  const [relieved, setRelieved] = useState<StillRelieved | ''>('');
  const [sessions, setSessions] = useState('0');
  const [modality, setModality] = useState<TreatmentModality | ''>('');
  const [effects, setEffects] = useState<SideEffect[]>([]);
  const [note, setNote] = useState('');
  const [submit, { data, loading, error }] = useMutation(SubmitCheckInDocument, {
    refetchQueries: [{ query: TestimonialFollowUpsDocument, variables: { id } }],
  });

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!relieved || score === '') return;
    const res = await submit({
      variables: {
        id,
        input: {
          phq9: scale === 'PHQ9' ? Number(score) : null,
          phq2: scale === 'PHQ2' ? Number(score) : null,
          stillRelieved: relieved,
          maintenanceSessions: Number(sessions || '0'),
          maintenanceModality: modality || null,
          sideEffects: effects,
          note: note.trim() || null,
        },
      },
    });
    if (res.data && !res.data.submitCheckIn.safety.crisisDetected) {
      void navigate(`/testimonials/${id}`, {
        state: {
          notice: res.data.submitCheckIn.safety.heldForReview
            ? 'Thank you. Your check-in will appear once a moderator has read your note.'
            : 'Thank you. Your check-in is on your testimonial’s timeline.',
        },
      });
    }
  }

  const done = data?.submitCheckIn;
  if (done?.safety.crisisDetected) {
    return (
      <Page title="Thank you for checking in" narrow>
        <SafetyResources resources={done.safety.resources} />
        <p>
          <Link to={`/testimonials/${id}`}>Back to your testimonial</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Follow-up check-in" narrow intro={<p>A few questions about how you are doing now.</p>}>
      <form onSubmit={(e) => void send(e).catch(() => undefined)}>
        {error ? (
          <Alert tone="error" title="Your check-in was not saved">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <RadioGroup
          id="c-scale"
          name="scale"
          legend="Which questionnaire?"
          options={[
            { value: 'PHQ9', label: 'PHQ-9 (nine questions, 0–27)' },
            { value: 'PHQ2', label: 'PHQ-2 for a quick answer (two questions, 0–6)' },
          ]}
          value={scale}
          onChange={setScale}
        />
        <TextField
          label={scale === 'PHQ9' ? 'Your PHQ-9 total' : 'Your PHQ-2 total'}
          type="number"
          min={0}
          max={scale === 'PHQ9' ? 27 : 6}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          required
        />
        <RadioGroup
          id="c-relieved"
          name="relieved"
          legend="Are you still feeling the relief?"
          options={[
            { value: 'YES' as StillRelieved, label: 'Yes' },
            { value: 'PARTLY' as StillRelieved, label: 'Partly' },
            { value: 'NO' as StillRelieved, label: 'No' },
          ]}
          value={relieved}
          onChange={setRelieved}
        />
        <TextField
          label="Maintenance sessions since your last check-in"
          type="number"
          min={0}
          max={LIMITS.checkIn.maintenanceMax}
          value={sessions}
          onChange={(e) => setSessions(e.target.value)}
        />
        {Number(sessions) > 0 ? (
          <Select
            label="Kind of maintenance sessions"
            options={keysOf(MODALITY_LABELS).map((k) => ({ value: k, label: MODALITY_LABELS[k] }))}
            emptyOption="Same as my testimonial"
            value={modality}
            onChange={(e) => setModality(e.target.value as TreatmentModality)}
          />
        ) : null}
        <CheckboxGroup
          id="c-effects"
          legend="New or changed side effects"
          optional
          options={keysOf(SIDE_EFFECT_LABELS).map((k) => ({ value: k, label: SIDE_EFFECT_LABELS[k] }))}
          values={effects}
          onChange={setEffects}
        />
        <TextArea
          label="A note (optional)"
          hint="A moderator reads notes before they appear. Without a note, your check-in is shown at once."
          value={note}
          countLimit={LIMITS.checkIn.noteMax}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" disabled={loading || !relieved || score === ''}>
          {loading ? 'Saving…' : 'Save check-in'}
        </Button>
      </form>
    </Page>
  );
}
