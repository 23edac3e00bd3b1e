export { LearnPage } from './LearnPage';
export { LearnTopicPage } from './LearnTopicPage';
export { LearnLinks } from './LearnLinks';
