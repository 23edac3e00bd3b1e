import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesService } from './categories.service';
import { CategoryStatsLoader } from './category-stats.loader';
import { CategoryLoader } from './category.loader';
import { CategoryResolver } from './category.resolver';
import { CommentQueriesService } from './comment-queries.service';
import { CommentResolver } from './comment.resolver';
import { CommentsPageLoader } from './comments-page.loader';
import { CommentsService } from './comments.service';
import { forumEntities } from './forum.database';
import { FeedCacheService } from './feed-cache.service';
import { FeedPrimerService } from './feed-primer.service';
import { ForumAccountListener } from './forum-account.listener';
import { ForumExportListener } from './forum-export.listener';
import { ForumModerationService } from './forum-moderation.service';
import { ForumLimitsService } from './forum-limits.service';
import { MemberCommentsLoader, MemberPostsLoader } from './member-activity.loader';
import { MemberActivityResolver } from './member-activity.resolver';
import { MemberActivityService } from './member-activity.service';
import { PostFieldsResolver } from './post-fields.resolver';
import { PostQueriesService } from './post-queries.service';
import { PostLoader } from './post.loader';
import { PostResolver } from './post.resolver';
import { PostsService } from './posts.service';
import { ReactionCountsLoader, ViewerReactionsLoader } from './reaction-counts.loader';
import { ReactionResolver } from './reaction.resolver';
import { ReactionsService } from './reactions.service';
import {
  CommentRevisionsResolver,
  PostRevisionsResolver,
  RevisionFieldsResolver,
} from './revisions.resolver';
import { CommentRevisionsLoader, PostRevisionsLoader } from './revisions.loader';
import { RevisionsService } from './revisions.service';
import { ThreadToolsResolver } from './thread-tools.resolver';
import { ThreadToolsService } from './thread-tools.service';
import { MemberTrustService } from './trust/member-trust.service';
import { VisitorFeedService } from './visitor-feed.service';
import { HiddenWarningsResolver } from './warning-filters/hidden-warnings.resolver';
import { HiddenWarningsService } from './warning-filters/hidden-warnings.service';

/** Categories, posts, comments, reactions and search. Needs the safety module (global) for its checks. */
@Module({
  imports: [TypeOrmModule.forFeature(forumEntities)],
  providers: [
    FeedCacheService,
    ForumLimitsService,
    CategoriesService,
    PostQueriesService,
    PostsService,
    CommentQueriesService,
    CommentsService,
    ReactionsService,
    VisitorFeedService,
    FeedPrimerService,
    ForumModerationService,
    ForumExportListener,
    ForumAccountListener,
    RevisionsService,
    ThreadToolsService,
    HiddenWarningsService,
    MemberTrustService,
    HiddenWarningsResolver,
    PostRevisionsLoader,
    CommentRevisionsLoader,
    MemberActivityService,
    MemberPostsLoader,
    MemberCommentsLoader,
    CategoryLoader,
    CategoryStatsLoader,
    PostLoader,
    CommentsPageLoader,
    ReactionCountsLoader,
    ViewerReactionsLoader,
    CategoryResolver,
    PostResolver,
    PostFieldsResolver,
    CommentResolver,
    ReactionResolver,
    MemberActivityResolver,
    ThreadToolsResolver,
    PostRevisionsResolver,
    CommentRevisionsResolver,
    RevisionFieldsResolver,
  ],
  exports: [CategoriesService, PostQueriesService, CommentQueriesService],
})
export class ForumModule {}
