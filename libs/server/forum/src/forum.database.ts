import { ForumInit1795908686259 } from './migrations/1795908686259-forum-init';
import { CommentReplies1796157530748 } from './migrations/1796157530748-comment-replies';
import { CategoryEntity } from './category.entity';
import { CommentEntity } from './comment.entity';
import { PostEntity } from './post.entity';
import { ReactionEntity } from './reaction.entity';

export const forumEntities = [CategoryEntity, PostEntity, CommentEntity, ReactionEntity];
export const forumMigrations = [ForumInit1795908686259, CommentReplies1796157530748];
