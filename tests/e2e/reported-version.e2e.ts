import {
  createTestApp,
  registerMember,
  registerModerator,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// A moderator acting on edited content sees what the reported version said: each report keeps the
// content's text as it read when it was made, beside the text as it is now; only moderators can read it.

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const UPDATE_POST = `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { post { id } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const UPDATE_COMMENT = `mutation($id: ID!, $body: String!) { updateComment(id: $id, body: $body) { comment { id } } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const REPORT = `mutation($input: ReportInput!) { report(input: $input) { id reportedText } }`;
const QUEUE = `{ moderationQueue(first: 100) { nodes { id contentId } } }`;
const CASE = `query($id: ID!) { moderationCase(id: $id) { excerpt content { text }
  reports { id reportedText reporter { id } } } }`;

interface CaseView {
  excerpt: string;
  content: { text: string } | null;
  reports: { id: string; reportedText: string | null; reporter: { id: string } | null }[];
}

describe('the reported version of edited content', () => {
  let t: TestApp;
  let categoryId: string;
  let author: TestMember;
  let reporter: TestMember;
  let secondReporter: TestMember;
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
    [author, reporter, secondReporter, moderator] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
    ]);
  }, 90_000);
  afterAll(() => t.close());

  const report = async (member: TestMember, contentKind: string, contentId: string) =>
    (
      await member.gql.ok<{ report: { id: string; reportedText: string | null } }>(REPORT, {
        input: { contentKind, contentId, reason: 'HARASSMENT' },
      })
    ).report;
  const caseOf = async (contentId: string): Promise<{ id: string; view: CaseView }> => {
    const { moderationQueue } = await moderator.gql.ok<{
      moderationQueue: { nodes: { id: string; contentId: string }[] };
    }>(QUEUE);
    const found = moderationQueue.nodes.find((c) => c.contentId === contentId);
    if (!found) throw new Error(`no open case for ${contentId}`);
    const { moderationCase } = await moderator.gql.ok<{ moderationCase: CaseView }>(CASE, { id: found.id });
    return { id: found.id, view: moderationCase };
  };

  const surfaces: {
    kind: string;
    create(): Promise<string>;
    edit(id: string): Promise<void>;
    before: string;
    after: string;
  }[] = [
    {
      kind: 'POST',
      before: 'You are all pathetic and should leave',
      after: 'Thank you all for the kind words',
      create: async () =>
        (
          await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
            input: {
              categoryId,
              title: 'A week after my third infusion',
              body: 'You are all pathetic and should leave',
            },
          })
        ).createPost.post.id,
      edit: async (id) => {
        await author.gql.ok(UPDATE_POST, { id, input: { body: 'Thank you all for the kind words' } });
      },
    },
    {
      kind: 'COMMENT',
      before: 'Nobody here would miss you',
      after: 'I hope tomorrow is gentler for you',
      create: async () => {
        const { createPost } = await moderator.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
          input: { categoryId, title: 'How was your week?', body: 'Tell us how it went.' },
        });
        return (
          await author.gql.ok<{ createComment: { comment: { id: string } } }>(CREATE_COMMENT, {
            input: { postId: createPost.post.id, body: 'Nobody here would miss you' },
          })
        ).createComment.comment.id;
      },
      edit: async (id) => {
        await author.gql.ok(UPDATE_COMMENT, { id, body: 'I hope tomorrow is gentler for you' });
      },
    },
    {
      kind: 'USER',
      before: 'Message me for cheap ketamine',
      after: 'Three months into esketamine',
      create: async () => {
        await author.gql.ok(UPDATE_PROFILE, { input: { bio: 'Message me for cheap ketamine' } });
        return author.id;
      },
      edit: async () => {
        await author.gql.ok(UPDATE_PROFILE, { input: { bio: 'Three months into esketamine' } });
      },
    },
  ];

  it.each(surfaces)(
    '$kind: the case shows the reported text beside the text as it is now',
    async (surface) => {
      const id = await surface.create();
      const first = await report(reporter, surface.kind, id);
      expect(first.reportedText).toBeNull();
      await surface.edit(id);
      const second = await report(secondReporter, surface.kind, id);

      const { view } = await caseOf(id);
      expect(view.content?.text).toContain(surface.after);
      expect(view.content?.text).not.toContain(surface.before);
      const byId = new Map(view.reports.map((r) => [r.id, r]));
      expect(byId.get(first.id)?.reportedText).toContain(surface.before);
      expect(byId.get(first.id)?.reportedText).not.toContain(surface.after);
      expect(byId.get(first.id)?.reporter?.id).toBe(reporter.id);
      expect(byId.get(second.id)?.reportedText).toContain(surface.after);
    },
  );

  it('is for moderators only: reporters and authors get null or FORBIDDEN, never the text', async () => {
    const id = await surfaces[0].create();
    const mine = await reporter.gql.request<{ report: { reportedText: string | null } }>(REPORT, {
      input: { contentKind: 'POST', contentId: id, reason: 'SPAM' },
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.report.reportedText).toBeNull();
    await surfaces[0].edit(id);
    const { id: caseId } = await caseOf(id);
    for (const member of [reporter, author]) {
      const res = await member.gql.request(CASE, { id: caseId });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain(surfaces[0].before);
    }
    const visitor = await t.gql.request(CASE, { id: caseId });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the text as reported even when the case is resolved and the content edited again', async () => {
    const id = await surfaces[0].create();
    await report(reporter, 'POST', id);
    const { id: caseId } = await caseOf(id);
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: DISMISS }) { id } }`, {
      id: caseId,
    });
    await surfaces[0].edit(id);
    const { moderationCase } = await moderator.gql.ok<{ moderationCase: CaseView }>(CASE, { id: caseId });
    expect(moderationCase.reports[0].reportedText).toContain(surfaces[0].before);
    expect(moderationCase.content?.text).toContain(surfaces[0].after);
  });

  it('forgets a profile as reported when its member deletes their account; content stays', async () => {
    const leaving = await registerMember(t.gql);
    await leaving.gql.ok(UPDATE_PROFILE, { input: { bio: 'Selling what the clinic gives me' } });
    const { createPost } = await leaving.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'Leftovers from my sessions', body: 'Ask me about the leftovers' },
    });
    await report(reporter, 'USER', leaving.id);
    await report(reporter, 'POST', createPost.post.id);
    await leaving.gql.ok(`mutation($password: String!) { deleteAccount(password: $password) }`, {
      password: leaving.password,
    });
    const profileCase = await caseOf(leaving.id);
    expect(profileCase.view.reports[0].reportedText).toBeNull();
    expect(JSON.stringify(profileCase.view.reports)).not.toContain('Selling what the clinic gives me');
    const postCase = await caseOf(createPost.post.id);
    expect(postCase.view.reports[0].reportedText).toContain('Ask me about the leftovers');
  });
});
