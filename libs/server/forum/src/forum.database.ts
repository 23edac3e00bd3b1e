import { ForumInit1795908686259 } from './migrations/1795908686259-forum-init';
import { CommentReplies1796157530748 } from './migrations/1796157530748-comment-replies';
import { ThreadTools1796600000000 } from './migrations/1796600000000-thread-tools';
import { HiddenWarnings1796620000000 } from './migrations/1796620000000-hidden-warnings';
import { CrisisSupport1796700000003 } from './migrations/1796700000003-crisis-support';
import { CategoryEntity } from './category.entity';
import { CommentEntity } from './comment.entity';
import { PostEntity } from './post.entity';
import { ReactionEntity } from './reaction.entity';
import { RevisionEntity } from './revision.entity';
import { HiddenWarningsEntity } from './warning-filters/hidden-warnings.entity';

export const forumEntities = [
  CategoryEntity,
  PostEntity,
  CommentEntity,
  ReactionEntity,
  RevisionEntity,
  HiddenWarningsEntity,
];
export const forumMigrations = [
  ForumInit1795908686259,
  CommentReplies1796157530748,
  ThreadTools1796600000000,
  HiddenWarnings1796620000000,
  CrisisSupport1796700000003,
];
