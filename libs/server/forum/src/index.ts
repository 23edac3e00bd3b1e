export * from './forum.module';
export { CategoriesService } from './categories.service';
export { PostQueriesService } from './post-queries.service';
export { CommentQueriesService } from './comment-queries.service';
export { STARTER_CATEGORIES } from './forum.seed';
export { forumEntities, forumMigrations } from './forum.database';
export { PostObject } from './dto/post.object';
export { CategoryObject, toCategoryObject } from './dto/category.object';
export { CommentObject } from './dto/comment.object';
export { toPostObject, toCommentObject, type PostRow, type CommentRow } from './forum.rows';
export {
  Surface,
  Visibility,
  commentListedForEveryone,
  commentVisibility,
  mayOpenComment,
  mayOpenPost,
  postListedForEveryone,
  postVisibility,
} from './visibility';
