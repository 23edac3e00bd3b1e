export { AdminHomePage } from './AdminHomePage';
export { CategoriesAdminPage } from './CategoriesAdminPage';
export { RoomsAdminPage } from './RoomsAdminPage';
export { MembersAdminPage } from './MembersAdminPage';
export { OutboxPage } from './OutboxPage';
