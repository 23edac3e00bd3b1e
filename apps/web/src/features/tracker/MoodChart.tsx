import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MyTrackerQuery } from '../../gql/graphql';
import { MODALITY_LABELS } from '../testimonials/labels';
import { formatDay } from '../../lib';

type Tracker = MyTrackerQuery['myTracker'];

/** Mood over time (PHQ-9, lower is better) with each session marked; a table says the same in words. */
export function MoodChart({ tracker }: { tracker: Tracker }) {
  const phq9 = tracker.moods
    .filter((m) => m.scale === 'PHQ9')
    .map((m) => ({ t: new Date(m.date).getTime(), phq9: m.score }));
  const quick = tracker.moods
    .filter((m) => m.scale === 'ZERO_TO_TEN')
    .map((m) => ({ t: new Date(m.date).getTime(), quick: m.score }));
  const times = [...phq9, ...quick]
    .map((p) => p.t)
    .concat(tracker.sessions.map((s) => new Date(s.date).getTime()));
  const domain: [number, number] = times.length > 0 ? [Math.min(...times), Math.max(...times)] : [0, 1];
  return (
    <figure className="card t-panel" aria-labelledby="mood-chart-title">
      <h2 id="mood-chart-title">Mood over time</h2>
      <div className="t-chart" aria-hidden="true" data-testid="mood-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={domain}
              tickFormatter={(t: number) => formatDay(t)}
              tick={{ fill: 'currentColor', fontSize: 12 }}
            />
            <YAxis domain={[0, 27]} tick={{ fill: 'currentColor', fontSize: 12 }} />
            <Tooltip labelFormatter={(t) => formatDay(Number(t))} />
            {tracker.sessions.map((s) => (
              <ReferenceLine
                key={s.id}
                x={new Date(s.date).getTime()}
                stroke="#c0650a"
                strokeDasharray="4 2"
              />
            ))}
            <Line data={phq9} dataKey="phq9" name="PHQ-9" stroke="#2a8c80" strokeWidth={2} dot />
            <Line
              data={quick}
              dataKey="quick"
              name="Quick score (0–10)"
              stroke="#5b5bd6"
              strokeWidth={2}
              dot
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <p className="t-muted">
          PHQ-9 (0–27, lower is better) in green, quick scores (0–10, higher is better) in blue; dashed orange
          lines mark sessions.
        </p>
        <table className="t-table">
          <caption>Your log, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Entry</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...tracker.sessions.map((s) => ({
                at: s.date,
                key: s.id,
                text: `Session: ${MODALITY_LABELS[s.modality]}${s.notes ? ` — ${s.notes}` : ''}`,
              })),
              ...tracker.moods.map((m) => ({
                at: m.date,
                key: m.id,
                text: m.scale === 'PHQ9' ? `PHQ-9 ${m.score}` : `Quick score ${m.score} of 10`,
              })),
            ]
              .sort((a, b) => a.at.localeCompare(b.at))
              .map((row) => (
                <tr key={row.key}>
                  <td data-label="Date">{formatDay(row.at)}</td>
                  <td data-label="Entry">{row.text}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
