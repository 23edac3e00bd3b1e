import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '@haven/server/core';
import { ModerationReportEntity } from './moderation-report.entity';

/** The reports of each case, oldest first; one query for a whole page of cases. */
@Injectable()
export class CaseReportsLoader implements LoaderFactory<DataLoader<string, ModerationReportEntity[]>> {
  constructor(
    @InjectRepository(ModerationReportEntity) private readonly reports: Repository<ModerationReportEntity>,
  ) {}

  create() {
    return new DataLoader<string, ModerationReportEntity[]>(
      async (caseIds) => {
        const rows = await this.reports.find({
          where: { caseId: In([...caseIds]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        const byCase = new Map<string, ModerationReportEntity[]>();
        for (const row of rows) {
          const list = byCase.get(row.caseId) ?? [];
          list.push(row);
          byCase.set(row.caseId, list);
        }
        return caseIds.map((id) => byCase.get(id) ?? []);
      },
      { maxBatchSize: 500 },
    );
  }
}
