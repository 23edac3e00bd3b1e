import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrisisResourceEntity } from './crisis-resource.entity';
import { CrisisResourcesService } from './crisis-resources.service';
import { ModerationRuleEntity } from './moderation-rule.entity';
import { RulesResolver } from './rules.resolver';
import { RulesService } from './rules.service';
import { SafetyResolver } from './safety.resolver';
import { SafetyService } from './safety.service';

/** Crisis resources, the safety checks every piece of content goes through, and admin rules. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CrisisResourceEntity, ModerationRuleEntity])],
  providers: [CrisisResourcesService, RulesService, SafetyService, SafetyResolver, RulesResolver],
  exports: [SafetyService, RulesService, CrisisResourcesService],
})
export class SafetyModule {}
