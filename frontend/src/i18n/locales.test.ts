import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import ja from './locales/ja.json';

// i18next picks `key_one`/`key_other` by the language's plural rules; Japanese has one
// form, so `units.FIRMS` in ja matches `units.FIRMS_one` and `units.FIRMS_other` in en.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof messages !== 'object' || messages === null) return out;
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

function keySet(messages: unknown): string[] {
  return [...new Set([...flatten(messages).keys()].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

describe('message files', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keySet(en)).toEqual(keySet(ja));
  });

  it('have no empty messages', () => {
    for (const [name, messages] of Object.entries({ ja, en })) {
      for (const [key, value] of flatten(messages)) {
        expect(typeof value === 'string' && value.trim().length > 0, `${name}: ${key}`).toBe(true);
      }
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (value: unknown) => [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const jaFlat = flatten(ja);
    for (const [key, value] of flatten(en)) {
      const jaValue = jaFlat.get(key) ?? jaFlat.get(key.replace(PLURAL_SUFFIX, ''));
      expect(vars(value), key).toEqual(vars(jaValue));
    }
  });

  it('translate the message keys the API sends for projects and for a firm’s advisor', () => {
    const keys = [
      'firm.advisor.unknown',
      'project.title.taken',
      'project.closed',
      'project.contact.notOfCompany',
      'project.product.notOfFirm',
      'project.date.outsideFiscalYear',
      'project.period.order',
      'project.state.transition',
      'validation.sort',
    ];
    for (const [name, messages] of Object.entries({ ja, en })) {
      const flat = flatten(messages);
      for (const key of keys) expect(flat.has(key), `${name}: ${key}`).toBe(true);
    }
  });
});
