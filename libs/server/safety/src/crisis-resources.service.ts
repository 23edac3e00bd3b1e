import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '@haven/server/core';
import type { CrisisResourceObject } from './dto/safety.objects';
import { CrisisResourceEntity } from './crisis-resource.entity';

const INTERNATIONAL = 'INTL';

/** Crisis lines by region (seeded data), the region's own first, then the international directories. */
@Injectable()
export class CrisisResourcesService {
  constructor(
    @InjectRepository(CrisisResourceEntity) private readonly resources: Repository<CrisisResourceEntity>,
    private readonly config: AppConfig,
  ) {}

  async forRegion(region?: string | null): Promise<CrisisResourceObject[]> {
    const all = await this.resources.find({ order: { position: 'ASC', name: 'ASC' } });
    const wanted = (region ?? '').trim().toUpperCase().slice(0, 8);
    const known = new Set(all.map((r) => r.region));
    const chosen =
      known.has(wanted) && wanted !== INTERNATIONAL
        ? wanted
        : this.config.CRISIS_DEFAULT_REGION.toUpperCase();
    return all
      .filter((r) => r.region === chosen || r.region === INTERNATIONAL)
      .sort((a, b) => Number(a.region === INTERNATIONAL) - Number(b.region === INTERNATIONAL))
      .map(({ region: r, name, phone, sms, url }) => ({ region: r, name, phone, sms, url }));
  }

  async regions(): Promise<string[]> {
    const rows = await this.resources
      .createQueryBuilder('r')
      .select('DISTINCT r.region', 'region')
      .orderBy('r.region')
      .getRawMany<{ region: string }>();
    return rows.map((r) => r.region);
  }
}
