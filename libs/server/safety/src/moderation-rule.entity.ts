import { CasePriority, RuleAction } from '@haven/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** An admin-managed automatic moderation rule: a word, phrase or regular expression and what a match does. */
@Entity('moderation_rules')
@Unique('UQ_moderation_rules_name', ['name'])
export class ModerationRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_moderation_rules' })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 500 })
  pattern: string;

  @Column({ name: 'is_regex', type: 'boolean', default: false })
  isRegex: boolean;

  @Column({ type: 'varchar', length: 20 })
  action: RuleAction;

  @Column({ type: 'varchar', length: 10, default: CasePriority.NORMAL })
  priority: CasePriority;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
