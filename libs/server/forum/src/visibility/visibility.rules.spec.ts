import { ContentStatus, Role } from '@haven/shared/contracts';
import { commentVisibility } from './comment.visibility';
import { postVisibility } from './post.visibility';
import {
  Relation,
  Surface,
  Visibility,
  relationOf,
  statusesFor,
  visibilitySql,
  type Viewer,
  type VisibilityFacts,
} from './visibility.rules';
import {
  BLOCK_CASES,
  FILTERED_WARNING,
  ROLE_OF,
  STATUS_CASES,
  VIEWER_KINDS,
  expectedVisibility,
  possible,
  type TableCase,
  type ViewerKind,
} from './visibility.table';

const AUTHOR_ID = '00000000-0000-4000-8000-000000000001';
const VIEWER_ID = '00000000-0000-4000-8000-000000000002';

function viewerOf(kind: ViewerKind): Viewer {
  if (kind === 'visitor') return null;
  return { id: kind === 'author' ? AUTHOR_ID : VIEWER_ID, role: ROLE_OF[kind] };
}

function factsOf(c: TableCase, warned: boolean): VisibilityFacts {
  return {
    authorId: AUTHOR_ID,
    status: c.status === 'DELETED' ? ContentStatus.PUBLISHED : c.status,
    deleted: c.status === 'DELETED',
    warnings: warned ? [FILTERED_WARNING] : [],
    hiddenWarnings: c.filtered ? [FILTERED_WARNING] : [],
    viewerBlocksAuthor: c.block === 'viewerBlocksAuthor',
  };
}

function* cases(): Generator<TableCase> {
  for (const viewer of VIEWER_KINDS)
    for (const status of STATUS_CASES)
      for (const block of BLOCK_CASES)
        for (const filtered of [false, true])
          for (const surface of [Surface.LIST, Surface.OPEN])
            if (possible({ viewer, block, filtered })) yield { viewer, status, block, filtered, surface };
}

describe('the visibility rule (pure)', () => {
  it('gives what the table says for every viewer × status × block × filter × surface, posts and comments', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const c of cases()) {
      count++;
      const label = JSON.stringify(c);
      const post = postVisibility(viewerOf(c.viewer), factsOf(c, true), c.surface);
      if (post !== expectedVisibility('post', c)) wrong.push(`post ${label}: ${post}`);
      // A post without the warning is never filtered.
      const unwarned = postVisibility(viewerOf(c.viewer), factsOf(c, false), c.surface);
      if (unwarned !== expectedVisibility('post', { ...c, filtered: false }))
        wrong.push(`unwarned post ${label}: ${unwarned}`);
      const comment = commentVisibility(viewerOf(c.viewer), factsOf(c, false), c.surface);
      if (comment !== expectedVisibility('comment', c)) wrong.push(`comment ${label}: ${comment}`);
    }
    expect(wrong).toEqual([]);
    expect(count).toBe(5 * 2 + 5 * 2 * 2 + 3 * 5 * 3 * 2 * 2);
  });

  it('collapses but never hides for a block', () => {
    const member = viewerOf('member');
    const base = { authorId: AUTHOR_ID, status: ContentStatus.PUBLISHED, deleted: false };
    expect(postVisibility(member, { ...base, viewerBlocksAuthor: true }, Surface.LIST)).toBe(
      Visibility.COLLAPSED,
    );
    expect(postVisibility(member, base, Surface.LIST)).toBe(Visibility.VISIBLE);
  });

  it('knows the viewer’s relation to content', () => {
    expect(relationOf(null, AUTHOR_ID)).toBe(Relation.VISITOR);
    expect(relationOf({ id: AUTHOR_ID, role: Role.MODERATOR }, AUTHOR_ID)).toBe(Relation.AUTHOR);
    expect(relationOf({ id: VIEWER_ID, role: Role.ADMIN }, AUTHOR_ID)).toBe(Relation.MODERATOR);
    expect(relationOf({ id: VIEWER_ID, role: Role.MEMBER }, AUTHOR_ID)).toBe(Relation.MEMBER);
    expect(statusesFor(Relation.MEMBER)).toEqual([ContentStatus.PUBLISHED]);
    expect(statusesFor(Relation.MODERATOR)).toEqual(Object.values(ContentStatus));
  });

  it('writes its SQL with parameters only, never the viewer’s id inline', () => {
    const params: unknown[] = ['x'];
    const sql = visibilitySql({ alias: 'p', filtered: true }, viewerOf('member'), params, Surface.LIST);
    expect(params).toEqual(['x', VIEWER_ID]);
    expect(sql).not.toContain(VIEWER_ID);
    expect(sql).toContain('$2::uuid');
    expect(visibilitySql({ alias: 'c', filtered: false }, null, [], Surface.OPEN)).toBe(
      `c.status IN ('PUBLISHED')`,
    );
  });
});
