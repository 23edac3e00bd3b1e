import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { CasePriority, RuleAction } from '@haven/shared/contracts';
import { BadInputError, ConflictError, NotFoundError, SharedStore } from '@haven/server/core';
import type { ModerationRuleInput, ModerationRuleObject } from './dto/moderation-rule.dto';
import { ModerationRuleEntity } from './moderation-rule.entity';
import { isLinearRule } from './rule-linearity';
import { compileRule, testAllWithin, testDirectly, validateRulePattern } from './rule-matcher';

export interface RuleMatch {
  name: string;
  action: RuleAction;
  priority: CasePriority;
}

interface CompiledRule extends RuleMatch {
  regex: RegExp;
  /** Cannot backtrack badly (see `isLinearRule`): runs directly, without the time bound. */
  linear: boolean;
}

const CHANGED_CHANNEL = 'safety:rules-changed';
/** Even without a change notice, an instance reloads the rules this often. */
const RELOAD_MS = 5_000;
const NAME_MAX = 80;

const toObject = (rule: ModerationRuleEntity): ModerationRuleObject => ({
  id: rule.id,
  name: rule.name,
  pattern: rule.pattern,
  isRegex: rule.isRegex,
  action: rule.action,
  priority: rule.priority,
  enabled: rule.enabled,
});

/**
 * Admin-managed rules. Every instance keeps the enabled rules compiled in memory and reloads them when
 * any instance changes one (a notice through the shared store) and at least every five seconds.
 */
@Injectable()
export class RulesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Rules');
  private compiled: CompiledRule[] = [];
  private loadedAt = 0;
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(
    @InjectRepository(ModerationRuleEntity) private readonly rules: Repository<ModerationRuleEntity>,
    private readonly store: SharedStore,
  ) {}

  async onModuleInit() {
    this.unsubscribe = await this.store.subscribe(CHANGED_CHANNEL, () => {
      this.loadedAt = 0;
    });
  }

  async onModuleDestroy() {
    await this.unsubscribe?.();
  }

  async list(): Promise<ModerationRuleObject[]> {
    return (await this.rules.find({ order: { name: 'ASC' } })).map(toObject);
  }

  async create(input: ModerationRuleInput): Promise<ModerationRuleObject> {
    const values = this.validate(input);
    const saved = await this.save(this.rules.create(values));
    return toObject(saved);
  }

  async update(id: string, input: ModerationRuleInput): Promise<ModerationRuleObject> {
    const values = this.validate(input);
    const rule = await this.rules.findOne({ where: { id } }).catch(() => null);
    if (!rule) throw new NotFoundError('That rule');
    Object.assign(rule, values);
    return toObject(await this.save(rule));
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.rules.delete({ id }).catch(() => ({ affected: 0 }));
    if (!result.affected) throw new NotFoundError('That rule');
    await this.changed();
    return true;
  }

  /** The enabled rules that match `text`. A rule that runs past its time bound does not match. */
  async match(text: string): Promise<RuleMatch[]> {
    if (Date.now() - this.loadedAt > RELOAD_MS) await this.reload();
    const rules = this.compiled;
    const bounded = rules.filter((r) => !r.linear);
    const boundedResults = testAllWithin(
      bounded.map((r) => r.regex),
      text,
    );
    const matches: RuleMatch[] = [];
    rules.forEach((rule) => {
      const result = rule.linear ? testDirectly(rule.regex, text) : boundedResults[bounded.indexOf(rule)];
      if (result === 'timeout')
        this.logger.warn(`Rule "${rule.name}" ran past its time bound and was skipped`);
      else if (result) matches.push({ name: rule.name, action: rule.action, priority: rule.priority });
    });
    return matches;
  }

  private async reload() {
    const enabled = await this.rules.find({ where: { enabled: true } });
    this.compiled = enabled.flatMap((rule) => {
      try {
        return [
          {
            name: rule.name,
            action: rule.action,
            priority: rule.priority,
            regex: compileRule(rule.pattern, rule.isRegex),
            // A phrase is words and spaces between them: always linear.
            linear: !rule.isRegex || isLinearRule(rule.pattern),
          },
        ];
      } catch {
        return [];
      }
    });
    this.loadedAt = Date.now();
  }

  private validate(input: ModerationRuleInput) {
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name.length < 1 || name.length > NAME_MAX) {
      throw new BadInputError(`A rule's name has 1 to ${NAME_MAX} characters.`, { field: 'name' });
    }
    const isRegex = input.isRegex ?? false;
    validateRulePattern(input.pattern ?? '', isRegex);
    return {
      name,
      pattern: input.pattern.trim(),
      isRegex,
      action: input.action,
      priority: input.priority ?? CasePriority.NORMAL,
      enabled: input.enabled ?? true,
    };
  }

  private async save(rule: ModerationRuleEntity): Promise<ModerationRuleEntity> {
    try {
      const saved = await this.rules.save(rule);
      await this.changed();
      return saved;
    } catch (error) {
      if (error instanceof QueryFailedError && /duplicate key/.test(error.message)) {
        throw new ConflictError('A rule with that name already exists.', { field: 'name' });
      }
      throw error;
    }
  }

  private async changed() {
    this.loadedAt = 0;
    await this.store.publish(CHANGED_CHANNEL, String(Date.now()));
  }
}
