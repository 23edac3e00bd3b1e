import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TreatmentModality } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { ErrorState, Loading, Select } from '../../ui';
import { MODALITY_LABELS, keysOf } from './labels';
import { DurabilityStatsDocument } from './follow-ups.documents';

const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;

/** How long relief lasts: per follow-up point, and the Kaplan–Meier curve of time to relapse. */
export function DurabilitySection() {
  const [modality, setModality] = useState<TreatmentModality | ''>('');
  const [maintenance, setMaintenance] = useState<'' | 'yes' | 'no'>('');
  const { data, error, loading, refetch } = useQuery(DurabilityStatsDocument, {
    variables: { modality: modality || null, maintenance: maintenance === '' ? null : maintenance === 'yes' },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.durabilityStats;
  const curve = (stats?.curve ?? []).map((s) => ({
    ...s,
    band: [s.lower * 100, s.upper * 100],
    pct: s.survival * 100,
  }));

  return (
    <section aria-labelledby="durability-title" className="card t-panel section">
      <h2 id="durability-title">How long relief lasts</h2>
      <p>
        From the follow-up check-ins members answer 1, 3, 6 and 12 months after their first session.{' '}
        <strong>
          Please read these with care: the members who report chose to, there is no control group, and some
          members stop answering (lost to follow-up, shown beside each figure).
        </strong>{' '}
        <Link to="/learn/how-long-relief-lasts">What trials say about how long relief lasts</Link>.
      </p>
      <div className="t-split">
        <Select
          label="Treatment"
          options={keysOf(MODALITY_LABELS).map((k) => ({ value: k, label: MODALITY_LABELS[k] }))}
          emptyOption="All treatments"
          value={modality}
          onChange={(e) => setModality(e.target.value as TreatmentModality)}
        />
        <Select
          label="Maintenance sessions"
          options={[
            { value: 'yes', label: 'Took maintenance sessions' },
            { value: 'no', label: 'No maintenance sessions' },
          ]}
          emptyOption="Everyone"
          value={maintenance}
          onChange={(e) => setMaintenance(e.target.value as '' | 'yes' | 'no')}
        />
      </div>
      {!stats ? (
        error ? (
          <ErrorState
            title="We could not load these figures"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading ? (
          <Loading label="Adding up the check-ins…" />
        ) : null
      ) : (
        <>
          <table className="t-table">
            <caption>
              Still in response (PHQ-9 at least 50% below baseline) and in remission (PHQ-9 below 5)
            </caption>
            <thead>
              <tr>
                <th scope="col">Months after the first session</th>
                <th scope="col" className="t-num">
                  Answered (n)
                </th>
                <th scope="col" className="t-num">
                  Still in response
                </th>
                <th scope="col" className="t-num">
                  In remission
                </th>
                <th scope="col" className="t-num">
                  Lost to follow-up
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.points.map((p) => (
                <tr key={p.monthsAfter}>
                  <th scope="row" data-label="Months after the first session">
                    {p.monthsAfter}
                  </th>
                  <td className="t-num" data-label="Answered (n)">
                    {p.respondents}
                  </td>
                  <td className="t-num" data-label="Still in response">
                    {pct(p.responseRate)} ({p.responders})
                  </td>
                  <td className="t-num" data-label="In remission">
                    {pct(p.remissionRate)} ({p.remitters})
                  </td>
                  <td className="t-num" data-label="Lost to follow-up">
                    {p.lostToFollowUp}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Time to relapse</h3>
          {stats.members < stats.minimumMembers ? (
            <p role="note" className="t-tag t-tag--warning">
              Fewer than {stats.minimumMembers} members in this group ({stats.members}): too few to draw a
              curve.
            </p>
          ) : (
            <figure className="t-figure" aria-labelledby="km-caption">
              <div className="t-chart" aria-hidden="true">
                <ResponsiveContainer width="100%" height="100%">
                  <ComposedChart
                    data={curve}
                    margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
                    accessibilityLayer={false}
                  >
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis
                      dataKey="months"
                      type="number"
                      unit=" mo"
                      tick={{ fill: 'currentColor', fontSize: 12 }}
                    />
                    <YAxis domain={[0, 100]} unit="%" tick={{ fill: 'currentColor', fontSize: 12 }} />
                    <Tooltip />
                    <Area
                      dataKey="band"
                      type="stepAfter"
                      stroke="none"
                      fill="#2a8c80"
                      fillOpacity={0.2}
                      name="95% band"
                    />
                    <Line
                      dataKey="pct"
                      type="stepAfter"
                      stroke="#2a8c80"
                      strokeWidth={2}
                      dot={false}
                      name="Still in response"
                    />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
              <figcaption id="km-caption">
                <p>
                  The share of {stats.members} members still in response over time (Kaplan–Meier estimate),
                  with a 95% confidence band (Greenwood). Members who stop answering are counted until their
                  last check-in.
                </p>
                <table className="t-table">
                  <caption>Time to relapse, with the number at risk</caption>
                  <thead>
                    <tr>
                      <th scope="col">Months</th>
                      <th scope="col" className="t-num">
                        Still in response
                      </th>
                      <th scope="col" className="t-num">
                        95% band
                      </th>
                      <th scope="col" className="t-num">
                        At risk
                      </th>
                      <th scope="col" className="t-num">
                        Relapses
                      </th>
                      <th scope="col" className="t-num">
                        Censored
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.curve.map((s) => (
                      <tr key={s.months}>
                        <th scope="row" data-label="Months">
                          {s.months}
                        </th>
                        <td className="t-num" data-label="Still in response">
                          {pct(s.survival)}
                        </td>
                        <td className="t-num" data-label="95% band">
                          {pct(s.lower)}–{pct(s.upper)}
                        </td>
                        <td className="t-num" data-label="At risk">
                          {s.atRisk}
                        </td>
                        <td className="t-num" data-label="Relapses">
                          {s.events}
                        </td>
                        <td className="t-num" data-label="Censored">
                          {s.censored}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
