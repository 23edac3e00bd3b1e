import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '@haven/server/core';
import { ModerationAppealEntity } from './appeal.entity';

function byKey(
  repository: Repository<ModerationAppealEntity>,
  key: 'noticeId' | 'caseId',
): DataLoader<string, ModerationAppealEntity | null> {
  return new DataLoader<string, ModerationAppealEntity | null>(
    async (ids) => {
      const rows = await repository.find({ where: { [key]: In([...ids]) }, relations: { logEntry: true } });
      const found = new Map(rows.map((row) => [row[key], row]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

/** The appeal of each notice (if any), with the decision appealed; one query for a page of notices. */
@Injectable()
export class AppealByNoticeLoader implements LoaderFactory<
  DataLoader<string, ModerationAppealEntity | null>
> {
  constructor(
    @InjectRepository(ModerationAppealEntity) private readonly appeals: Repository<ModerationAppealEntity>,
  ) {}

  create() {
    return byKey(this.appeals, 'noticeId');
  }
}

/** The appeal behind each APPEAL case, with the decision appealed; one query for a page of cases. */
@Injectable()
export class AppealByCaseLoader implements LoaderFactory<DataLoader<string, ModerationAppealEntity | null>> {
  constructor(
    @InjectRepository(ModerationAppealEntity) private readonly appeals: Repository<ModerationAppealEntity>,
  ) {}

  create() {
    return byKey(this.appeals, 'caseId');
  }
}
