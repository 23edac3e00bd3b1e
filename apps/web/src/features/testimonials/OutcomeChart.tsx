import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Colours for bars: at least 3:1 against both the light and the dark page background. */
export const SERIES_COLOURS = ['#2a8c80', '#c0650a'] as const;

export const FEW_REPORTS = 10;

export interface Series {
  key: string;
  name: string;
}

interface ChartProps {
  id: string;
  title: string;
  /** How many testimonials the chart is based on. */
  basedOn: number;
  rows: Record<string, string | number | null>[];
  /** The row field holding the category label. */
  category: string;
  series: Series[];
  /** Values are percentages (0–100) rather than counts. */
  percent?: boolean;
  /** A shaded band of reference values, e.g. published response rates. */
  reference?: { from: number; to: number; label: string };
  /** The text alternative: a table or a paragraph with every number the chart shows. */
  children: ReactNode;
}

const asLabel = (value: unknown, percent: boolean) =>
  typeof value === 'number' ? (percent ? `${Math.round(value)}%` : String(value)) : '';

/**
 * One chart of the outcomes page, in a figure: a heading, the bars (hidden from screen readers, which read
 * the text alternative instead), how many reports it rests on, and a caveat when they are few.
 */
export function OutcomeChart({
  id,
  title,
  basedOn,
  rows,
  category,
  series,
  percent = false,
  reference,
  children,
}: ChartProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="card t-panel">
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="t-muted">
        Based on {basedOn} {basedOn === 1 ? 'testimonial' : 'testimonials'}.
      </p>
      {basedOn < FEW_REPORTS ? (
        <p className="t-tag t-tag--warning" role="note">
          Based on few reports: with fewer than {FEW_REPORTS} testimonials, these figures can change a lot
          with each new one.
        </p>
      ) : null}
      <figure className="t-figure" aria-labelledby={`${id}-title`}>
        <div className="t-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={rows}
              accessibilityLayer={false}
              margin={{ top: 24, right: 12, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey={category} tick={{ fill: 'currentColor', fontSize: 12 }} interval={0} />
              <YAxis
                allowDecimals={false}
                tick={{ fill: 'currentColor', fontSize: 12 }}
                domain={percent ? [0, 100] : [0, 'auto']}
                unit={percent ? '%' : undefined}
              />
              {reference ? (
                <ReferenceArea
                  y1={reference.from}
                  y2={reference.to}
                  fill="#7f8c8d"
                  fillOpacity={0.18}
                  label={{
                    value: reference.label,
                    position: 'insideTopRight',
                    fill: 'currentColor',
                    fontSize: 12,
                  }}
                />
              ) : null}
              <Tooltip formatter={(value) => asLabel(value, percent)} />
              {series.length > 1 ? <Legend /> : null}
              {series.map((s, index) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                >
                  <LabelList
                    dataKey={s.key}
                    position="top"
                    fill="currentColor"
                    fontSize={12}
                    formatter={(value: unknown) => asLabel(value, percent)}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <figcaption>{children}</figcaption>
      </figure>
    </section>
  );
}
