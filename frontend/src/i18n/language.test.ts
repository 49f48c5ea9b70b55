// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, LANGUAGE_STORAGE_KEY } from './index';

describe('language switch', () => {
  it('starts in Japanese with its messages only, then loads English on the switch, persists the choice and sets <html lang>', async () => {
    const i18n = await initI18n();
    expect(i18n.language).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('いわきマッチング');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await changeLanguage('en');

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.title).toBe('Iwaki Matching');
  });
});
