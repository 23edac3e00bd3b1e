import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoObject } from '../../graphql/page-info.object';
import { maskAddress } from '../mail-content';
import { MailStatus, type MailMessageEntity } from '../mail-message.entity';

registerEnumType(MailStatus, { name: 'MailStatus', description: 'Where an e-mail is on its way out.' });

@ObjectType('MailMessage', {
  description: 'An e-mail as the outbox shows it to administrators: never its body or links.',
})
export class MailMessageObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What kind of message, e.g. account.reset-password.' })
  kind: string;

  @Field({ description: 'The address, masked (c***@example.org).' })
  recipient: string;

  @Field()
  subject: string;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  settledAt: Date | null;
}

@ObjectType('MailMessageConnection')
export class MailMessageConnection {
  @Field(() => [MailMessageObject])
  nodes: MailMessageObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

export function toMailMessageObject(row: MailMessageEntity): MailMessageObject {
  return {
    id: row.id,
    kind: row.kind,
    recipient: maskAddress(row.toAddress),
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    settledAt: row.settledAt,
  };
}
