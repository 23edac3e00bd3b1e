import { JobsInit1796000000000 } from './jobs/migrations/1796000000000-jobs-init';
import { MailInit1796156453060 } from './mail/migrations/1796156453060-mail-init';
import { MailMessageEntity, MailSuppressionEntity } from './mail/mail-message.entity';

/** The platform's own tables: the job queue (pg-boss's schema) and the mail outbox. */
export const coreEntities = [MailMessageEntity, MailSuppressionEntity];
export const coreMigrations = [JobsInit1796000000000, MailInit1796156453060];
