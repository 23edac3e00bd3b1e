import { Injectable } from '@nestjs/common';
import { MoodScale, TreatmentModality } from '@haven/shared/contracts';
import type { MoodEntryEntity } from './mood-entry.entity';
import type { TrackerSessionEntity } from './tracker-session.entity';
import { TrackerService } from './tracker.service';

const MODALITY_NAMES: Record<TreatmentModality, string> = {
  IV_INFUSION: 'IV infusion',
  IM_INJECTION: 'IM injection',
  ESKETAMINE_NASAL_SPRAY: 'Esketamine nasal spray',
  ORAL_OR_SUBLINGUAL: 'Oral or lozenge',
  OTHER: 'Other',
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One CSV field, quoted when needed; a leading =, +, - or @ is neutralised against spreadsheet formulas. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Summary {
  sessions: TrackerSessionEntity[];
  moods: MoodEntryEntity[];
  phq9: MoodEntryEntity[];
}

/** The clinician summary of a member's own log: a one-page PDF (pdfkit) and a CSV of every entry. */
@Injectable()
export class TrackerSummaryService {
  constructor(private readonly tracker: TrackerService) {}

  private async summary(ownerId: string): Promise<Summary> {
    const { sessions, moods } = await this.tracker.rows(ownerId);
    return { sessions, moods, phq9: moods.filter((m) => m.scale === MoodScale.PHQ9) };
  }

  async csv(ownerId: string): Promise<string> {
    const { sessions, moods } = await this.summary(ownerId);
    const rows: (string | number | null)[][] = [
      ['type', 'date', 'modality', 'setting', 'scale', 'score', 'notes'],
    ];
    const entries = [
      ...sessions.map((s) => ({
        at: s.date,
        row: ['session', day(s.date), s.modality, s.setting, null, null, s.notes],
      })),
      ...moods.map((m) => ({ at: m.date, row: ['mood', day(m.date), null, null, m.scale, m.score, null] })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of entries) rows.push(e.row);
    return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  async pdf(ownerId: string, now = new Date()): Promise<Buffer> {
    const { sessions, moods, phq9 } = await this.summary(ownerId);
    // pdfkit and its fonts cost every instance ~20 MB: loaded on the first summary, not at start.
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: 'Relief tracker summary' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

    doc.fontSize(18).text('Relief tracker summary', { continued: false });
    doc
      .fontSize(9)
      .fillColor('#555')
      .text(`Prepared ${day(now)} from a personal log kept on Haven. Self-reported; not a clinical record.`);
    doc.moveDown();
    doc.fillColor('#000').fontSize(12).text('Treatment sessions');
    doc.fontSize(10);
    if (sessions.length === 0) doc.text('No sessions logged.');
    else {
      const byModality = new Map<string, number>();
      for (const s of sessions) byModality.set(s.modality, (byModality.get(s.modality) ?? 0) + 1);
      doc.text(
        `Sessions logged: ${sessions.length}, from ${day(sessions[0].date)} to ${day(sessions[sessions.length - 1].date)}.`,
      );
      doc.text(
        `By kind: ${[...byModality].map(([m, n]) => `${MODALITY_NAMES[m as TreatmentModality] ?? m} ${n}`).join(', ')}.`,
      );
    }
    doc.moveDown();
    doc.fontSize(12).text('Mood');
    doc.fontSize(10);
    if (phq9.length > 0) {
      const first = phq9[0];
      const latest = phq9[phq9.length - 1];
      const lowest = phq9.reduce((a, b) => (b.score < a.score ? b : a));
      doc.text(
        `PHQ-9 first: ${first.score} on ${day(first.date)}. Latest: ${latest.score} on ${day(latest.date)}.`,
      );
      doc.text(`Lowest PHQ-9: ${lowest.score} on ${day(lowest.date)}. PHQ-9 entries: ${phq9.length}.`);
      if (first.score > 0) {
        const change = Math.round(((first.score - latest.score) / first.score) * 100);
        doc.text(`Change from first to latest: ${change}% ${change >= 0 ? 'lower' : 'higher'}.`);
      }
    }
    const quick = moods.filter((m) => m.scale === MoodScale.ZERO_TO_TEN);
    if (quick.length > 0) {
      doc.text(
        `Quick mood scores (0–10, 10 best): ${quick.length}, latest ${quick[quick.length - 1].score} on ${day(quick[quick.length - 1].date)}.`,
      );
    }
    if (moods.length === 0) doc.text('No mood entries logged.');
    doc.moveDown();
    doc.fontSize(12).text('Recent entries');
    doc.fontSize(9);
    const recent = [
      ...sessions.map((s) => ({
        at: s.date,
        text: `${day(s.date)}  session  ${MODALITY_NAMES[s.modality] ?? s.modality}`,
      })),
      ...moods.map((m) => ({
        at: m.date,
        text: `${day(m.date)}  mood  ${m.scale === MoodScale.PHQ9 ? 'PHQ-9' : '0–10'} ${m.score}`,
      })),
    ]
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, 24);
    for (const r of recent) doc.text(r.text);
    doc.end();
    return done;
  }
}
