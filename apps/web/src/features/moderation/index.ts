export { ReportButton, type ReportButtonProps } from './ReportButton';
export { ModerationMenuLinks } from './ModerationMenuLinks';
export { ModerationQueuePage } from './ModerationQueuePage';
export { CaseDetailPage } from './CaseDetailPage';
export { ModerationLogPage } from './ModerationLogPage';
export { ModerationRulesPage } from './ModerationRulesPage';
export { SavedRepliesPage } from './SavedRepliesPage';
export { NoticesPage } from './NoticesPage';
export { RequireModerator } from './RequireModerator';
