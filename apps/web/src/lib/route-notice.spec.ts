import { describe, expect, it } from '@jest/globals';
import { routeNotice, type RouteNotice } from './route-notice';

describe('routeNotice', () => {
  it('reads the notice a page left in the navigation state', () => {
    const state: RouteNotice = { notice: 'You have signed out.' };
    expect(routeNotice(state)).toBe('You have signed out.');
    expect(routeNotice({ notice: 'Saved.', from: '/profile' })).toBe('Saved.');
  });

  it.each([
    null,
    undefined,
    'You have signed out.',
    42,
    [],
    {},
    { notice: 7 },
    { notice: null },
    { message: 'x' },
  ])('finds no notice in %p', (state) => {
    expect(routeNotice(state)).toBeNull();
  });
});
