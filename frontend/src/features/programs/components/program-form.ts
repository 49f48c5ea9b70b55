import { z } from 'zod';
import { TARGET_METRICS } from '@/lib/api/enums';
import type { Program, ProgramUpdate } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';

export const MAX_TARGET = 100_000;

/**
 * The edit form's rules, the same as ProgramUpdate's in openapi.yaml, with messages in
 * the user's language. The server checks them again; its field errors land on the same
 * fields because the form's shape is the request body's.
 */
export function programFormSchema(t: Translate) {
  const required = t('programForm.errorRequired');
  const name = z
    .string()
    .trim()
    .min(1, required)
    .max(100, t('programForm.errorMaxLength', { max: 100 }));
  const description = z
    .string()
    .trim()
    .max(2000, t('programForm.errorMaxLength', { max: 2000 }));
  const range = t('programForm.errorRange', { min: 0, max: '100,000' });
  // An emptied number input holds '' until the user types again.
  const count = z
    .union([z.number(), z.literal('')])
    .pipe(z.number({ error: required }).int(t('programForm.errorInteger')).min(0, range).max(MAX_TARGET, range));

  return z.object({
    nameJa: name,
    nameEn: name,
    descriptionJa: description,
    descriptionEn: description,
    targets: z.array(
      z.object({
        metric: z.enum(TARGET_METRICS),
        baseline: count,
        yearly: z.array(z.object({ fiscalYear: z.number().int(), value: count })),
      }),
    ),
  });
}

type Schema = ReturnType<typeof programFormSchema>;
export type ProgramFormInput = z.input<Schema>;
export type ProgramFormOutput = z.output<Schema>;

/** The form's output is the request body; typecheck fails if openapi.yaml drifts from it. */
export function toProgramUpdate(values: ProgramFormOutput): ProgramUpdate {
  return values;
}

export function toFormValues(program: Program): ProgramFormInput {
  return {
    nameJa: program.nameJa,
    nameEn: program.nameEn,
    descriptionJa: program.descriptionJa,
    descriptionEn: program.descriptionEn,
    targets: (program.targets ?? []).map((target) => ({
      metric: target.metric,
      baseline: target.baseline,
      yearly: [...target.yearly]
        .sort((a, b) => a.fiscalYear - b.fiscalYear)
        .map((y) => ({ fiscalYear: y.fiscalYear, value: y.value })),
    })),
  };
}

/** The react-hook-form paths of the inputs the form shows, to place server errors on. */
export function formFieldPaths(values: ProgramFormInput): Set<string> {
  const paths = new Set(['nameJa', 'nameEn', 'descriptionJa', 'descriptionEn']);
  values.targets.forEach((target, i) => {
    paths.add(`targets.${i}.baseline`);
    target.yearly.forEach((_, j) => paths.add(`targets.${i}.yearly.${j}.value`));
  });
  return paths;
}
