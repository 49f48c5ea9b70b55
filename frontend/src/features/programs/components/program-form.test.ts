import { describe, expect, it } from 'vitest';
import type { Program } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import { formFieldPaths, programFormSchema, toFormValues } from './program-form';

const t: Translate = (key) => key;

const program: Program = {
  code: 'FOOD',
  nameJa: 'メイド in いわき食の販路開拓個別支援プロジェクト',
  nameEn: 'Made in Iwaki food sales support project',
  descriptionJa: '',
  descriptionEn: '',
  version: 3,
  targets: [
    {
      metric: 'DEALS',
      unit: 'CASES',
      baseline: 8,
      yearly: [
        { fiscalYear: 2026, value: 8 },
        { fiscalYear: 2025, value: 8 },
      ],
    },
  ],
};

describe('programFormSchema', () => {
  const schema = programFormSchema(t);

  it('accepts the program as loaded and orders its years', () => {
    const values = toFormValues(program);
    expect(values.targets[0]?.yearly.map((y) => y.fiscalYear)).toEqual([2025, 2026]);
    expect(schema.safeParse(values).success).toBe(true);
  });

  it('rejects an empty Japanese name with the required message', () => {
    const result = schema.safeParse({ ...toFormValues(program), nameJa: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['nameJa'], message: 'programForm.errorRequired' }),
    ]);
  });

  it('rejects an emptied, negative, fractional or too large target', () => {
    for (const value of ['', -1, 1.5, 100_001] as const) {
      const values = toFormValues(program);
      values.targets[0]!.yearly[1]!.value = value;
      const result = schema.safeParse(values);
      expect(result.success, String(value)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['targets', 0, 'yearly', 1, 'value']);
    }
  });
});

describe('formFieldPaths', () => {
  it("names every input with react-hook-form's paths", () => {
    expect([...formFieldPaths(toFormValues(program))]).toEqual([
      'nameJa',
      'nameEn',
      'descriptionJa',
      'descriptionEn',
      'targets.0.baseline',
      'targets.0.yearly.0.value',
      'targets.0.yearly.1.value',
    ]);
  });
});
