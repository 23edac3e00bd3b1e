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

/** The width kept for the category names, left of the bars. */
const CATEGORY_WIDTH = 120;
const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
/** Characters of a 12 px label that fit on one line of the category column. */
const LINE_CHARS = 17;
const BAR_SIZE = 14;

/** A category name broken into lines at spaces, each at most `width` characters (a longer word stays whole). */
export function wrapLabel(text: string, width = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** The height of one category's row: room for its bars and for its name's lines, whichever is more. */
export function rowHeight(seriesCount: number, labelLines: number): number {
  return Math.max(seriesCount * (BAR_SIZE + 4) + 16, labelLines * LINE_HEIGHT + 12);
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
}

/** A category name on the left of its bars, wrapped onto lines, vertically centred on the row. */
function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''));
  const top = y - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={top} textAnchor="end" dominantBaseline="central" fill="currentColor" fontSize={FONT_SIZE}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One chart of the outcomes page, in a figure: a heading, horizontal bars (hidden from screen readers,
 * which read the text alternative instead), how many reports it rests on, and a caveat when they are few.
 * Category names sit in their own column, wrapped, and each value right of its bar, so no label can
 * cover another or a bar at any width; a reference band is named under the chart, not on it.
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
  const lines = Math.max(1, ...rows.map((row) => wrapLabel(String(row[category] ?? '')).length));
  const height = rows.length * rowHeight(series.length, lines) + 40 + (series.length > 1 ? 48 : 0);
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
        <div className="t-chart" aria-hidden="true" style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={rows}
              layout="vertical"
              accessibilityLayer={false}
              barSize={BAR_SIZE}
              barGap={4}
              margin={{ top: 8, right: 44, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                allowDecimals={false}
                tick={{ fill: 'currentColor', fontSize: FONT_SIZE }}
                domain={percent ? [0, 100] : [0, 'auto']}
                ticks={percent ? [0, 25, 50, 75, 100] : undefined}
                unit={percent ? '%' : undefined}
              />
              <YAxis
                type="category"
                dataKey={category}
                width={CATEGORY_WIDTH}
                interval={0}
                tickLine={false}
                tick={<CategoryTick />}
              />
              {reference ? (
                <ReferenceArea x1={reference.from} x2={reference.to} fill="#7f8c8d" fillOpacity={0.22} />
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
                    position="right"
                    fill="currentColor"
                    fontSize={FONT_SIZE}
                    formatter={(value: unknown) => asLabel(value, percent)}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        {reference ? (
          <p className="t-chart__key">
            <span className="t-chart__band" aria-hidden="true" /> Shaded band: {reference.label}
          </p>
        ) : null}
        <figcaption>{children}</figcaption>
      </figure>
    </section>
  );
}
