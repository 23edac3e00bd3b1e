import { Injectable } from '@nestjs/common';
import { CasePriority, CaseSource, ContentKind } from '@haven/shared/contracts';
import { BadInputError, ForbiddenError, NotFoundError, type Actor } from '@haven/server/core';
import { APPEAL_OUTCOMES } from './appeals/appeal.rules';
import { CaseActionsService } from './case-actions.service';
import { CaseEventsService } from './case-events.service';
import { CaseStore } from './case-store.service';
import { ContentDirectory } from './content-directory.service';
import type { ModerationCaseEntity } from './moderation-case.entity';
import { requireId, toExcerpt, validateResolve } from './moderation.rules';

export interface DirectModerationInput {
  action: unknown;
  note?: unknown;
  suspendDays?: unknown;
  force?: unknown;
}

/**
 * A moderator acting on content outside the queue: the action opens (or joins) the content's case and
 * resolves it at once, so it is logged and the author noticed like every other case action.
 */
@Injectable()
export class DirectModerationService {
  constructor(
    private readonly store: CaseStore,
    private readonly directory: ContentDirectory,
    private readonly actions: CaseActionsService,
    private readonly caseEvents: CaseEventsService,
  ) {}

  async moderate(
    actor: Actor,
    kind: ContentKind.POST | ContentKind.COMMENT,
    rawId: string,
    input: DirectModerationInput,
  ): Promise<ModerationCaseEntity> {
    const request = validateResolve(input);
    if (APPEAL_OUTCOMES.has(request.action)) {
      throw new BadInputError('Only an appeal is upheld or reversed.', { field: 'action' });
    }
    const id = requireId(rawId, kind === ContentKind.POST ? 'post id' : 'comment id');
    const content = await this.directory.describeOne(kind, id);
    if (!content) throw new NotFoundError(kind === ContentKind.POST ? 'That post' : 'That comment');
    if (content.authorId === actor.id) {
      throw new ForbiddenError('This is your own content: edit or delete it as its author.');
    }
    const { id: caseId, opened } = await this.store.openOrJoin({
      kind,
      contentId: id,
      authorId: content.authorId,
      excerpt: toExcerpt(content.excerpt),
      signal: { priority: CasePriority.NORMAL, sources: [CaseSource.MODERATOR], autoFlags: [] },
    });
    if (opened) await this.caseEvents.publish(caseId, true);
    return this.actions.resolve(actor, caseId, input);
  }
}
