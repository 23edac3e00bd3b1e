import { describe, expect, it } from '@jest/globals';
import { visibleErrors, type ShownErrors } from './field-errors';

type Field = 'email' | 'password' | 'handle';

describe('visibleErrors', () => {
  it('shows nothing before anything was shown, whatever the live checks say', () => {
    expect(visibleErrors<Field>({}, { email: 'Enter your e-mail address.' }, { email: '' })).toEqual({});
  });

  it('keeps a client check’s error while the field still fails, with its current message', () => {
    const shown: ShownErrors<Field> = { email: { message: 'Enter your e-mail address.' } };
    expect(visibleErrors(shown, { email: 'Enter your e-mail address.' }, {})).toEqual({
      email: 'Enter your e-mail address.',
    });
    expect(visibleErrors(shown, { email: 'Enter an e-mail address like name@example.com.' }, {})).toEqual({
      email: 'Enter an e-mail address like name@example.com.',
    });
  });

  it('clears a client check’s error as soon as the field is valid', () => {
    const shown: ShownErrors<Field> = {
      email: { message: 'Enter your e-mail address.' },
      password: { message: 'Use at least 10 characters for your password.' },
    };
    expect(
      visibleErrors(shown, { email: null, password: 'Use at least 10 characters for your password.' }, {}),
    ).toEqual({
      password: 'Use at least 10 characters for your password.',
    });
    expect(visibleErrors(shown, { email: undefined, password: '' }, {})).toEqual({});
  });

  it('treats a field the live checks leave out as valid', () => {
    const shown: ShownErrors<Field> = { handle: { message: 'Choose a handle of 3 to 24 characters.' } };
    expect(visibleErrors(shown, { email: 'Enter your e-mail address.' }, {})).toEqual({});
  });

  it('does not show a field that was not shown, even when it fails now', () => {
    const shown: ShownErrors<Field> = { email: { message: 'Enter your e-mail address.' } };
    expect(
      visibleErrors(
        shown,
        { email: 'Enter your e-mail address.', password: 'Use at least 10 characters.' },
        {},
      ),
    ).toEqual({ email: 'Enter your e-mail address.' });
  });

  it('keeps a server error until the field’s value changes, whatever the live checks say', () => {
    const shown: ShownErrors<Field> = {
      email: { message: 'That e-mail address is already registered.', server: { value: 'sam@example.com' } },
    };
    expect(visibleErrors(shown, { email: null }, { email: 'sam@example.com' })).toEqual({
      email: 'That e-mail address is already registered.',
    });
    expect(visibleErrors(shown, { email: null }, { email: 'sam@example.org' })).toEqual({});
    // Changed back to the refused value: the server said no to it.
    expect(visibleErrors(shown, {}, { email: 'sam@example.com' })).toEqual({
      email: 'That e-mail address is already registered.',
    });
  });

  it('compares a server error’s value exactly (no loose equality)', () => {
    const shown = { count: { message: 'Too many.', server: { value: 0 } } };
    expect(visibleErrors(shown, {}, { count: 0 })).toEqual({ count: 'Too many.' });
    expect(visibleErrors(shown, {}, { count: '0' })).toEqual({});
    expect(visibleErrors(shown, {}, { count: -0 })).toEqual({});
    const nan = { count: { message: 'Not a number.', server: { value: NaN } } };
    expect(visibleErrors(nan, {}, { count: NaN })).toEqual({ count: 'Not a number.' });
  });

  it('skips fields whose shown error was removed', () => {
    const shown: ShownErrors<Field> = { email: undefined };
    expect(visibleErrors(shown, { email: 'Enter your e-mail address.' }, {})).toEqual({});
  });
});
