import type { Industry, Program } from './api/types';

/** The program's name in the UI language (Japanese unless English is chosen). */
export function programName(program: Pick<Program, 'nameJa' | 'nameEn'>, language: string | undefined): string {
  return language === 'en' ? program.nameEn : program.nameJa;
}

/** A program's name by its code, from the catalogue when loaded; the code itself until then. */
export function programNameOf(
  code: string,
  programs: readonly Pick<Program, 'code' | 'nameJa' | 'nameEn'>[] | undefined,
  language: string | undefined,
): string {
  const program = programs?.find((p) => p.code === code);
  return program ? programName(program, language) : code;
}

export function programDescription(
  program: Pick<Program, 'descriptionJa' | 'descriptionEn'>,
  language: string | undefined,
): string {
  return language === 'en' ? program.descriptionEn : program.descriptionJa;
}

/** An industry category's name in the UI language. */
export function industryName(industry: Pick<Industry, 'nameJa' | 'nameEn'>, language: string | undefined): string {
  return language === 'en' ? industry.nameEn : industry.nameJa;
}
