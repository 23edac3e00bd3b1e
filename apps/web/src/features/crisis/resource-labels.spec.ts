import { describe, expect, it } from '@jest/globals';
import { CRISIS_RESOURCES } from '@haven/shared/safety';
import { contactNumber, dialable, resourceLabels } from './resource-labels';

describe('dialable', () => {
  it('keeps the digits and a leading +', () => {
    expect(dialable('116 123')).toBe('116123');
    expect(dialable('+44 (0) 20-7946 0000')).toBe('+4402079460000');
    expect(dialable('988')).toBe('988');
  });
});

describe('contactNumber', () => {
  it.each([
    ['116 123', '116123'],
    ['0477 13 11 14', '0477131114'],
    ['Text HOME to 741741', '741741'],
    ['Call 1-800-273-8255 or text 838255', '838255'],
    ['+1 555-0100', '+15550100'],
    ['5', '5'],
  ])('dials %p as %p', (contact, number) => {
    expect(contactNumber(contact)).toBe(number);
  });
});

describe('resourceLabels', () => {
  it('turns a texting instruction in the name into the text action', () => {
    expect(
      resourceLabels({
        name: 'Crisis Text Line (text HOME to 741741)',
        phone: null,
        sms: '741741',
        url: null,
      }),
    ).toEqual({ name: 'Crisis Text Line', call: null, text: 'Text HOME to 741741' });
  });

  it('reads the instruction whatever its case and spacing', () => {
    const labels = resourceLabels({
      name: 'Shout ( Text SHOUT to 85258 ) UK',
      phone: null,
      sms: '85258',
      url: null,
    });
    expect(labels.name).toBe('Shout UK');
    expect(labels.text).toBe('Text SHOUT to 85258');
  });

  it('offers a call and a text for plain numbers', () => {
    expect(
      resourceLabels({ name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', url: null }),
    ).toEqual({
      name: '988 Suicide & Crisis Lifeline',
      call: 'Call 988',
      text: 'Text 988',
    });
  });

  it('uses a contact that already says what to do as it is', () => {
    const labels = resourceLabels({
      name: 'Line',
      phone: 'Dial 0 for the operator',
      sms: 'Text HELLO to 123',
      url: null,
    });
    expect(labels.call).toBe('Dial 0 for the operator');
    expect(labels.text).toBe('Text HELLO to 123');
  });

  it('has no actions for a directory with only a web address', () => {
    expect(
      resourceLabels({ name: 'Find A Helpline', phone: null, sms: null, url: 'https://findahelpline.com' }),
    ).toEqual({
      name: 'Find A Helpline',
      call: null,
      text: null,
    });
  });

  it('gives every crisis line Haven lists a name and a dialable number for each action', () => {
    for (const resource of CRISIS_RESOURCES) {
      const labels = resourceLabels(resource);
      expect(labels.name).not.toMatch(/\(|text .* to/i);
      if (resource.phone) expect(contactNumber(resource.phone)).toMatch(/^\+?\d+$/);
      if (resource.sms) expect(contactNumber(resource.sms)).toMatch(/^\+?\d+$/);
      expect(labels.call === null).toBe(resource.phone === null);
      expect(labels.text === null).toBe(resource.sms === null);
    }
  });
});
