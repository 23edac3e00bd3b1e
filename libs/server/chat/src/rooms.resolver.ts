import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { CurrentActor, Loaders, Public, Roles, type Actor, type RequestLoaders } from '@haven/server/core';
import { ChatRoomInput, UpdateChatRoomInput } from './dto/chat-room.inputs';
import { ChatRoomObject, toChatRoomObject } from './dto/chat-room.object';
import { MutesService } from './mutes.service';
import { OnlineCountLoader } from './online-count.loader';
import { RoomsService } from './rooms.service';
import { SupportRoomsService } from './support-rooms.service';

@Resolver(() => ChatRoomObject)
export class RoomsResolver {
  constructor(
    private readonly rooms: RoomsService,
    private readonly mutes: MutesService,
    private readonly onlineCounts: OnlineCountLoader,
    private readonly support: SupportRoomsService,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => ChatRoomObject, {
    description:
      'Moderators: opens (or reopens) a private support room between you and the member; only the two of you can join, the member is notified, and it is logged.',
  })
  async reachOut(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<ChatRoomObject> {
    return toChatRoomObject(await this.support.reachOut(actor, userId));
  }

  @Public()
  @Query(() => [ChatRoomObject])
  async chatRooms(): Promise<ChatRoomObject[]> {
    return (await this.rooms.list()).map(toChatRoomObject);
  }

  @Public()
  @Query(() => ChatRoomObject, { nullable: true })
  async chatRoom(
    @Args('slug') slug: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<ChatRoomObject | null> {
    const room = await this.rooms.findBySlug(slug, actor);
    return room ? toChatRoomObject(room) : null;
  }

  @ResolveField(() => Int)
  onlineCount(@Parent() room: ChatRoomObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.onlineCounts).load(room.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ChatRoomObject)
  async createChatRoom(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChatRoomInput,
  ): Promise<ChatRoomObject> {
    return toChatRoomObject(await this.rooms.create(actor, input));
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ChatRoomObject)
  async updateChatRoom(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateChatRoomInput,
  ): Promise<ChatRoomObject> {
    return toChatRoomObject(await this.rooms.update(actor, id, input));
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, {
    description: 'Moderators: the user cannot send in this room for the given minutes.',
  })
  async muteInRoom(
    @CurrentActor() actor: Actor,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ): Promise<boolean> {
    await this.mutes.mute(actor, roomId, userId, minutes);
    return true;
  }
}
