import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { OutcomeRatesFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { EmptyState, ErrorState, Loading, Page } from '../../ui';
import { DURATION_LABELS, MODALITY_LABELS, ONSET_LABELS, SIDE_EFFECT_LABELS, isKeyOf } from './labels';
import { OutcomeChart } from './OutcomeChart';
import { DurabilitySection } from './DurabilitySection';
import { TestimonialOutcomesDocument } from './testimonials.documents';
import './testimonials.css';

const CLINICAL_RESPONSE = { from: 60, to: 70 };

const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? null : share * 100;
const pctText = (share: number | null | undefined) => {
  const value = pct(share);
  return value === null ? 'not enough scores' : `${Math.round(value)}%`;
};

function labelOf(labels: Record<string, string>, key: string): string {
  return isKeyOf(labels, key) ? labels[key] : key;
}

function CountTable({
  caption,
  rows,
  labels,
  total,
}: {
  caption: string;
  rows: { key: string; count: number }[];
  labels: Record<string, string>;
  total: number;
}) {
  return (
    <table className="t-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col" className="t-num">
            Testimonials
          </th>
          <th scope="col" className="t-num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{labelOf(labels, row.key)}</th>
            <td className="t-num" data-label="Testimonials">
              {row.count}
            </td>
            <td className="t-num" data-label="Share">
              {total > 0 ? `${Math.round((row.count / total) * 100)}%` : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OutcomesPage() {
  const { data, loading, error, refetch } = useQuery(TestimonialOutcomesDocument, {
    fetchPolicy: 'cache-and-network',
  });

  const intro = (
    <>
      <p className="lead">What members report in their published testimonials, added up.</p>
      <p>
        <strong>
          These figures are community-reported, not medical advice and not clinical evidence. People who share
          a story are not a representative sample.
        </strong>{' '}
        For reference, published studies of ketamine for treatment-resistant depression report a response —
        depression scores falling by at least half — in roughly {CLINICAL_RESPONSE.from}–
        {CLINICAL_RESPONSE.to}% of people. Talk with your treatment team about what to expect for you.
      </p>
    </>
  );

  if (!data) {
    return (
      <Page title="Community outcomes" intro={intro}>
        {error ? (
          <ErrorState
            title="We could not load the outcomes"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading ? (
          <Loading label="Adding up the testimonials…" />
        ) : null}
      </Page>
    );
  }

  const all = data.all;
  if (all.total === 0) {
    return (
      <Page title="Community outcomes" intro={intro}>
        <EmptyState
          title="No published testimonials yet"
          action={<Link to="/testimonials/new">Share your story</Link>}
        >
          <p>Once members’ testimonials are published, what they report will be added up here.</p>
        </EmptyState>
      </Page>
    );
  }

  const byModality: [string, OutcomeRatesFragment][] = [
    ['IV_INFUSION', data.iv],
    ['IM_INJECTION', data.im],
    ['ESKETAMINE_NASAL_SPRAY', data.esketamine],
    ['ORAL_OR_SUBLINGUAL', data.oral],
    ['OTHER', data.other],
  ];
  const rateRows = [
    ['All treatments', all] as [string, OutcomeRatesFragment],
    ...byModality.map(([key, s]) => [labelOf(MODALITY_LABELS, key), s] as [string, OutcomeRatesFragment]),
  ]
    .filter(([, s]) => s.withScores > 0)
    .map(([name, s]) => ({
      name,
      response: pct(s.responseRate),
      remission: pct(s.remissionRate),
      withScores: s.withScores,
      s,
    }));

  return (
    <Page title="Community outcomes" intro={intro}>
      <p>
        <strong>{all.total}</strong> published {all.total === 1 ? 'testimonial' : 'testimonials'}
        {all.averageRating !== null && all.averageRating !== undefined
          ? `, rated ${all.averageRating.toFixed(1)} out of 5 on average (5 is “much better”).`
          : '.'}{' '}
        {all.withScores} shared PHQ-9 scores from before and after treatment.
      </p>
      <div className="t-outcomes">
        <OutcomeChart
          id="rates"
          title="Response and remission, by treatment"
          basedOn={all.withScores}
          rows={rateRows.map((r) => ({ name: r.name, response: r.response, remission: r.remission }))}
          category="name"
          series={[
            { key: 'response', name: 'Response (PHQ-9 down by half or more)' },
            { key: 'remission', name: 'Remission (PHQ-9 below 5)' },
          ]}
          percent
          reference={{ ...CLINICAL_RESPONSE, label: 'Response in published studies: 60–70%' }}
        >
          <table className="t-table">
            <caption>Response and remission among testimonials with both PHQ-9 scores</caption>
            <thead>
              <tr>
                <th scope="col">Treatment</th>
                <th scope="col" className="t-num">
                  With scores
                </th>
                <th scope="col" className="t-num">
                  Response
                </th>
                <th scope="col" className="t-num">
                  Remission
                </th>
              </tr>
            </thead>
            <tbody>
              {rateRows.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td className="t-num" data-label="With scores">
                    {r.withScores}
                  </td>
                  <td className="t-num" data-label="Response">
                    {pctText(r.s.responseRate)} ({r.s.responders})
                  </td>
                  <td className="t-num" data-label="Remission">
                    {pctText(r.s.remissionRate)} ({r.s.remitters})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rateRows.length === 0 ? <p>No testimonial has shared both PHQ-9 scores yet.</p> : null}
          <p>
            For comparison, published studies report a response in about 60–70% of people with
            treatment-resistant depression.
          </p>
        </OutcomeChart>

        <OutcomeChart
          id="onset"
          title="How soon relief came"
          basedOn={all.total}
          rows={all.byReliefOnset.map((r) => ({ name: labelOf(ONSET_LABELS, r.key), count: r.count }))}
          category="name"
          series={[{ key: 'count', name: 'Testimonials' }]}
        >
          <CountTable
            caption="How soon relief came"
            rows={all.byReliefOnset}
            labels={ONSET_LABELS}
            total={all.total}
          />
        </OutcomeChart>

        <OutcomeChart
          id="duration"
          title="How long relief lasted"
          basedOn={all.total}
          rows={all.byReliefDuration.map((r) => ({ name: labelOf(DURATION_LABELS, r.key), count: r.count }))}
          category="name"
          series={[{ key: 'count', name: 'Testimonials' }]}
        >
          <CountTable
            caption="How long relief lasted"
            rows={all.byReliefDuration}
            labels={DURATION_LABELS}
            total={all.total}
          />
        </OutcomeChart>

        <OutcomeChart
          id="side-effects"
          title="Side effects reported"
          basedOn={all.total}
          rows={all.sideEffects.map((r) => ({
            name: labelOf(SIDE_EFFECT_LABELS, r.key),
            share: all.total > 0 ? (r.count / all.total) * 100 : 0,
          }))}
          category="name"
          series={[{ key: 'share', name: 'Share of testimonials' }]}
          percent
        >
          <CountTable
            caption="Side effects: how many testimonials report each (one testimonial can report several)"
            rows={all.sideEffects}
            labels={SIDE_EFFECT_LABELS}
            total={all.total}
          />
        </OutcomeChart>

        <section aria-labelledby="modality-title" className="card t-panel">
          <h2 id="modality-title">Testimonials by treatment</h2>
          <CountTable
            caption="Published testimonials by treatment"
            rows={all.byModality}
            labels={MODALITY_LABELS}
            total={all.total}
          />
        </section>
      </div>
      <DurabilitySection />
      <p className="section">
        <Link to="/testimonials">Read the testimonials behind these numbers</Link> ·{' '}
        <Link to="/learn">Learn what the research says</Link>
      </p>
    </Page>
  );
}
