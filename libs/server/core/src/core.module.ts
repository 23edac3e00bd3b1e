import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { AccessTokenService } from './auth/access-token.service';
import { ActorResolver } from './auth/actor-resolver.service';
import { AuthGuard } from './auth/auth.guard';
import { AppConfig } from './config/app-config';
import { DatabaseModule, type DatabaseOptions } from './database/database.module';
import { HavenGraphqlModule } from './graphql/graphql.module';
import { GeneralRateLimitMiddleware } from './http/general-rate-limit.middleware';
import { HealthController } from './http/health.controller';
import { HttpMetricsMiddleware, MetricsController, MetricsRegistry } from './http/metrics';
import { RateLimiter } from './rate-limit/rate-limiter.service';
import { VisitorResponseCache, VisitorResponseCacheMiddleware } from './http/visitor-response-cache';
import { RedisModule } from './redis/redis.module';
import { ModeratedContentRegistry } from './events/moderated-content.registry';

export interface CoreOptions extends DatabaseOptions {
  config: AppConfig;
}

/** The platform every domain stands on: config, database, Redis, GraphQL, auth, limits, health, metrics. */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(options: CoreOptions): DynamicModule {
    const { config } = options;
    if (!config.JWT_SECRET) throw new Error('JWT_SECRET was not resolved before boot');
    return {
      module: CoreModule,
      imports: [
        RedisModule,
        DatabaseModule.forRoot(options),
        HavenGraphqlModule,
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        ScheduleModule.forRoot(),
        JwtModule.register({ secret: config.JWT_SECRET }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: AppConfig, useValue: config },
        AccessTokenService,
        ActorResolver,
        RateLimiter,
        MetricsRegistry,
        ModeratedContentRegistry,
        VisitorResponseCache,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [
        AppConfig,
        AccessTokenService,
        ActorResolver,
        RateLimiter,
        MetricsRegistry,
        ModeratedContentRegistry,
        VisitorResponseCache,
        RedisModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(HttpMetricsMiddleware, GeneralRateLimitMiddleware).forRoutes('{*path}');
    consumer.apply(VisitorResponseCacheMiddleware).forRoutes('graphql');
  }
}
