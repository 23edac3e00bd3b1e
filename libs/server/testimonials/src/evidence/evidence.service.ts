import { Injectable } from '@nestjs/common';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ReliefOnset, SideEffect, TreatmentModality } from '@haven/shared/contracts';
import { renderMarkdown, WarmUps } from '@haven/server/core';
import { DurabilityStatsService } from '../durability/durability-stats.service';
import { TestimonialStatsService } from '../testimonial-stats.service';
import type { EvidenceFigureObject, EvidencePageObject } from './evidence-page.objects';

const PAGES_DIR = join(__dirname, 'pages');
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

interface FrontMatter {
  title: string;
  summary: string;
  tags: string[];
  lastReviewed: string | Date;
  figures?: { published: string; metric: string }[];
}

/** Reads one page: YAML front matter (title, summary, tags, lastReviewed, figures) and Markdown. */
export function parseEvidencePage(slug: string, source: string): EvidencePageObject {
  const match = FRONT_MATTER.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`Evidence page ${slug} has no front matter`);
  const meta = parse(match[1]) as FrontMatter;
  const lastReviewed =
    meta.lastReviewed instanceof Date
      ? meta.lastReviewed.toISOString().slice(0, 10)
      : String(meta.lastReviewed);
  if (!meta.title || !meta.summary || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) {
    throw new Error(`Evidence page ${slug} needs a title, a summary and a lastReviewed date`);
  }
  return {
    slug,
    title: meta.title,
    summary: meta.summary,
    tags: meta.tags ?? [],
    lastReviewed,
    html: renderMarkdown(match[2]),
    figureSpecs: meta.figures ?? [],
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const label = (key: string) => key.toLowerCase().replace(/_/g, ' ');

/**
 * The "Learn" pages, from Markdown in this folder, with each published figure beside Haven's live one
 * (from the cached outcome and durability statistics).
 */
@Injectable()
export class EvidenceService {
  private loaded: EvidencePageObject[] | null = null;

  constructor(
    private readonly outcomes: TestimonialStatsService,
    private readonly durability: DurabilityStatsService,
    warmUps: WarmUps,
  ) {
    // The pages are read and rendered once the app is serving, or by the first request for one.
    warmUps.add('the evidence pages', () => this.pages());
  }

  private pages(): EvidencePageObject[] {
    this.loaded ??= readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => parseEvidencePage(f.replace(/\.md$/, ''), readFileSync(join(PAGES_DIR, f), 'utf8')));
    return this.loaded;
  }

  list(): EvidencePageObject[] {
    return this.pages();
  }

  find(slug: string): EvidencePageObject | null {
    return typeof slug === 'string' ? (this.pages().find((p) => p.slug === slug) ?? null) : null;
  }

  async figures(page: EvidencePageObject): Promise<EvidenceFigureObject[]> {
    return Promise.all(page.figureSpecs.map((spec) => this.figure(spec)));
  }

  private async figure(spec: { published: string; metric: string }): Promise<EvidenceFigureObject> {
    const [metric, arg] = spec.metric.split(':');
    const make = (value: number | null, n: number, words: string) => ({
      published: spec.published,
      value: n > 0 ? value : null,
      n,
      community:
        n > 0 && value !== null
          ? `Haven members: ${percent(value)} of ${n}, ${words}`
          : 'Haven members: no figures yet',
    });
    if (metric === 'durabilityResponse') {
      const stats = await this.durability.stats(null, null);
      const point = stats.points.find((p) => p.monthsAfter === Number(arg));
      const lost = point?.lostToFollowUp ?? 0;
      return make(
        point?.responseRate ?? null,
        point?.respondents ?? 0,
        `still in response at ${arg} months (${lost} lost to follow-up)`,
      );
    }
    const stats = await this.outcomes.stats(null);
    const count = (list: { key: string; count: number }[], key: string) =>
      list.find((c) => c.key === key)?.count ?? 0;
    switch (metric) {
      case 'responseRate':
        return make(stats.responseRate, stats.withScores, 'with PHQ-9 scores, at the time of writing');
      case 'remissionRate':
        return make(stats.remissionRate, stats.withScores, 'with PHQ-9 scores, at the time of writing');
      case 'onsetWithinHours':
        return make(
          count(stats.byReliefOnset, ReliefOnset.WITHIN_HOURS) / (stats.total || 1),
          stats.total,
          'felt relief within hours',
        );
      case 'sideEffect':
        if (!Object.values(SideEffect).includes(arg as SideEffect)) break;
        return make(count(stats.sideEffects, arg) / (stats.total || 1), stats.total, `report ${label(arg)}`);
      case 'modality':
        if (!Object.values(TreatmentModality).includes(arg as TreatmentModality)) break;
        return make(
          count(stats.byModality, arg) / (stats.total || 1),
          stats.total,
          `write about ${label(arg)}`,
        );
    }
    throw new Error(`Unknown evidence figure ${spec.metric}`);
  }
}
