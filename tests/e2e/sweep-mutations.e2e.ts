import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { operationFor, rootFields, servedSchema, variablesFor } from './sweeps/schema-walk';

/**
 * Every mutation × every kind of caller, with the code each must get. The table is keyed by mutation
 * name and checked against the schema, so a new mutation without a row fails this suite.
 *
 * `access` is who may call it at all; `outcome` is what an entitled caller gets with the sweep's
 * placeholder arguments (unknown ids, minimal input): OK, or the refusal code.
 */
type Access = 'public' | 'restricted' | 'member' | 'moderator' | 'admin';
type Caller = 'visitor' | 'member' | 'suspended' | 'banned' | 'moderator' | 'admin';
interface Row {
  access: Access;
  outcome: string;
  /** Where an entitled caller gets something else than `outcome`. */
  except?: Partial<Record<Caller, string>>;
}

const MUTATIONS: Record<string, Row> = {
  addMemberNote: { access: 'moderator', outcome: 'NOT_FOUND' },
  appeal: { access: 'restricted', outcome: 'NOT_FOUND' },
  blockUser: { access: 'restricted', outcome: 'NOT_FOUND' },
  changePassword: { access: 'restricted', outcome: 'BAD_USER_INPUT' },
  claimCase: { access: 'moderator', outcome: 'NOT_FOUND' },
  createCategory: { access: 'admin', outcome: 'BAD_USER_INPUT' },
  createChatRoom: { access: 'admin', outcome: 'BAD_USER_INPUT' },
  createComment: { access: 'member', outcome: 'NOT_FOUND' },
  createModerationRule: { access: 'admin', outcome: 'OK' },
  createPost: { access: 'member', outcome: 'NOT_FOUND' },
  createSavedReply: { access: 'admin', outcome: 'OK' },
  deleteAccount: { access: 'restricted', outcome: 'FORBIDDEN' },
  deleteComment: { access: 'member', outcome: 'NOT_FOUND' },
  deleteModerationRule: { access: 'admin', outcome: 'NOT_FOUND' },
  deleteMoodEntry: { access: 'restricted', outcome: 'NOT_FOUND' },
  deletePost: { access: 'member', outcome: 'NOT_FOUND' },
  deleteSavedReply: { access: 'admin', outcome: 'NOT_FOUND' },
  deleteTrackerSession: { access: 'restricted', outcome: 'NOT_FOUND' },
  lockPost: { access: 'moderator', outcome: 'NOT_FOUND' },
  logMood: { access: 'restricted', outcome: 'OK' },
  logTrackerSession: { access: 'restricted', outcome: 'OK' },
  login: { access: 'public', outcome: 'UNAUTHENTICATED' },
  logout: { access: 'public', outcome: 'OK' },
  markDetection: { access: 'moderator', outcome: 'NOT_FOUND' },
  markNoticesRead: { access: 'restricted', outcome: 'OK' },
  markNotificationsRead: { access: 'restricted', outcome: 'OK' },
  markTestimonialHelpful: { access: 'member', outcome: 'NOT_FOUND' },
  // The placeholder action is the first ModerationAction (APPEAL_REVERSED), which only an appeal's case takes.
  moderateComment: { access: 'moderator', outcome: 'BAD_USER_INPUT' },
  moderatePost: { access: 'moderator', outcome: 'BAD_USER_INPUT' },
  movePost: { access: 'moderator', outcome: 'NOT_FOUND' },
  muteInRoom: { access: 'moderator', outcome: 'NOT_FOUND' },
  pinPost: { access: 'moderator', outcome: 'NOT_FOUND' },
  refreshSession: { access: 'public', outcome: 'UNAUTHENTICATED' },
  register: { access: 'public', outcome: 'BAD_USER_INPUT' },
  removeChatMessage: { access: 'moderator', outcome: 'NOT_FOUND' },
  reachOut: { access: 'moderator', outcome: 'NOT_FOUND' },
  registerPushSubscription: { access: 'restricted', outcome: 'BAD_USER_INPUT' },
  replyToComment: { access: 'member', outcome: 'NOT_FOUND' },
  report: { access: 'member', outcome: 'NOT_FOUND' },
  requestEmailChange: { access: 'member', outcome: 'BAD_USER_INPUT' },
  requestEmailVerification: { access: 'restricted', outcome: 'OK' },
  requestPasswordReset: { access: 'public', outcome: 'BAD_USER_INPUT' },
  resetPassword: { access: 'public', outcome: 'BAD_USER_INPUT' },
  resolveCase: { access: 'moderator', outcome: 'NOT_FOUND' },
  revokeOtherSessions: { access: 'restricted', outcome: 'OK' },
  revokeSession: { access: 'restricted', outcome: 'NOT_FOUND' },
  setCategoryWatch: { access: 'member', outcome: 'NOT_FOUND' },
  setHiddenContentWarnings: { access: 'restricted', outcome: 'OK' },
  setNotificationPreference: { access: 'restricted', outcome: 'OK' },
  setOnCall: { access: 'moderator', outcome: 'OK' },
  setPostWatch: { access: 'member', outcome: 'NOT_FOUND' },
  setTestimonialFollowUps: { access: 'member', outcome: 'NOT_FOUND' },
  setTimeZone: { access: 'restricted', outcome: 'BAD_USER_INPUT' },
  setTrackerCheckInConsent: { access: 'restricted', outcome: 'OK' },
  setUserRole: { access: 'admin', outcome: 'NOT_FOUND' },
  setUserStatus: { access: 'moderator', outcome: 'NOT_FOUND' },
  submitCheckIn: { access: 'member', outcome: 'NOT_FOUND' },
  submitTestimonial: { access: 'member', outcome: 'BAD_USER_INPUT' },
  toggleReaction: { access: 'member', outcome: 'NOT_FOUND' },
  unblockUser: { access: 'restricted', outcome: 'NOT_FOUND' },
  unregisterPushSubscription: { access: 'restricted', outcome: 'OK' },
  updateCategory: { access: 'admin', outcome: 'BAD_USER_INPUT' },
  updateChatRoom: { access: 'moderator', outcome: 'NOT_FOUND' },
  updateComment: { access: 'member', outcome: 'NOT_FOUND' },
  updateModerationRule: { access: 'admin', outcome: 'NOT_FOUND' },
  updatePost: { access: 'member', outcome: 'BAD_USER_INPUT' },
  updateProfile: { access: 'member', outcome: 'OK' },
  updateSavedReply: { access: 'admin', outcome: 'NOT_FOUND' },
  updateTestimonial: { access: 'member', outcome: 'NOT_FOUND' },
  verifyEmail: { access: 'public', outcome: 'BAD_USER_INPUT' },
  withdrawCheckIn: { access: 'restricted', outcome: 'NOT_FOUND' },
  withdrawTestimonial: { access: 'restricted', outcome: 'NOT_FOUND' },
};

const CALLERS: Caller[] = ['visitor', 'member', 'suspended', 'banned', 'moderator', 'admin'];
const RANK: Record<Caller, number> = {
  visitor: 0,
  member: 1,
  suspended: 1,
  banned: 1,
  moderator: 2,
  admin: 3,
};
const NEEDS: Record<Access, number> = { public: 0, restricted: 1, member: 1, moderator: 2, admin: 3 };

/** The code a caller must get: from the access rules first, then the row's outcome. */
export function expected(row: Row, caller: Caller): string {
  if (caller === 'banned') return 'FORBIDDEN';
  if (RANK[caller] < NEEDS[row.access]) return caller === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  if (caller === 'suspended' && (row.access === 'member' || row.access === 'moderator')) return 'FORBIDDEN';
  return row.except?.[caller] ?? row.outcome;
}

describe('sweep: every mutation × every kind of caller', () => {
  let t: TestApp;
  const clients = {} as Record<Caller, GraphqlClient>;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    const users = t.app.get(UsersService);
    const [member, suspended, banned, moderator, admin] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
      signInAdmin(t.gql),
    ]);
    await users.setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    await users.setStatus(banned.id, AccountStatus.BANNED);
    Object.assign(clients, {
      visitor: t.gql,
      member: member.gql,
      suspended: suspended.gql,
      banned: banned.gql,
      moderator: moderator.gql,
      admin: admin.gql,
    });
  });
  afterAll(() => t.close());

  it('has a row for every mutation in the schema, and none for a mutation that is gone', () => {
    const names = rootFields(servedSchema(), 'mutation')
      .map((f) => f.name)
      .sort();
    expect(Object.keys(MUTATIONS).sort()).toEqual(names);
  });

  it('answers each with the expected code, never INTERNAL_SERVER_ERROR', async () => {
    const mismatches: string[] = [];
    for (const field of rootFields(servedSchema(), 'mutation')) {
      const row = MUTATIONS[field.name];
      if (!row) continue;
      const query = operationFor('mutation', field);
      const variables = variablesFor(field);
      const answers = await Promise.all(CALLERS.map((caller) => clients[caller].request(query, variables)));
      CALLERS.forEach((caller, i) => {
        const res = answers[i];
        const got = res.errors?.length ? String(res.errors[0].extensions?.code) : 'OK';
        const want = expected(row, caller);
        if (got !== want) mismatches.push(`${field.name} × ${caller}: got ${got}, expected ${want}`);
        if (got === 'INTERNAL_SERVER_ERROR' || res.status >= 500)
          mismatches.push(`${field.name} × ${caller}: server fault (${res.status})`);
      });
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
