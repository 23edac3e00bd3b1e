import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ACCOUNT_EXPORT_EVENT,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { BlocksService } from './blocks.service';

/** The members a member blocks, for their data export (never who blocks them). */
@Injectable()
export class BlocksExportListener {
  constructor(private readonly blocks: BlocksService) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async export({ userId }: AccountExportRequest): Promise<AccountExportSection> {
    const members = await this.blocks.blockedBy(userId);
    return { section: 'blockedMembers', data: members.map((m) => ({ id: m.id, handle: m.handle })) };
  }
}
