import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition, toQueryString } from './binary';

describe('fileNameFromContentDisposition', () => {
  it('decodes the UTF-8 file name', () => {
    expect(
      fileNameFromContentDisposition(
        "attachment; filename=\"firms.csv\"; filename*=UTF-8''%E4%BA%8B%E6%A5%AD%E8%80%85_20250612.csv",
      ),
    ).toBe('事業者_20250612.csv');
  });

  it('reads filename* before filename whatever their order', () => {
    expect(fileNameFromContentDisposition("attachment; filename*=utf-8''a%20b.xlsx; filename=\"x.xlsx\"")).toBe('a b.xlsx');
  });

  it('falls back to the quoted plain name', () => {
    expect(fileNameFromContentDisposition('attachment; filename="buyers.csv"')).toBe('buyers.csv');
    expect(fileNameFromContentDisposition('attachment; filename=buyers.csv')).toBe('buyers.csv');
  });

  it('falls back to the plain name when the encoded one is broken', () => {
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''%E4%ZZ; filename=\"ok.csv\"")).toBe('ok.csv');
  });

  it('keeps folders out of the name', () => {
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''..%2F..%2Fevil.csv")).toBe('.._.._evil.csv');
  });

  it('answers undefined without a usable name', () => {
    expect(fileNameFromContentDisposition(null)).toBeUndefined();
    expect(fileNameFromContentDisposition('attachment')).toBeUndefined();
  });
});

describe('toQueryString', () => {
  it('leaves out undefined and empty values', () => {
    expect(toQueryString({ format: 'csv', q: undefined, archived: true, page: 0, x: '' })).toBe('?format=csv&archived=true&page=0');
  });

  it('is empty without values', () => {
    expect(toQueryString({})).toBe('');
  });

  it('repeats a parameter for each value of a list', () => {
    expect(toQueryString({ stage: ['MET', 'WON'], format: 'xlsx', none: [] })).toBe('?stage=MET&stage=WON&format=xlsx');
  });
});
