import { ModerationHistory } from './moderation-history';

describe('ModerationHistory', () => {
  it('counts everyone as acted against until moderation registers its log', async () => {
    const history = new ModerationHistory();
    expect(await history.actedAgainst('someone')).toBe(true);
    history.register(async (userId) => userId === 'warned');
    expect(await history.actedAgainst('someone')).toBe(false);
    expect(await history.actedAgainst('warned')).toBe(true);
  });
});
