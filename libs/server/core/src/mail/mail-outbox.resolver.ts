import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@haven/shared/contracts';
import type { Repository } from 'typeorm';
import { Roles } from '../auth/auth.decorators';
import { BadInputError } from '../errors';
import { decodeCursor, pageSize, toPage } from '../pagination/cursor';
import { MailMessageConnection, toMailMessageObject } from './dto/mail-message.object';
import { MailMessageEntity, MailStatus } from './mail-message.entity';

const isUuid = (v: unknown) =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

@Resolver()
export class MailOutboxResolver {
  constructor(
    @InjectRepository(MailMessageEntity) private readonly messages: Repository<MailMessageEntity>,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => MailMessageConnection, {
    description:
      'Administrators: the outbox, newest first; `status: FAILED` lists mail that could not be sent.',
  })
  async mailOutbox(
    @Args('status', { type: () => MailStatus, nullable: true }) status: MailStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MailMessageConnection> {
    const limit = pageSize(first);
    const query = this.messages
      .createQueryBuilder('m')
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    if (status) query.andWhere('m.status = :status', { status });
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) {
        throw new BadInputError('The cursor is not valid.');
      }
      query.andWhere('(m.created_at, m.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page = toPage(await query.getMany(), limit, (m) => [m.createdAt.toISOString(), m.id]);
    return { nodes: page.nodes.map(toMailMessageObject), pageInfo: page.pageInfo };
  }
}
