import { Injectable, Logger } from '@nestjs/common';
import { CasePriority, ContentWarning, RiskLevel, RuleAction } from '@haven/shared/contracts';
import {
  CAREGIVER_MESSAGE,
  CRISIS_MESSAGE,
  gradeText,
  warmUpAnalysis,
  type SafetyGrade,
} from '@haven/shared/safety';
import { WarmUps, type SafetyAssessment } from '@haven/server/core';
import { CrisisResourcesService } from './crisis-resources.service';
import type { SafetyCheckObject } from './dto/safety.objects';
import { RulesService } from './rules.service';

const PRIORITY_ORDER = [CasePriority.URGENT, CasePriority.HIGH, CasePriority.NORMAL, CasePriority.LOW];
const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]{2,}|\[[^\]]*\]\([^)]*\)/i;

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = {
  [RiskLevel.NONE]: 0,
  [RiskLevel.CONCERN]: 1,
  [RiskLevel.HIGH]: 2,
  [RiskLevel.IMMINENT]: 3,
};

function highest(priorities: CasePriority[]): CasePriority | null {
  for (const p of PRIORITY_ORDER) if (priorities.includes(p)) return p;
  return null;
}

/** What each crisis level asks of the queue: a check-in for CONCERN, a human now for HIGH and IMMINENT. */
export const CRISIS_PRIORITY: Readonly<Record<RiskLevel, CasePriority | null>> = {
  [RiskLevel.NONE]: null,
  [RiskLevel.CONCERN]: CasePriority.NORMAL,
  [RiskLevel.HIGH]: CasePriority.URGENT,
  [RiskLevel.IMMINENT]: CasePriority.URGENT,
};

export interface AssessOptions {
  /** Hold content with links (a new member's first posts). */
  holdLinks?: boolean;
  /** Earlier lines of the same conversation, graded together with the text (chat context). */
  context?: readonly string[];
}

/**
 * The checks every piece of content goes through: graded crisis risk, drug sourcing, admin rules, and
 * links from new members. Crisis never silences: it asks for a human and shows help. When grading
 * itself fails, the content is held for a moderator with a HIGH case rather than let through unchecked.
 */
@Injectable()
export class SafetyService {
  private readonly logger = new Logger(SafetyService.name);

  constructor(
    private readonly rules: RulesService,
    private readonly resources: CrisisResourcesService,
    warmUps: WarmUps,
  ) {
    // The language model loads once the app is serving; a text graded before then loads it itself.
    warmUps.add('the language model', warmUpAnalysis);
  }

  /** Grades a text (with its context); null when the grader failed. */
  grade(text: string, context: readonly string[] = []): SafetyGrade | null {
    try {
      return gradeText(context.length === 0 ? text : [...context, text].join('\n'));
    } catch (error) {
      this.logger.error(`Safety grading failed: ${String(error)}`);
      return null;
    }
  }

  async assess(text: string, options: AssessOptions = {}): Promise<SafetyAssessment> {
    const grade = this.grade(text, options.context);
    const ruleMatches = await this.rules.match(text);
    const flags: string[] = [];
    const priorities: CasePriority[] = [];
    let held = false;
    const level = grade === null ? RiskLevel.NONE : RiskLevel[grade.crisis.level];
    const crisisDetected = LEVEL_RANK[level] >= LEVEL_RANK[RiskLevel.CONCERN];
    if (grade === null) {
      flags.push('safety-check-failed');
      priorities.push(CasePriority.HIGH);
      held = true;
    }
    const crisisPriority = CRISIS_PRIORITY[level];
    if (crisisPriority !== null) {
      flags.push('crisis-language');
      priorities.push(crisisPriority);
    }
    if (grade?.sourcing.detected) {
      flags.push('drug-sourcing');
      priorities.push(CasePriority.HIGH);
      held = true;
    }
    if (options.holdLinks && LINK.test(text)) {
      flags.push('new-member-links');
      priorities.push(CasePriority.LOW);
      held = true;
    }
    let blocked = false;
    for (const match of ruleMatches) {
      flags.push(match.name);
      priorities.push(match.priority);
      if (match.action === RuleAction.HOLD_FOR_REVIEW) held = true;
      if (match.action === RuleAction.BLOCK) blocked = true;
    }
    return {
      crisisDetected,
      riskLevel: level,
      thirdParty: grade?.crisis.thirdParty ?? false,
      signals: grade === null ? [] : [...grade.crisis.signals, ...grade.sourcing.signals],
      heldForReview: held && !blocked,
      blocked,
      autoFlags: flags,
      priority: highest(priorities),
      addWarnings: LEVEL_RANK[level] >= LEVEL_RANK[RiskLevel.HIGH] ? [ContentWarning.SUICIDAL_IDEATION] : [],
    };
  }

  /** The `SafetyCheck` shown to the author, with crisis resources when crisis risk was detected. */
  async toSafetyCheck(assessment: SafetyAssessment, region?: string | null): Promise<SafetyCheckObject> {
    const thirdParty = assessment.crisisDetected && (assessment.thirdParty ?? false);
    return {
      crisisDetected: assessment.crisisDetected,
      heldForReview: assessment.heldForReview,
      resources: assessment.crisisDetected ? await this.resources.forRegion(region) : [],
      riskLevel: assessment.riskLevel ?? (assessment.crisisDetected ? RiskLevel.HIGH : RiskLevel.NONE),
      signals: assessment.signals ?? [],
      thirdParty,
      message: assessment.crisisDetected ? (thirdParty ? CAREGIVER_MESSAGE : CRISIS_MESSAGE) : null,
    };
  }
}
