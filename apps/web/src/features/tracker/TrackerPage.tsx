import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { MoodScale, TreatmentModality, TreatmentSetting } from '../../gql/graphql';
import { errorMessage, formatDay, getFreshAccessToken, useSession } from '../../lib';
import { Alert, Button, Checkbox, ErrorState, Loading, Page, Select, TextArea, TextField } from '../../ui';
import { CrisisResourceList } from '../crisis';
import { saveDraft } from '../testimonials/draft';
import { MODALITY_LABELS, SETTING_LABELS, keysOf } from '../testimonials/labels';
import {
  PHQ9_ANSWERS,
  PHQ9_ITEMS,
  emptyPhq9,
  isComplete,
  phq9Total,
  type Phq9Answers,
} from '../testimonials/phq9';
import { MoodChart } from './MoodChart';
import { draftFromTracker } from './tracker-draft';
import {
  DeleteMoodEntryDocument,
  DeleteTrackerSessionDocument,
  LogMoodDocument,
  LogTrackerSessionDocument,
  MyTrackerDocument,
  SetTrackerCheckInConsentDocument,
} from './tracker.documents';
import '../testimonials/testimonials.css';

const today = () => new Date().toISOString().slice(0, 10);
const noon = (day: string) => `${day}T12:00:00.000Z`;

/** Downloads the clinician summary with the member's token (the route is not public). */
async function download(kind: 'pdf' | 'csv'): Promise<void> {
  const token = await getFreshAccessToken();
  const res = await fetch(`/api/tracker/summary.${kind}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error('The summary could not be made. Please try again.');
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = kind === 'pdf' ? 'relief-summary.pdf' : 'relief-log.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SessionForm({ onSaved }: { onSaved: () => void }) {
  const [date, setDate] = useState(today());
  const [modality, setModality] = useState<TreatmentModality | ''>('');
  const [setting, setSetting] = useState<TreatmentSetting | ''>('');
  const [notes, setNotes] = useState('');
  const [log, { loading, error }] = useMutation(LogTrackerSessionDocument);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!modality) return;
    await log({
      variables: { input: { date: noon(date), modality, setting: setting || null, notes: notes || null } },
    });
    setNotes('');
    onSaved();
  }
  return (
    <form
      className="card t-panel"
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      aria-labelledby="session-form"
    >
      <h2 id="session-form">Log a session</h2>
      {error ? (
        <Alert tone="error" title="The session was not saved">
          {errorMessage(error)}
        </Alert>
      ) : null}
      <TextField
        label="Date"
        type="date"
        value={date}
        max={today()}
        onChange={(e) => setDate(e.target.value)}
        required
      />
      <Select
        label="Kind of treatment"
        options={keysOf(MODALITY_LABELS).map((k) => ({ value: k, label: MODALITY_LABELS[k] }))}
        emptyOption="Choose…"
        value={modality}
        onChange={(e) => setModality(e.target.value as TreatmentModality)}
        required
      />
      <Select
        label="Setting (optional)"
        options={keysOf(SETTING_LABELS).map((k) => ({ value: k, label: SETTING_LABELS[k] }))}
        emptyOption="—"
        value={setting}
        onChange={(e) => setSetting(e.target.value as TreatmentSetting)}
      />
      <TextArea
        label="Notes (optional)"
        value={notes}
        countLimit={1000}
        onChange={(e) => setNotes(e.target.value)}
      />
      <Button type="submit" disabled={loading || !modality}>
        {loading ? 'Saving…' : 'Save session'}
      </Button>
    </form>
  );
}

type Resources = Parameters<typeof CrisisResourceList>[0]['resources'];

function MoodForm({ onSaved, onSevere }: { onSaved: () => void; onSevere: (r: Resources) => void }) {
  const [date, setDate] = useState(today());
  const [scale, setScale] = useState<MoodScale>('PHQ9');
  const [answers, setAnswers] = useState<Phq9Answers>(emptyPhq9());
  const [quick, setQuick] = useState('');
  const [log, { loading, error }] = useMutation(LogMoodDocument);
  const ready = scale === 'PHQ9' ? isComplete(answers) : quick !== '';
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready) return;
    const input =
      scale === 'PHQ9'
        ? { date: noon(date), scale, score: phq9Total(answers), phq9Answers: answers as number[] }
        : { date: noon(date), scale, score: Number(quick) };
    const res = await log({ variables: { input } });
    if (res.data?.logMood.safety.crisisDetected) onSevere(res.data.logMood.safety.resources);
    setAnswers(emptyPhq9());
    setQuick('');
    onSaved();
  }
  return (
    <form
      className="card t-panel"
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      aria-labelledby="mood-form"
    >
      <h2 id="mood-form">Log how you feel</h2>
      {error ? (
        <Alert tone="error" title="The entry was not saved">
          {errorMessage(error)}
        </Alert>
      ) : null}
      <TextField
        label="Date"
        type="date"
        value={date}
        max={today()}
        onChange={(e) => setDate(e.target.value)}
        required
      />
      <Select
        label="Scale"
        options={[
          { value: 'PHQ9', label: 'PHQ-9 questionnaire' },
          { value: 'ZERO_TO_TEN', label: 'Quick score, 0 (worst) to 10 (best)' },
        ]}
        value={scale}
        onChange={(e) => setScale(e.target.value as MoodScale)}
      />
      {scale === 'PHQ9' ? (
        <fieldset className="t-fieldset">
          <legend>Over the last 2 weeks, how often have you been bothered by…</legend>
          {PHQ9_ITEMS.map((item, i) => (
            <Select
              key={item}
              label={`${i + 1}. ${item}`}
              options={PHQ9_ANSWERS.map((a) => ({ value: String(a.value), label: a.label }))}
              emptyOption="Choose…"
              value={answers[i] === null ? '' : String(answers[i])}
              onChange={(e) =>
                setAnswers((current) =>
                  current.map((a, j) =>
                    j === i ? (e.target.value === '' ? null : Number(e.target.value)) : a,
                  ),
                )
              }
            />
          ))}
          <p aria-live="polite">PHQ-9 total so far: {phq9Total(answers)}</p>
        </fieldset>
      ) : (
        <TextField
          label="Quick score (0–10)"
          type="number"
          min={0}
          max={10}
          value={quick}
          onChange={(e) => setQuick(e.target.value)}
          required
        />
      )}
      <Button type="submit" disabled={loading || !ready}>
        {loading ? 'Saving…' : 'Save entry'}
      </Button>
    </form>
  );
}

export function TrackerPage() {
  const { viewer } = useSession();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyTrackerDocument, { fetchPolicy: 'cache-and-network' });
  const [resources, setResources] = useState<Resources | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [setConsent] = useMutation(SetTrackerCheckInConsentDocument);
  const [deleteSession] = useMutation(DeleteTrackerSessionDocument);
  const [deleteMood] = useMutation(DeleteMoodEntryDocument);
  const reload = () => void refetch();

  const intro = (
    <p className="lead">
      Your private log of sessions and mood. Nobody else can see it — not other members, not moderators — and
      it never counts in Haven’s statistics.
    </p>
  );
  if (!data) {
    return (
      <Page title="My relief tracker" intro={intro}>
        {error ? (
          <ErrorState title="We could not load your log" message={errorMessage(error)} onRetry={reload} />
        ) : loading ? (
          <Loading label="Loading your log…" />
        ) : null}
      </Page>
    );
  }
  const tracker = data.myTracker;

  function startTestimonial() {
    saveDraft(viewer?.user.id ?? 'visitor', draftFromTracker(tracker));
    void navigate('/testimonials/new', { state: { notice: 'We pre-filled the form from your log.' } });
  }

  return (
    <Page title="My relief tracker" intro={intro}>
      {resources ? (
        <Alert tone="warning" title="You matter, and help is here now">
          <p>
            This entry is in the range of severe depression. If you are in danger or thinking about ending
            your life, please reach out now:
          </p>
          <CrisisResourceList resources={resources} />
        </Alert>
      ) : null}
      <div className="t-outcomes">
        <SessionForm onSaved={reload} />
        <MoodForm onSaved={reload} onSevere={setResources} />
      </div>
      <MoodChart tracker={tracker} />
      <section className="card t-panel section" aria-labelledby="entries-title">
        <h2 id="entries-title">Entries</h2>
        <ul className="t-entries">
          {tracker.sessions.map((s) => (
            <li key={s.id}>
              {formatDay(s.date)} · session · {MODALITY_LABELS[s.modality]}{' '}
              <Button
                variant="quiet"
                onClick={() => void deleteSession({ variables: { id: s.id } }).then(reload)}
              >
                Delete
                <span className="visually-hidden"> session of {formatDay(s.date)}</span>
              </Button>
            </li>
          ))}
          {tracker.moods.map((m) => (
            <li key={m.id}>
              {formatDay(m.date)} · {m.scale === 'PHQ9' ? `PHQ-9 ${m.score}` : `${m.score} of 10`}{' '}
              <Button
                variant="quiet"
                onClick={() => void deleteMood({ variables: { id: m.id } }).then(reload)}
              >
                Delete
                <span className="visually-hidden"> entry of {formatDay(m.date)}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card t-panel section" aria-labelledby="summary-title">
        <h2 id="summary-title">For your clinician</h2>
        <p>A one-page summary of your log, or every entry as a spreadsheet file.</p>
        {downloadError ? <Alert tone="error">{downloadError}</Alert> : null}
        <Button onClick={() => void download('pdf').catch((e: Error) => setDownloadError(e.message))}>
          Download summary (PDF)
        </Button>{' '}
        <Button
          variant="secondary"
          onClick={() => void download('csv').catch((e: Error) => setDownloadError(e.message))}
        >
          Download log (CSV)
        </Button>
      </section>
      <section className="card t-panel section" aria-labelledby="share-title">
        <h2 id="share-title">Share your experience</h2>
        <p>Start a testimonial with the kind of treatment, sessions, dates and PHQ-9 scores from your log.</p>
        <Button onClick={startTestimonial}>Start a testimonial from my log</Button>
      </section>
      <section className="card t-panel section" aria-labelledby="consent-title">
        <h2 id="consent-title">When things are hard</h2>
        <Checkbox
          label="Ask a moderator to check in with me when an entry is in the severe range"
          hint="Moderators get a short request to reach out — never your scores or notes. Off unless you turn it on."
          checked={tracker.checkInConsent}
          onChange={(e) => void setConsent({ variables: { enabled: e.target.checked } }).then(reload)}
        />
      </section>
    </Page>
  );
}
