import { CRISIS_MESSAGE, CRISIS_REGIONS, CRISIS_RESOURCES, resourcesForRegion } from './resources';

const names = (region?: string | null, fallback?: string) =>
  resourcesForRegion(region, fallback).map((r) => `${r.region}:${r.name}`);

describe('crisis resources', () => {
  it('lists the required lines', () => {
    const find = (region: string, name: string) =>
      CRISIS_RESOURCES.find((r) => r.region === region && r.name.includes(name));
    expect(find('US', '988')).toMatchObject({ phone: '988', sms: '988', url: 'https://988lifeline.org' });
    expect(find('US', 'Crisis Text Line')).toMatchObject({ sms: '741741' });
    expect(find('US', 'Crisis Text Line')?.name).toContain('HOME');
    expect(find('GB', 'Samaritans')).toMatchObject({ phone: '116 123', url: 'https://www.samaritans.org' });
    expect(find('IE', 'Samaritans')).toMatchObject({ phone: '116 123' });
    expect(find('GB', 'Shout')).toMatchObject({ sms: '85258' });
    expect(find('CA', '9-8-8')).toMatchObject({ phone: '988', sms: '988', url: 'https://988.ca' });
    expect(find('AU', 'Lifeline')).toMatchObject({
      phone: '13 11 14',
      sms: '0477 13 11 14',
      url: 'https://www.lifeline.org.au',
    });
    expect(find('NZ', '1737')).toMatchObject({ phone: '1737', sms: '1737' });
    expect(find('INTL', 'Find A Helpline')).toMatchObject({ url: 'https://findahelpline.com' });
    expect(find('INTL', 'IASP')).toMatchObject({ url: 'https://www.iasp.info/resources/Crisis_Centres/' });
  });

  it('covers every region code and only those', () => {
    expect([...CRISIS_REGIONS]).toEqual(['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'INTL']);
    for (const region of CRISIS_REGIONS) expect(CRISIS_RESOURCES.some((r) => r.region === region)).toBe(true);
    for (const r of CRISIS_RESOURCES) {
      expect(CRISIS_REGIONS).toContain(r.region);
      expect(r.phone ?? r.sms ?? r.url).not.toBeNull();
      if (r.url !== null) expect(r.url).toMatch(/^https:\/\//);
    }
  });

  it('gives the region first, then the international directories', () => {
    expect(names('GB')).toEqual([
      'GB:Samaritans',
      'GB:Shout (text SHOUT to 85258)',
      'INTL:Find A Helpline',
      'INTL:IASP Crisis Centres directory',
    ]);
    expect(names('au')[0]).toBe('AU:Lifeline Australia');
    expect(names(' nz ')[0]).toBe('NZ:1737, Need to talk?');
    expect(names('UK')).toEqual(names('GB'));
  });

  it('falls back to the default region, then to the international entries alone', () => {
    expect(names()).toEqual(names('US'));
    expect(names(null)).toEqual(names('US'));
    expect(names('FR')).toEqual(names('US'));
    expect(names('FR', 'ca')).toEqual(names('CA'));
    expect(names('FR', 'XX')).toEqual(['INTL:Find A Helpline', 'INTL:IASP Crisis Centres directory']);
    expect(names('INTL')).toEqual(['INTL:Find A Helpline', 'INTL:IASP Crisis Centres directory']);
  });

  it('returns copies the caller may change', () => {
    const [first] = resourcesForRegion('US');
    first.name = 'changed';
    expect(resourcesForRegion('US')[0].name).toBe('988 Suicide & Crisis Lifeline');
  });

  it('has a short, warm message', () => {
    expect(CRISIS_MESSAGE).toMatch(/not alone/i);
    expect(CRISIS_MESSAGE).toMatch(/still be shared/i);
    expect(CRISIS_MESSAGE.split(/(?<=[.!?])\s/).length).toBeLessThanOrEqual(2);
  });
});
