import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { SafetyModule } from './safety.module';
import { safetyEntities } from './safety.database';

const PREVIEW = `query($t: String!, $r: String) { previewSafety(text: $t, region: $r) { crisisDetected heldForReview resources { region name phone } } }`;
const CREATE_RULE = `mutation($i: ModerationRuleInput!) { createModerationRule(input: $i) { id name pattern isRegex action priority enabled } }`;

interface Preview {
  previewSafety: {
    crisisDetected: boolean;
    heldForReview: boolean;
    resources: { region: string; name: string }[];
  };
}

describe('safety checks, crisis resources and rules', () => {
  let t: TestApp;
  let admin: TestMember;
  beforeAll(async () => {
    t = await createTestApp({ imports: [SafetyModule], entities: safetyEntities });
    admin = await signInAdmin(t.gql);
  });
  afterAll(() => t.close());

  it('lists the seeded crisis resources by region, with the international directories', async () => {
    const { crisisResources } = await t.gql.ok<{
      crisisResources: { region: string; name: string; phone: string }[];
    }>('{ crisisResources(region: "gb") { region name phone } }');
    expect(crisisResources[0]).toMatchObject({ region: 'GB', name: 'Samaritans', phone: '116 123' });
    expect(crisisResources.some((r) => r.region === 'INTL')).toBe(true);
    const byDefault = await t.gql.ok<{ crisisResources: { phone: string | null }[] }>(
      '{ crisisResources { phone } }',
    );
    expect(byDefault.crisisResources[0].phone).toBe('988');
    for (const region of ['CA', 'AU']) {
      const res = await t.gql.ok<{ crisisResources: { region: string }[] }>(
        `query($r: String) { crisisResources(region: $r) { region } }`,
        { r: region },
      );
      expect(res.crisisResources[0].region).toBe(region);
    }
  });

  it('previews crisis language with resources, and saves nothing', async () => {
    const { previewSafety } = await t.gql.ok<Preview>(PREVIEW, {
      t: 'I can’t see any way out but ending it',
      r: 'AU',
    });
    expect(previewSafety.crisisDetected).toBe(true);
    expect(previewSafety.heldForReview).toBe(false);
    expect(previewSafety.resources[0]).toMatchObject({
      region: 'AU',
      name: expect.stringContaining('Lifeline'),
    });
  });

  it('does not mistake figures of speech or clinic questions', async () => {
    for (const text of [
      'That was a killer workout',
      'Where can I find a licensed ketamine clinic near Boston?',
    ]) {
      const { previewSafety } = await t.gql.ok<Preview>(PREVIEW, { t: text });
      expect(previewSafety).toEqual({ crisisDetected: false, heldForReview: false, resources: [] });
      expect(previewSafety).not.toHaveProperty('riskLevel', 'HIGH');
    }
  });

  it('holds drug sourcing for review', async () => {
    const { previewSafety } = await t.gql.ok<Preview>(PREVIEW, {
      t: 'Selling ket, DM me on telegram @kvendor',
    });
    expect(previewSafety.heldForReview).toBe(true);
  });

  it('refuses an oversized draft', async () => {
    expect(await t.gql.errorCode(PREVIEW, { t: 'x'.repeat(40_203) })).toBe('BAD_USER_INPUT');
  });

  it('lets moderators read the rules and only admins change them', async () => {
    const member = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    expect(await t.gql.errorCode('{ moderationRules { name } }')).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode('{ moderationRules { name } }')).toBe('FORBIDDEN');
    const { moderationRules } = await moderator.gql.ok<{ moderationRules: { name: string }[] }>(
      '{ moderationRules { name } }',
    );
    expect(moderationRules.map((r) => r.name)).toContain('street-ketamine');
    const input = { name: 'by-moderator', pattern: 'x', action: 'FLAG' };
    expect(await moderator.gql.errorCode(CREATE_RULE, { i: input })).toBe('FORBIDDEN');
    expect(await member.gql.errorCode(CREATE_RULE, { i: input })).toBe('FORBIDDEN');
  });

  it('applies an admin rule at once, and refuses bad or catastrophic regular expressions', async () => {
    const created = await admin.gql.ok<{
      createModerationRule: { id: string; priority: string; enabled: boolean };
    }>(CREATE_RULE, {
      i: {
        name: 'pill-trading',
        pattern: '\\btrade\\s+(my\\s+)?pills\\b',
        isRegex: true,
        action: 'HOLD_FOR_REVIEW',
        priority: 'HIGH',
      },
    });
    expect(created.createModerationRule).toMatchObject({ priority: 'HIGH', enabled: true });
    const held = await t.gql.ok<Preview>(PREVIEW, { t: 'Anyone want to trade my pills?' });
    expect(held.previewSafety.heldForReview).toBe(true);

    for (const bad of ['(a+)+$', '[unclosed', '']) {
      expect(
        await admin.gql.errorCode(CREATE_RULE, {
          i: { name: `bad-${bad.length}`, pattern: bad, isRegex: true, action: 'FLAG' },
        }),
      ).toBe('BAD_USER_INPUT');
    }
    expect(
      await admin.gql.errorCode(CREATE_RULE, { i: { name: 'pill-trading', pattern: 'x', action: 'FLAG' } }),
    ).toBe('CONFLICT');

    await admin.gql.ok(
      `mutation($id: ID!, $i: ModerationRuleInput!) { updateModerationRule(id: $id, input: $i) { id } }`,
      {
        id: created.createModerationRule.id,
        i: { name: 'pill-trading', pattern: 'trade my pills', action: 'FLAG', enabled: false },
      },
    );
    expect(
      (await t.gql.ok<Preview>(PREVIEW, { t: 'Anyone want to trade my pills?' })).previewSafety.heldForReview,
    ).toBe(false);
    await admin.gql.ok(`mutation($id: ID!) { deleteModerationRule(id: $id) }`, {
      id: created.createModerationRule.id,
    });
    expect(
      await admin.gql.errorCode(`mutation($id: ID!) { deleteModerationRule(id: $id) }`, {
        id: created.createModerationRule.id,
      }),
    ).toBe('NOT_FOUND');
  });

  it('reaches a second instance within seconds', async () => {
    const other = await createTestApp({
      imports: [SafetyModule],
      entities: safetyEntities,
      database: t.database,
      redisPrefix: t.config.REDIS_PREFIX,
    });
    try {
      const before = await other.gql.ok<Preview>(PREVIEW, { t: 'meet at the harbour tonight' });
      expect(before.previewSafety.heldForReview).toBe(false);
      await admin.gql.ok(CREATE_RULE, {
        i: { name: 'harbour', pattern: 'harbour tonight', action: 'HOLD_FOR_REVIEW' },
      });
      let held = false;
      for (let i = 0; i < 50 && !held; i++) {
        held = (await other.gql.ok<Preview>(PREVIEW, { t: 'meet at the harbour tonight' })).previewSafety
          .heldForReview;
        if (!held) await new Promise((r) => setTimeout(r, 100));
      }
      expect(held).toBe(true);
    } finally {
      await other.close();
    }
  });
});
