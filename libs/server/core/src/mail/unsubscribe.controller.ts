import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Repository } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { MAIL_UNSUBSCRIBED_EVENT, type MailUnsubscribedEvent } from '../events/mail-events';
import { MailSuppressionEntity } from './mail-message.entity';
import { MailService } from './mail.service';
import { verifyUnsubscribe } from './unsubscribe-token';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Haven</title></head><body><main><h1>${title}</h1>${body}<p><a href="/">Go to Haven</a></p></main></body></html>`;

const LIST_NAMES: Record<string, string> = { all: 'e-mail from Haven other than account security messages' };
const listName = (list: string) => LIST_NAMES[list] ?? `e-mail of this kind (${list})`;

/**
 * `/mail/unsubscribe?token=…`: the signed one-click link of every e-mail, no sign-in needed. GET shows a
 * confirmation button (so link scanners change nothing); POST unsubscribes, as RFC 8058 mail clients do.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    @InjectRepository(MailSuppressionEntity) private readonly suppressions: Repository<MailSuppressionEntity>,
    private readonly mail: MailService,
    private readonly events: EventEmitter2,
  ) {}

  @Public()
  @Get()
  confirm(@Query('token') token: unknown, @Res() res: Response): void {
    const claim = verifyUnsubscribe(this.mail.secret(), token);
    res.type('html');
    if (!claim) {
      res
        .status(400)
        .send(page('This link is not valid', '<p>It may have been cut short. Try the link again.</p>'));
      return;
    }
    const action = `/mail/unsubscribe?token=${encodeURIComponent(String(token))}`;
    res
      .status(200)
      .send(
        page(
          'Unsubscribe',
          `<p>Stop ${listName(claim.list)}?</p><form method="post" action="${action}"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const claim = verifyUnsubscribe(this.mail.secret(), token);
    res.type('html');
    if (!claim) {
      res
        .status(400)
        .send(page('This link is not valid', '<p>It may have been cut short. Try the link again.</p>'));
      return;
    }
    await this.suppressions
      .createQueryBuilder()
      .insert()
      .values({ userId: claim.userId, list: claim.list })
      .orIgnore()
      .execute();
    const event: MailUnsubscribedEvent = claim;
    this.events.emit(MAIL_UNSUBSCRIBED_EVENT, event);
    res
      .status(200)
      .send(page('You are unsubscribed', `<p>We will not send you ${listName(claim.list)}.</p>`));
  }
}
