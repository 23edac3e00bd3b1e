import { SafetyModule, safetyEntities } from '@haven/server/safety';
import { createTestApp, type GraphqlClient, type TestApp, type TestAppOptions } from '@haven/server/testing';
import { forumEntities } from './forum.database';
import { ForumModule } from './forum.module';

/** Shared by the forum's integration tests: a server with the forum, and small GraphQL helpers. */

export function createForumApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp({
    ...options,
    // The operation cost model multiplies a connection's `nodes` by a default list size on top of `first`,
    // so ordinary thread and feed queries measure far above the default limit.
    env: options.env,
    imports: [SafetyModule, ForumModule, ...(options.imports ?? [])],
    entities: [
      ...safetyEntities,
      ...forumEntities,
      ...((options.entities as unknown[]) ?? []),
    ] as TestAppOptions['entities'],
  });
}

export const POST_FIELDS = `id title body bodyHtml tags contentWarnings status commentCount deleted createdAt
  updatedAt lastActivityAt author { id handle } category { id slug } reactions { kind count } viewerReactions`;

export const COMMENT_FIELDS = `id body bodyHtml status deleted createdAt author { id handle }
  reactions { kind count } viewerReactions`;

export interface PostData {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  contentWarnings: string[];
  status: string;
  commentCount: number;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  author: { id: string; handle: string };
  category: { id: string; slug: string };
  reactions: { kind: string; count: number }[];
  viewerReactions: string[];
}

export interface CommentData {
  id: string;
  body: string;
  bodyHtml: string;
  status: string;
  deleted: boolean;
  createdAt: string;
  author: { id: string; handle: string };
  reactions: { kind: string; count: number }[];
  viewerReactions: string[];
}

export interface SafetyData {
  crisisDetected: boolean;
  heldForReview: boolean;
  resources: { name: string }[];
}

export async function categoryIdOf(gql: GraphqlClient, slug = 'getting-started'): Promise<string> {
  const { categories } = await gql.ok<{ categories: { id: string; slug: string }[] }>(
    '{ categories { id slug } }',
  );
  const found = categories.find((c) => c.slug === slug);
  if (!found) throw new Error(`no category ${slug}`);
  return found.id;
}

export const CREATE_POST = `mutation($input: CreatePostInput!) {
  createPost(input: $input) { post { ${POST_FIELDS} } safety { crisisDetected heldForReview resources { name } } }
}`;

export async function createPost(
  gql: GraphqlClient,
  input: { categoryId: string; title?: string; body?: string; tags?: string[]; contentWarnings?: string[] },
): Promise<{ post: PostData; safety: SafetyData }> {
  const { createPost } = await gql.ok<{ createPost: { post: PostData; safety: SafetyData } }>(CREATE_POST, {
    input: { title: 'A thread about treatment', body: 'Some words about how it went.', ...input },
  });
  return createPost;
}

export const CREATE_COMMENT = `mutation($input: CreateCommentInput!) {
  createComment(input: $input) { comment { ${COMMENT_FIELDS} } safety { crisisDetected heldForReview resources { name } } }
}`;

export async function createComment(
  gql: GraphqlClient,
  postId: string,
  body = 'Thank you for sharing this.',
): Promise<{ comment: CommentData; safety: SafetyData }> {
  const { createComment } = await gql.ok<{ createComment: { comment: CommentData; safety: SafetyData } }>(
    CREATE_COMMENT,
    { input: { postId, body } },
  );
  return createComment;
}

export const TOGGLE_REACTION = `mutation($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {
  toggleReaction(kind: $kind, id: $id, reaction: $reaction) { kind count }
}`;

export async function getPost(gql: GraphqlClient, id: string): Promise<PostData | null> {
  const { post } = await gql.ok<{ post: PostData | null }>(
    `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
    {
      id,
    },
  );
  return post;
}

export function countOf(reactions: { kind: string; count: number }[], kind: string): number {
  return reactions.find((r) => r.kind === kind)?.count ?? 0;
}
