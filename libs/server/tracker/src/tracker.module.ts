import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrackerAccountListener } from './tracker-account.listener';
import { TrackerSummaryController } from './tracker-summary.controller';
import { TrackerSummaryService } from './tracker-summary.service';
import { trackerEntities } from './tracker.database';
import { TrackerResolver } from './tracker.resolver';
import { TrackerService } from './tracker.service';

/** The private relief tracker: sessions, mood, the clinician summary. Needs the (global) safety module. */
@Module({
  imports: [TypeOrmModule.forFeature(trackerEntities)],
  controllers: [TrackerSummaryController],
  providers: [TrackerService, TrackerSummaryService, TrackerResolver, TrackerAccountListener],
  exports: [TrackerService],
})
export class TrackerModule {}
