import { Controller, Get, Header, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '@haven/server/core';
import { DomainErrorHttpFilter } from './http-error.filter';
import { TrackerSummaryService } from './tracker-summary.service';

/** The clinician summary of the signed-in member's own log (Bearer token, like GraphQL). */
@Controller('api/tracker')
@UseFilters(DomainErrorHttpFilter)
export class TrackerSummaryController {
  constructor(private readonly summary: TrackerSummaryService) {}

  @Get('summary.pdf')
  @Header('Cache-Control', 'no-store')
  async pdf(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const body = await this.summary.pdf(actor.id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'attachment; filename="relief-summary.pdf"');
    res.send(body);
  }

  @Get('summary.csv')
  @Header('Cache-Control', 'no-store')
  async csv(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const body = await this.summary.csv(actor.id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="relief-log.csv"');
    res.send(body);
  }
}
