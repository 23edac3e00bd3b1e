import { Injectable } from '@nestjs/common';
import { CasePriority, ContentWarning, RuleAction } from '@haven/shared/contracts';
import { detectCrisis, detectSourcing } from '@haven/shared/safety';
import type { SafetyAssessment } from '@haven/server/core';
import { CrisisResourcesService } from './crisis-resources.service';
import type { SafetyCheckObject } from './dto/safety.objects';
import { RulesService } from './rules.service';

const PRIORITY_ORDER = [CasePriority.URGENT, CasePriority.HIGH, CasePriority.NORMAL, CasePriority.LOW];
const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]{2,}|\[[^\]]*\]\([^)]*\)/i;

function highest(priorities: CasePriority[]): CasePriority | null {
  for (const p of PRIORITY_ORDER) if (priorities.includes(p)) return p;
  return null;
}

export interface AssessOptions {
  /** Hold content with links (a new member's first posts). */
  holdLinks?: boolean;
}

/**
 * The safety checks every piece of content goes through: crisis language, drug sourcing, admin rules,
 * and links from new members. Crisis language never silences: it asks for a human and shows help.
 */
@Injectable()
export class SafetyService {
  constructor(
    private readonly rules: RulesService,
    private readonly resources: CrisisResourcesService,
  ) {}

  async assess(text: string, options: AssessOptions = {}): Promise<SafetyAssessment> {
    const crisis = detectCrisis(text);
    const sourcing = detectSourcing(text);
    const ruleMatches = await this.rules.match(text);
    const flags: string[] = [];
    const priorities: CasePriority[] = [];
    let held = false;
    if (crisis.detected) {
      flags.push('crisis-language');
      priorities.push(CasePriority.URGENT);
    }
    if (sourcing.detected) {
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
      crisisDetected: crisis.detected,
      heldForReview: held && !blocked,
      blocked,
      autoFlags: flags,
      priority: highest(priorities),
      addWarnings: crisis.detected ? [ContentWarning.SUICIDAL_IDEATION] : [],
    };
  }

  /** The `SafetyCheck` shown to the author, with crisis resources when crisis language was detected. */
  async toSafetyCheck(assessment: SafetyAssessment, region?: string | null): Promise<SafetyCheckObject> {
    return {
      crisisDetected: assessment.crisisDetected,
      heldForReview: assessment.heldForReview,
      resources: assessment.crisisDetected ? await this.resources.forRegion(region) : [],
    };
  }
}
