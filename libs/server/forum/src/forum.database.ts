import { ForumInit1795908686259 } from './migrations/1795908686259-forum-init';
import { CategoryEntity } from './category.entity';
import { CommentEntity } from './comment.entity';
import { PostEntity } from './post.entity';
import { ReactionEntity } from './reaction.entity';

export const forumEntities = [CategoryEntity, PostEntity, CommentEntity, ReactionEntity];
export const forumMigrations = [ForumInit1795908686259];
