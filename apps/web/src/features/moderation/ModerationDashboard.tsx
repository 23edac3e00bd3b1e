import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Alert, Checkbox } from '../../ui';
import { ModerationDashboardDocument, SetOnCallDocument } from './dashboard.documents';

const minutes = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value} min`;

/**
 * The top of the moderation page: the viewer's on-call switch, how fast URGENT cases were claimed
 * (median and 90th percentile over 7 and 30 days) and how long the open cases have waited.
 */
export function ModerationDashboard({ refreshKey }: { refreshKey: number }) {
  const { data, error, refetch } = useQuery(ModerationDashboardDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [setOnCall, saving] = useMutation(SetOnCallDocument);
  // The switch follows the click at once; the server's answer (or its refusal) settles it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const onCall = chosen ?? data?.viewer?.onCall ?? false;
  const toggle = (value: boolean) => {
    setChosen(value);
    setOnCall({ variables: { onCall: value } })
      .then((result) => setChosen(result.data?.setOnCall ?? null))
      .catch(() => setChosen(null));
  };
  // The figures follow the live queue: each change of a case asks for them again.
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);

  return (
    <section className="moderation-dashboard" aria-label="Dashboard">
      <Checkbox
        label="I am on call"
        hint="Urgent cases left unclaimed page the moderators on call, or everyone when nobody is."
        checked={onCall}
        disabled={!data}
        onChange={(e) => toggle(e.target.checked)}
      />
      {saving.error ? <Alert tone="error">{errorMessage(saving.error)}</Alert> : null}
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      {data ? (
        <div className="moderation-dashboard__figures">
          <table aria-label="Time to claim urgent cases">
            <caption>Time to claim urgent cases</caption>
            <thead>
              <tr>
                <th scope="col">Window</th>
                <th scope="col">Median</th>
                <th scope="col">90th percentile</th>
                <th scope="col">Cases</th>
              </tr>
            </thead>
            <tbody>
              {[
                { label: 'Last 7 days', stats: data.week },
                { label: 'Last 30 days', stats: data.month },
              ].map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td data-label="Median">{minutes(row.stats.claimMinutesP50)}</td>
                  <td data-label="90th percentile">{minutes(row.stats.claimMinutesP90)}</td>
                  <td data-label="Cases">{row.stats.cases}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table aria-label="Open cases by age">
            <caption>Open cases by age</caption>
            <thead>
              <tr>
                <th scope="col">Waiting</th>
                <th scope="col">Cases</th>
                <th scope="col">Urgent</th>
              </tr>
            </thead>
            <tbody>
              {data.openCasesByAge.map((band) => (
                <tr key={band.fromMinutes}>
                  <th scope="row">{band.label}</th>
                  <td data-label="Cases">{band.count}</td>
                  <td data-label="Urgent">{band.urgentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
