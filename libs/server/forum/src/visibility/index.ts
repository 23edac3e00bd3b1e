export * from './visibility.rules';
export * from './post.visibility';
export * from './comment.visibility';
