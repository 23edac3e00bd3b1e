import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenService } from './auth/access-token.service';
import { ActorResolver } from './auth/actor-resolver.service';
import { AuthenticationCache } from './auth/authentication-cache';
import { SessionRevocation } from './auth/session-revocation.service';
import { SocketAuthority } from './realtime/socket-auth';
import { AuthGuard } from './auth/auth.guard';
import { GraphqlHttpErrorFilter } from './errors/http-error.filter';
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
import { ModerationHistory } from './events/moderation-history';
import { ModerationRecorder } from './events/moderation-recorder';
import { Clock } from './clock/clock';
import { WarmUps } from './startup/warm-ups';
import { coreEntities } from './core.database';
import { JobsService } from './jobs/jobs.service';
import { MailDeliveryService } from './mail/mail-delivery.service';
import { MailMessageEntity, MailSuppressionEntity } from './mail/mail-message.entity';
import { MailOutboxResolver } from './mail/mail-outbox.resolver';
import { MailService } from './mail/mail.service';
import { UnsubscribeController } from './mail/unsubscribe.controller';

export interface CoreOptions extends DatabaseOptions {
  config: AppConfig;
}

/**
 * The platform every domain stands on: config, database, Redis, GraphQL, auth, limits, health, metrics,
 * jobs, mail and the clock.
 */
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
        DatabaseModule.forRoot({
          ...options,
          entities: [
            ...new Set([...coreEntities, ...(options.entities as unknown[])]),
          ] as CoreOptions['entities'],
        }),
        TypeOrmModule.forFeature([MailMessageEntity, MailSuppressionEntity]),
        HavenGraphqlModule,
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        ScheduleModule.forRoot(),
        JwtModule.register({ secret: config.JWT_SECRET }),
      ],
      controllers: [HealthController, MetricsController, UnsubscribeController],
      providers: [
        { provide: AppConfig, useValue: config },
        AccessTokenService,
        ActorResolver,
        AuthenticationCache,
        Clock,
        WarmUps,
        SessionRevocation,
        SocketAuthority,
        RateLimiter,
        MetricsRegistry,
        ModeratedContentRegistry,
        ModerationRecorder,
        ModerationHistory,
        JobsService,
        MailService,
        MailDeliveryService,
        MailOutboxResolver,
        VisitorResponseCache,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlHttpErrorFilter },
      ],
      exports: [
        AppConfig,
        AccessTokenService,
        ActorResolver,
        AuthenticationCache,
        Clock,
        WarmUps,
        SessionRevocation,
        SocketAuthority,
        RateLimiter,
        MetricsRegistry,
        ModeratedContentRegistry,
        ModerationRecorder,
        ModerationHistory,
        JobsService,
        MailService,
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
