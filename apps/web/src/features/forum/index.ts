export { CategoryPage } from './CategoryPage';
export { EditPostPage } from './EditPostPage';
export { ForumHomePage } from './ForumHomePage';
export { ForumSearchPage } from './ForumSearchPage';
export { NewPostPage } from './NewPostPage';
export { PostPage } from './PostPage';
