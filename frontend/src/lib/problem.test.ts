import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { messagesOf } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import type { Problem } from './api/types';
import {
  localErrorMessage,
  ApiError,
  applyProblemToForm,
  classifyError,
  describeError,
  problemSlug,
  problemTitle,
  toFormPath,
  toProblem,
  translateFieldError,
  type Translate,
} from './problem';

const ja = messagesOf('ja');
const en = messagesOf('en');

/** A tiny `t`: known keys with {{param}} interpolation, else i18next's defaultValue. */
function fakeT(messages: Record<string, string>): Translate {
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  return (key, options) => {
    const template = messages[key];
    if (template === undefined) return text(options?.defaultValue) || key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => text(options?.[name]));
  };
}

const t = fakeT({
  'problem.validation': '入力内容に誤りがあります',
  'problem.forbidden': 'この操作は許可されていません',
  'problem.network': 'サーバーに接続できません',
  'problem.server-error': 'サーバーでエラーが発生しました',
  'validation.NotBlank': '入力してください',
  'validation.Max': '{{value}}以下の値を入力してください',
  'validation.Size': '{{min}}〜{{max}}文字で入力してください',
  'problemHint.forbidden': '権限がありません',
  'problemHint.server': '時間をおいてお試しください',
  'problemHint.network': '通信環境を確認してください',
  'problemHint.other': '',
});

const validationProblem: Problem = {
  type: 'urn:iwaki-matching:problem:validation',
  title: 'The request is invalid',
  status: 400,
  errors: [
    { field: 'nameJa', key: 'validation.NotBlank', message: 'must not be blank' },
    { field: 'nameJa', key: 'validation.Size', message: 'size must be between 1 and 100', params: { min: 1, max: 100 } },
    {
      field: 'targets[0].yearly[1].value',
      key: 'validation.Max',
      message: 'must be less than or equal to 100000',
      params: { value: 100000 },
    },
    { field: 'targets', key: 'program.metric.missing', message: 'The target for DEALS is missing', params: { metric: 'DEALS' } },
  ],
};

describe('problemSlug', () => {
  it('takes the last segment of the type URN', () => {
    expect(problemSlug('urn:iwaki-matching:problem:precondition-failed')).toBe('precondition-failed');
  });
});

describe('problemTitle', () => {
  it('translates the title by the problem type', () => {
    expect(problemTitle(validationProblem, t)).toBe('入力内容に誤りがあります');
  });

  it("falls back to the problem's own title for an unknown type", () => {
    const problem: Problem = { type: 'urn:iwaki-matching:problem:teapot', title: "I'm a teapot", status: 418 };
    expect(problemTitle(problem, t)).toBe("I'm a teapot");
  });
});

describe('translateFieldError', () => {
  it('interpolates the params into the translated message', () => {
    expect(translateFieldError(validationProblem.errors![2]!, t)).toBe('100000以下の値を入力してください');
  });

  it('names a metric instead of showing its code', () => {
    const tm = fakeT({ 'program.metric.missing': '指標（{{metric}}）の目標値がありません', 'metrics.DEALS': '商談成約数' });
    expect(translateFieldError(validationProblem.errors![3]!, tm)).toBe('指標（商談成約数）の目標値がありません');
  });

  it('shows the counts of an export over its cap as Japanese numbers', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ja', resources: { ja: { translation: ja } }, interpolation: { escapeValue: false } });
    const error = { field: 'filters', key: 'export.tooManyRows', message: 'Too many rows to export', params: { max: 100000, count: 123456 } };
    expect(translateFieldError(error, asTranslate(i18n.t))).toBe(
      '123,456件あり、一度にダウンロードできる100,000件を超えています。条件を絞り込んでください',
    );
  });

  it("falls back to the API's message for an unknown key", () => {
    expect(translateFieldError({ field: 'x', key: 'validation.Unheard', message: 'odd value' }, t)).toBe('odd value');
  });

  it('knows every key the programs API sends, in Japanese', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ja', resources: { ja: { translation: ja } }, interpolation: { escapeValue: false } });
    const real = asTranslate(i18n.t);
    const keys = [
      'validation.Max',
      'validation.Min',
      'validation.NotBlank',
      'validation.NotNull',
      'validation.Size',
      'program.metric.unknown',
      'program.metric.missing',
      'program.metric.duplicate',
      'program.fiscalYear.outsidePlan',
      'program.fiscalYear.duplicate',
      'json.unknownField',
      'json.invalidValue',
      'json.malformed',
    ];
    for (const key of keys) {
      const text = real(key, { min: 2025, max: 2029, value: 7, metric: 'DEALS', fiscalYear: 2030, defaultValue: 'MISSING' });
      expect(text, key).not.toBe('MISSING');
      expect(text, key).not.toMatch(/\{\{/);
    }
    expect(real('program.fiscalYear.outsidePlan', { min: 2025, max: 2029 })).toContain('2025');
  });

  it.each([
    ['ja', ja],
    ['en', en],
  ])('knows every key the firms API sends, in %s', async (lng, messages) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources: { [lng]: { translation: messages } }, interpolation: { escapeValue: false } });
    const real = asTranslate(i18n.t);
    const keys = [
      'validation.Pattern',
      'validation.Size',
      'validation.NotBlank',
      'validation.Email',
      'firm.corporateNumber.checkDigit',
      'format.corporateNumber',
      'firm.corporateNumber.taken',
      'format.postalCode',
      'format.phone',
      'firm.industry.unknown',
      'firm.advisor.notYours',
      'firm.archived',
    ];
    for (const key of keys) {
      const text = real(key, { min: 0, max: 200, defaultValue: 'MISSING' });
      expect(text, key).not.toBe('MISSING');
      expect(text, key).not.toMatch(/\{\{/);
    }
  });
});

describe('toFormPath', () => {
  it("turns the API's bracket indexes into react-hook-form's dotted path", () => {
    expect(toFormPath('targets[0].yearly[1].value')).toBe('targets.0.yearly.1.value');
    expect(toFormPath('nameJa')).toBe('nameJa');
  });
});

describe('applyProblemToForm', () => {
  const formFields = new Set(['nameJa', 'targets.0.yearly.1.value']);

  it('puts each field error on its form field, translated, focusing the first', () => {
    const setError = vi.fn();
    const unmapped = applyProblemToForm(validationProblem, setError, t, (p) => formFields.has(p));

    expect(setError.mock.calls).toEqual([
      ['nameJa', { type: 'server', message: '入力してください' }, { shouldFocus: true }],
      ['targets.0.yearly.1.value', { type: 'server', message: '100000以下の値を入力してください' }, { shouldFocus: false }],
    ]);
    expect(unmapped.map((e) => e.key)).toEqual(['program.metric.missing']);
  });

  it('does nothing for a problem without field errors', () => {
    const setError = vi.fn();
    const problem: Problem = { type: 'urn:iwaki-matching:problem:conflict', title: 'Conflict', status: 409 };
    expect(applyProblemToForm(problem, setError, t, () => true)).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('toProblem', () => {
  it('accepts a problem+json body', () => {
    expect(toProblem(validationProblem)).toEqual(validationProblem);
  });

  it('rejects anything else', () => {
    expect(toProblem('<html>Bad gateway</html>')).toBeUndefined();
    expect(toProblem({ message: 'nope' })).toBeUndefined();
  });
});

describe('classifyError', () => {
  it('signs in again on 401', () => {
    expect(classifyError(new ApiError(401, undefined))).toBe('sign-in');
  });

  it('notifies on 403, 5xx and network failures', () => {
    expect(classifyError(new ApiError(403, undefined))).toBe('notify');
    expect(classifyError(new ApiError(502, undefined))).toBe('notify');
    expect(classifyError(new TypeError('Failed to fetch'))).toBe('notify');
  });

  it('leaves 400, 404 and 412 to the screen', () => {
    for (const status of [400, 404, 412, 428]) {
      expect(classifyError(new ApiError(status, undefined))).toBe('local');
    }
  });
});

describe('describeError', () => {
  it('titles a 403 by its problem type', () => {
    const error = new ApiError(403, { type: 'urn:iwaki-matching:problem:forbidden', title: 'Not allowed', status: 403 });
    expect(describeError(error, t)).toEqual({ title: 'この操作は許可されていません', message: '権限がありません' });
  });

  it('titles a 500 without a problem body as a server error', () => {
    expect(describeError(new ApiError(500, undefined), t).title).toBe('サーバーでエラーが発生しました');
  });

  it('titles a bare 502 from the proxy as the API not answering', () => {
    expect(describeError(new ApiError(502, undefined), t)).toEqual({
      title: 'サーバーに接続できません',
      message: '通信環境を確認してください',
    });
  });

  it('titles a failed fetch as a network error', () => {
    expect(describeError(new TypeError('Failed to fetch'), t)).toEqual({
      title: 'サーバーに接続できません',
      message: '通信環境を確認してください',
    });
  });
});

describe('localErrorMessage', () => {
  const t = (key: string) => key;

  it('gives the title and each field error of a 409', () => {
    const error = new ApiError(409, {
      type: 'urn:iwaki-matching:problem:conflict',
      title: 'Conflict',
      status: 409,
      errors: [{ field: 'email', key: 'buyer.contact.usernameTaken', message: 'taken' }],
    });
    expect(localErrorMessage(error, t)).toEqual({ title: 'problem.conflict', items: ['buyer.contact.usernameTaken'] });
  });

  it("leaves 403 and 5xx to the global handler", () => {
    expect(localErrorMessage(new ApiError(403, undefined), t)).toBeUndefined();
    expect(localErrorMessage(new ApiError(500, undefined), t)).toBeUndefined();
    expect(localErrorMessage(new Error('offline'), t)).toBeUndefined();
  });

  it('names the status when there is no problem body', () => {
    expect(localErrorMessage(new ApiError(413, undefined), t)).toEqual({ title: 'problem.payload-too-large', items: [] });
  });
});
