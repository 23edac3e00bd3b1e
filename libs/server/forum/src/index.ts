export * from './forum.module';
export { CategoriesService } from './categories.service';
export { PostQueriesService } from './post-queries.service';
export { CommentQueriesService } from './comment-queries.service';
export { STARTER_CATEGORIES } from './forum.seed';
export { forumEntities, forumMigrations } from './forum.database';
