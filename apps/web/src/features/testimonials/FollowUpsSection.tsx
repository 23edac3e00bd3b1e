import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CheckInFieldsFragment } from '../../gql/graphql';
import { errorMessage, formatDay } from '../../lib';
import { Alert, Button, TextField } from '../../ui';
import { MODALITY_LABELS, SIDE_EFFECT_LABELS, STATUS_LABELS } from './labels';
import {
  SetTestimonialFollowUpsDocument,
  TestimonialFollowUpsDocument,
  WithdrawCheckInDocument,
} from './follow-ups.documents';

const RELIEVED: Record<string, string> = {
  YES: 'Still feeling the relief',
  PARTLY: 'Partly',
  NO: 'No longer',
};

function CheckInItem({
  c,
  own,
  onWithdrawn,
}: {
  c: CheckInFieldsFragment;
  own: boolean;
  onWithdrawn: () => void;
}) {
  const [withdraw, { loading }] = useMutation(WithdrawCheckInDocument);
  return (
    <li id={`check-in-${c.id}`} className="t-timeline__item">
      <h3>
        {c.monthsAfter} {c.monthsAfter === 1 ? 'month' : 'months'} after the first session
      </h3>
      {c.status !== 'PUBLISHED' ? (
        <span className={`t-status t-status--${c.status}`}>{STATUS_LABELS[c.status]}</span>
      ) : null}
      <ul className="t-facts-inline">
        <li>{c.phq9 !== null && c.phq9 !== undefined ? `PHQ-9 ${c.phq9}` : `PHQ-2 ${c.phq2}`}</li>
        <li>{RELIEVED[c.stillRelieved]}</li>
        <li>
          {c.maintenanceSessions === 0
            ? 'No maintenance sessions'
            : `${c.maintenanceSessions} maintenance ${c.maintenanceSessions === 1 ? 'session' : 'sessions'}${
                c.maintenanceModality ? ` (${MODALITY_LABELS[c.maintenanceModality]})` : ''
              }`}
        </li>
        {c.sideEffects.length > 0 ? (
          <li>Side effects: {c.sideEffects.map((s) => SIDE_EFFECT_LABELS[s]).join(', ')}</li>
        ) : null}
      </ul>
      {/* noteHtml is rendered and sanitised on the server. */}
      {c.noteHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: c.noteHtml }} /> : null}
      {own ? (
        <Button
          variant="quiet"
          disabled={loading}
          onClick={() => void withdraw({ variables: { id: c.id } }).then(onWithdrawn)}
        >
          Withdraw this check-in
        </Button>
      ) : null}
    </li>
  );
}

/** The timeline (baseline, then each check-in) and, for the author, the follow-up controls. */
export function FollowUpsSection({ id }: { id: string }) {
  const { data, refetch } = useQuery(TestimonialFollowUpsDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [setFollowUps, { loading, error }] = useMutation(SetTestimonialFollowUpsDocument);
  const [date, setDate] = useState('');
  const [now] = useState(() => Date.now());
  const t = data?.testimonial;
  if (!t) return null;
  const own = t.viewerIsAuthor;
  if (!own && t.checkIns.length === 0) return null;
  const due = t.nextCheckInDue ? new Date(t.nextCheckInDue) : null;
  const dueNow = due !== null && due.getTime() <= now;
  const reload = () => void refetch();

  return (
    <section aria-labelledby="timeline-heading" className="card t-panel section">
      <h2 id="timeline-heading">How it went afterwards</h2>
      <ol className="t-timeline">
        <li className="t-timeline__item">
          <h3>When the testimonial was written</h3>
          <p>
            {t.phq9Before !== null && t.phq9Before !== undefined
              ? `PHQ-9 ${t.phq9Before} before the first session, ${t.phq9After} at the time of writing.`
              : 'No PHQ-9 scores were given.'}
          </p>
        </li>
        {t.checkIns.map((c) => (
          <CheckInItem key={c.id} c={c} own={own} onWithdrawn={reload} />
        ))}
      </ol>
      {own ? (
        <div className="t-follow-ups">
          {error ? (
            <Alert tone="error" title="Follow-ups were not changed">
              {errorMessage(error)}
            </Alert>
          ) : null}
          {t.followUpsEnabled ? (
            <>
              {dueNow ? (
                <Alert tone="info" title="Check-in due">
                  <p>
                    It is time for your follow-up.{' '}
                    <Link to={`/testimonials/${id}/check-in`}>Answer the check-in</Link>
                  </p>
                </Alert>
              ) : due ? (
                <p>Your next check-in is due on {formatDay(due)}.</p>
              ) : (
                <p>No more check-ins are due.</p>
              )}
              <Button
                variant="secondary"
                disabled={loading}
                onClick={() => void setFollowUps({ variables: { id, enabled: false } }).then(reload)}
              >
                Stop follow-ups
              </Button>
            </>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void setFollowUps({
                  variables: { id, enabled: true, firstSessionDate: date ? `${date}T00:00:00.000Z` : null },
                })
                  .then(reload)
                  .catch(() => undefined);
              }}
            >
              <p>Answer short check-ins at 1, 3, 6 and 12 months after your first session, shown here.</p>
              {!t.firstSessionDate ? (
                <TextField
                  label="Date of your first session"
                  type="date"
                  value={date}
                  max={new Date().toISOString().slice(0, 10)}
                  onChange={(e) => setDate(e.target.value)}
                  required
                />
              ) : (
                <p>First session: {formatDay(t.firstSessionDate)}.</p>
              )}
              <Button type="submit" disabled={loading}>
                Turn on follow-ups
              </Button>
            </form>
          )}
        </div>
      ) : null}
    </section>
  );
}
