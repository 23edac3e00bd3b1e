import { createTestApp, type GraphqlClient, type TestApp, type TestMember } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// The app, the documents and the helpers the notification tests share.

export const app = (shared?: TestApp, env?: Record<string, string>) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
    ...(env ? { env } : {}),
  });

export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
export const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id parentId status } } }`;
export const REPLY = `mutation($id: ID!, $body: String!) { replyToComment(commentId: $id, body: $body) { comment { id parentId postId: post { id } } } }`;
export const LIST = `query($unread: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unread, first: $first, after: $after) {
  nodes { id kind count summary path readAt actor { id handle } } pageInfo { hasNextPage endCursor } unreadCount } }`;
export const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
export const SET_PREF = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
export const WATCH_POST = `mutation($id: ID!, $level: WatchLevel!) { setPostWatch(postId: $id, level: $level) { id viewerWatch } }`;
export const WATCH_CATEGORY = `mutation($id: ID!, $level: WatchLevel!) { setCategoryWatch(categoryId: $id, level: $level) { id viewerWatch } }`;
export const REACT = `mutation($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) { toggleReaction(kind: $kind, id: $id, reaction: $reaction) { kind count } }`;
export const SUGGEST = `query($p: String!) { handleSuggestions(prefix: $p) { handle } }`;

export interface NotificationNode {
  id: string;
  kind: string;
  count: number;
  summary: string;
  path: string;
  readAt: string | null;
  actor: { id: string; handle: string } | null;
}

export interface ListData {
  notifications: {
    nodes: NotificationNode[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    unreadCount: number;
  };
}

export const createPost = async (
  gql: GraphqlClient,
  categoryId: string,
  body = 'How the first weeks went for me.',
) =>
  (
    await gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'My first weeks of treatment', body },
    })
  ).createPost.post;

export const createComment = async (
  gql: GraphqlClient,
  postId: string,
  body = 'Thank you for writing this.',
) =>
  (
    await gql.ok<{ createComment: { comment: { id: string; parentId: string | null; status: string } } }>(
      CREATE_COMMENT,
      { input: { postId, body } },
    )
  ).createComment.comment;

export const listNotifications = async (member: TestMember, vars: Record<string, unknown> = {}) =>
  (await member.gql.ok<ListData>(LIST, vars)).notifications;
