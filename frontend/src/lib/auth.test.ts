import { describe, expect, it } from 'vitest';
import { returnToFromState, returnToOf } from './auth';

describe('returnToOf', () => {
  it('keeps the path, query and hash the user asked for', () => {
    expect(returnToOf({ pathname: '/programs', search: '?program=FOOD', hash: '' })).toBe('/programs?program=FOOD');
  });

  it('never returns to the callback itself', () => {
    expect(returnToOf({ pathname: '/auth/callback', search: '?code=x&state=y', hash: '' })).toBe('/');
  });
});

describe('returnToFromState', () => {
  it('returns to a path inside the app', () => {
    expect(returnToFromState({ returnTo: '/programs/FOOD' })).toBe('/programs/FOOD');
  });

  it('refuses other origins and odd states', () => {
    expect(returnToFromState({ returnTo: '//evil.example/' })).toBe('/');
    expect(returnToFromState({ returnTo: 'https://evil.example/' })).toBe('/');
    expect(returnToFromState('nonsense')).toBe('/');
    expect(returnToFromState(undefined)).toBe('/');
  });
});
