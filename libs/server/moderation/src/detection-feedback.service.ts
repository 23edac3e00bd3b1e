import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DetectionVerdict, RiskLevel } from '@haven/shared/contracts';
import { BadInputError, NotFoundError, type Actor } from '@haven/server/core';
import { DetectionFeedbackEntity } from './detection-feedback.entity';
import { ModerationCaseEntity } from './moderation-case.entity';
import { requireId } from './moderation.rules';

/** At most this many marks in one export (newest last). */
export const FEEDBACK_EXPORT_MAX = 50_000;

const MARK_SQL = `
INSERT INTO detection_feedback AS f
  (case_id, moderator_id, verdict, detected_level, correct_level, sourcing, text, categories)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::varchar[])
ON CONFLICT (case_id, moderator_id) DO UPDATE SET
  verdict = EXCLUDED.verdict, correct_level = EXCLUDED.correct_level, sourcing = EXCLUDED.sourcing,
  detected_level = EXCLUDED.detected_level, text = EXCLUDED.text, categories = EXCLUDED.categories,
  updated_at = now()`;

/** The level and sourcing label a verdict gives the case's text. */
export function labelOf(
  verdict: DetectionVerdict,
  detected: RiskLevel | null,
  detectedSourcing: boolean,
  correctLevel: RiskLevel | null | undefined,
): { level: RiskLevel; sourcing: boolean } {
  if (verdict !== DetectionVerdict.MISSED && correctLevel != null) {
    throw new BadInputError('`correctLevel` goes only with MISSED.', { field: 'correctLevel' });
  }
  switch (verdict) {
    case DetectionVerdict.CORRECT:
      return { level: detected ?? RiskLevel.NONE, sourcing: detectedSourcing };
    case DetectionVerdict.FALSE_ALARM:
      return { level: RiskLevel.NONE, sourcing: false };
    case DetectionVerdict.MISSED:
      if (correctLevel == null || correctLevel === RiskLevel.NONE) {
        throw new BadInputError(
          'MISSED needs the level the text should have had (CONCERN, HIGH or IMMINENT).',
          {
            field: 'correctLevel',
          },
        );
      }
      return { level: correctLevel, sourcing: detectedSourcing };
  }
}

/** Moderators label detections on cases; admins export the labels as corpus lines. */
@Injectable()
export class DetectionFeedbackService {
  constructor(
    @InjectRepository(ModerationCaseEntity) private readonly cases: Repository<ModerationCaseEntity>,
    @InjectRepository(DetectionFeedbackEntity) private readonly feedback: Repository<DetectionFeedbackEntity>,
  ) {}

  async mark(
    actor: Actor,
    caseId: string,
    verdict: DetectionVerdict,
    correctLevel: RiskLevel | null | undefined,
  ): Promise<ModerationCaseEntity> {
    const id = requireId(caseId, 'case');
    const row = await this.cases.findOne({ where: { id } });
    if (!row) throw new NotFoundError('That case');
    const label = labelOf(verdict, row.riskLevel, row.autoFlags.includes('drug-sourcing'), correctLevel);
    await this.feedback.query(MARK_SQL, [
      row.id,
      actor.id,
      verdict,
      row.riskLevel,
      label.level,
      label.sourcing,
      row.excerpt,
      [...new Set(row.signals.map((s) => s.category))],
    ]);
    return row;
  }

  /** Every mark as one JSON line in the corpus format (text, level, category, thirdParty, sourcing). */
  async exportJsonl(): Promise<string> {
    const rows = await this.feedback.find({
      order: { createdAt: 'ASC', id: 'ASC' },
      take: FEEDBACK_EXPORT_MAX,
    });
    return rows
      .map((r) =>
        JSON.stringify({
          text: r.text,
          level: r.correctLevel,
          category: r.categories[0] ?? 'moderator-feedback',
          thirdParty: false,
          sourcing: r.sourcing,
          verdict: r.verdict,
        }),
      )
      .map((line) => `${line}\n`)
      .join('');
  }
}
