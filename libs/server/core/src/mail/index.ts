export * from './mail-content';
export { MailMessageEntity, MailStatus, MailSuppressionEntity } from './mail-message.entity';
export { MailService, MAIL_SEND_JOB, type MailSendJob } from './mail.service';
export { MailDeliveryService } from './mail-delivery.service';
export { signUnsubscribe, verifyUnsubscribe, type UnsubscribeClaim } from './unsubscribe-token';
