import { describe, expect, it } from 'vitest';
import { normalizeMultiline, normalizeNumberText, normalizeReading, normalizeText, toKatakana } from './japanese-text';

describe('normalizeText', () => {
  it('turns full-width digits and letters half-width and half-width kana full-width', () => {
    expect(normalizeText('ＡＢＣ商事　１２３')).toBe('ABC商事 123');
    expect(normalizeText('ｲﾜｷ')).toBe('イワキ');
    expect(normalizeText('ｶﾞｯｺｳ')).toBe('ガッコウ');
  });

  it('trims and folds runs of white space, full-width spaces included', () => {
    expect(normalizeText('  いわき　 水産 \t ')).toBe('いわき 水産');
  });
});

describe('normalizeMultiline', () => {
  it('keeps line breaks but drops trailing spaces', () => {
    expect(normalizeMultiline(' 一行目　\r\n２行目 \n\n')).toBe('一行目\n2行目');
  });
});

describe('readings', () => {
  it('turns hiragana into katakana and leaves the rest', () => {
    expect(toKatakana('いわきすいさん ABC ー')).toBe('イワキスイサン ABC ー');
    expect(toKatakana('ゔぁ')).toBe('ヴァ');
  });

  it('normalises a reading typed in hiragana or half-width kana', () => {
    expect(normalizeReading(' いわき　ｽｲｻﾝ ')).toBe('イワキ スイサン');
  });
});

describe('normalizeNumberText', () => {
  it('turns full-width digits and every kind of dash into ASCII', () => {
    expect(normalizeNumberText('９７０－８０２６')).toBe('970-8026');
    expect(normalizeNumberText('0246ー25ー9151')).toBe('0246-25-9151');
    expect(normalizeNumberText('0246‐25−9151')).toBe('0246-25-9151');
  });
});
