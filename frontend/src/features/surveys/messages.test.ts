import { describe, expect, it } from 'vitest';
import { messagesOf } from '@/i18n/messages';

// The message keys the surveys backend sends (FieldError keys in its Java sources), read from
// the sources themselves so that a key added there without a translation fails here.
const SOURCES = import.meta.glob<string>('../../../../backend/src/main/java/jp/iwaki/matching/{survey,mail}/**/*.java', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function serverKeys(): string[] {
  const keys = new Set<string>();
  for (const source of Object.values(SOURCES)) {
    for (const match of source.matchAll(/"((?:survey|mail)\.[A-Za-z]+(?:\.[A-Za-z]+)*)"/g)) {
      if (match[1]) keys.add(match[1]);
    }
  }
  return [...keys].sort();
}

function lookUp(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), messages);
}

describe('survey messages', () => {
  const keys = serverKeys();

  it('find the keys the backend sends', () => {
    // A guard against a moved source tree, which would make the next test pass on nothing.
    expect(keys).toContain('survey.answer.required');
    expect(keys).toContain('survey.link.expired');
    expect(keys).toContain('mail.unavailable');
    expect(keys.length).toBeGreaterThan(25);
  });

  it.each(['ja', 'en'] as const)('translate every key the surveys backend sends in %s, on the app’s first load', (language) => {
    const messages = messagesOf(language);
    const missing = keys.filter((key) => typeof lookUp(messages, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('keep the parameters the backend sends with a key', () => {
    const ja = messagesOf('ja');
    const en = messagesOf('en');
    for (const [key, param] of [
      ['survey.answer.tooManyChoices', 'max'],
      ['survey.answer.tooManyDecimals', 'decimals'],
      ['survey.template.options', 'max'],
    ] as const) {
      expect(String(lookUp(ja, key)), key).toContain(`{{${param}}}`);
      expect(String(lookUp(en, key)), key).toContain(`{{${param}}}`);
    }
  });
});
