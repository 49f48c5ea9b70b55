import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Proves that eslint.config.js holds every folder under src/features to the boundaries,
// including one it has never seen: a new area needs no edit of the config.

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const AREA = `new-area-${process.pid}-${Date.now()}`;
const AREA_DIR = join(ROOT, 'src', 'features', AREA);

/** The rules `import-x/no-restricted-paths` reports for this code at this path. */
async function boundaryViolations(relativePath: string, code: string): Promise<string[]> {
  // A new ESLint reads eslint.config.js afresh, after the new area exists. Only the
  // boundary rule runs, without type information: a whole-program type check would only add time.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { project: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
  });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, relativePath) });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? []).map((m) => m.message);
}

describe('feature boundaries', () => {
  beforeAll(() => {
    mkdirSync(AREA_DIR);
    writeFileSync(join(AREA_DIR, 'thing.ts'), 'export const thing = 1;\n');
  });

  afterAll(() => {
    rmSync(AREA_DIR, { recursive: true, force: true });
  });

  it('keep a new feature folder from importing another feature', async () => {
    const messages = await boundaryViolations(
      `src/features/${AREA}/page.ts`,
      "import { parseFirmId } from '@/features/firms/routes/firm-id';\nexport const id = parseFirmId('1');\n",
    );
    expect(messages).toEqual([expect.stringContaining('Features do not import each other')]);
  }, 60_000);

  it('keep every other feature from importing the new one', async () => {
    const messages = await boundaryViolations(
      'src/features/firms/routes/uses-new-area.ts',
      `import { thing } from '@/features/${AREA}/thing';\nexport const again = thing;\n`,
    );
    expect(messages).toEqual([expect.stringContaining('Features do not import each other')]);
  }, 60_000);

  it("let the new feature's own files and the shared layers be imported", async () => {
    const messages = await boundaryViolations(
      `src/features/${AREA}/page.ts`,
      "import { thing } from './thing';\nimport { firmKeys } from '@/records/firm/keys';\nexport const both = [thing, firmKeys.all];\n",
    );
    expect(messages).toEqual([]);
  }, 60_000);

  it('keep records from importing features', async () => {
    const messages = await boundaryViolations(
      'src/records/firm/uses-a-feature.ts',
      `import { thing } from '@/features/${AREA}/thing';\nexport const again = thing;\n`,
    );
    expect(messages).toEqual([expect.stringContaining('Records hold queries')]);
  }, 60_000);
});
