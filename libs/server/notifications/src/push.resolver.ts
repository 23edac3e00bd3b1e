import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AllowRestricted, CurrentActor, CurrentSessionId, Public, type Actor } from '@haven/server/core';
import { PushService } from './push.service';

@InputType('PushSubscriptionInput', {
  description: "A device's push subscription, as its service worker's PushManager gives it.",
})
export class PushSubscriptionInputType {
  @Field()
  @IsString()
  @MaxLength(1000)
  endpoint: string;

  @Field({ description: "The subscription's `p256dh` key (URL-safe base64)." })
  @IsString()
  @MaxLength(200)
  p256dh: string;

  @Field({ description: "The subscription's `auth` secret (URL-safe base64)." })
  @IsString()
  @MaxLength(100)
  auth: string;
}

/** Web push: the key browsers subscribe with, and each member's devices. */
@Resolver()
export class PushResolver {
  constructor(private readonly push: PushService) {}

  @Public()
  @Query(() => String, {
    nullable: true,
    description: 'The VAPID public key for PushManager.subscribe; null when web push is not configured.',
  })
  pushPublicKey(): string | null {
    return this.push.publicKey();
  }

  @AllowRestricted()
  @Mutation(() => Boolean, {
    description: 'Registers this device for web push (notifications whose kind is set to PUSH).',
  })
  async registerPushSubscription(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
    @Args('input') input: PushSubscriptionInputType,
  ): Promise<boolean> {
    await this.push.register(actor.id, sessionId, input);
    return true;
  }

  @AllowRestricted()
  @Mutation(() => Boolean, {
    description:
      "Removes this device's push subscription (on signing out); false when it was not registered.",
  })
  unregisterPushSubscription(
    @CurrentActor() actor: Actor,
    @Args('endpoint') endpoint: string,
  ): Promise<boolean> {
    return this.push.unregister(actor.id, endpoint);
  }
}
