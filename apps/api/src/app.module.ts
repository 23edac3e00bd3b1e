import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@haven/server/core';
import { IdentityModule } from '@haven/server/identity';
import { SafetyModule } from '@haven/server/safety';
import { TestimonialsModule } from '@haven/server/testimonials';
import { ModerationModule } from '@haven/server/moderation';
import { ChatModule } from '@haven/server/chat';
import { ForumModule } from '@haven/server/forum';
import { TrackerModule } from '@haven/server/tracker';
import { NotificationsModule } from '@haven/server/notifications';
import { ENTITIES, MIGRATIONS } from './database/database';

/** Haven's API: the platform plus every domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, entities: ENTITIES, migrations: MIGRATIONS }),
        IdentityModule,
        SafetyModule,
        TestimonialsModule,
        ModerationModule,
        ChatModule,
        ForumModule,
        TrackerModule,
        NotificationsModule,
      ],
    };
  }
}
