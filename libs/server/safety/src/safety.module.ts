import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrisisResourceEntity } from './crisis-resource.entity';
import { CrisisResourcesService } from './crisis-resources.service';
import { ModerationRuleEntity } from './moderation-rule.entity';
import { RulesResolver } from './rules.resolver';
import { RulesService } from './rules.service';
import { SafetyResolver } from './safety.resolver';
import { SafetyClock } from './safety-clock';
import { SafetyGate } from './safety-gate.service';
import { SafetyService } from './safety.service';

/** Crisis resources, the safety checks every piece of content goes through, and admin rules. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CrisisResourceEntity, ModerationRuleEntity])],
  providers: [
    CrisisResourcesService,
    RulesService,
    SafetyService,
    SafetyGate,
    SafetyClock,
    SafetyResolver,
    RulesResolver,
  ],
  exports: [SafetyService, SafetyGate, SafetyClock, RulesService, CrisisResourcesService],
})
export class SafetyModule {}
