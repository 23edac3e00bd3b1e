import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@haven/server/core';
import { IdentityModule } from '@haven/server/identity';
import { ENTITIES, MIGRATIONS } from './database/database';
import { WebModule } from './web.module';

/** Haven's API: the platform plus every domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, entities: ENTITIES, migrations: MIGRATIONS }),
        IdentityModule,
        WebModule.forRoot(config),
      ],
    };
  }
}
