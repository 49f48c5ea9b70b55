/**
 * The template editor's state: the API's SurveyContent with a stable id on each group,
 * question and option (keys change while they are typed, React and focus need something
 * that does not), and the rules the API checks, shown beside each field before saving.
 */
import { z } from 'zod';
import type { Question, QuestionGroup, QuestionType, SurveyContent } from '@/records/survey/types';

export interface EditableOption {
  uid: string;
  key: string;
  ja: string;
  en: string;
}

export interface EditableQuestion extends Omit<Question, 'options' | 'text'> {
  uid: string;
  text: { ja: string; en: string };
  options: EditableOption[];
}

export interface EditableGroup extends Omit<QuestionGroup, 'questions' | 'title'> {
  uid: string;
  title: { ja: string; en: string };
  questions: EditableQuestion[];
}

export interface EditableContent {
  title: { ja: string; en: string };
  intro: { ja: string; en: string };
  groups: EditableGroup[];
}

let counter = 0;
const uid = () => `e${++counter}`;

export const CHOICE_TYPES: readonly QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

export function fromContent(content: SurveyContent): EditableContent {
  return {
    title: { ja: content.title.ja, en: content.title.en ?? '' },
    intro: { ja: content.intro?.ja ?? '', en: content.intro?.en ?? '' },
    groups: content.groups.map((g) => ({
      ...g,
      uid: uid(),
      title: { ja: g.title.ja, en: g.title.en ?? '' },
      questions: g.questions.map((q) => ({
        ...q,
        uid: uid(),
        text: { ja: q.text.ja, en: q.text.en ?? '' },
        options: (q.options ?? []).map((o) => ({ uid: uid(), key: o.key, ja: o.text.ja, en: o.text.en ?? '' })),
      })),
    })),
  };
}

/** A localized text as the API takes it: English left out when empty. */
function text(value: { ja: string; en: string }) {
  return value.en.trim() ? { ja: value.ja.trim(), en: value.en.trim() } : { ja: value.ja.trim() };
}

function optionalText(value: { ja: string; en?: string } | undefined) {
  if (!value || !value.ja.trim()) return undefined;
  return text({ ja: value.ja, en: value.en ?? '' });
}

/** What is sent: only the fields each question type uses. */
export function toContent(content: EditableContent): SurveyContent {
  return {
    title: text(content.title),
    intro: optionalText(content.intro),
    groups: content.groups.map((g) => ({
      key: g.key,
      title: text(g.title),
      questions: g.questions.map((q) => {
        const question: Question = { key: q.key, type: q.type, text: text(q.text), required: q.required, help: optionalText(q.help) };
        if (CHOICE_TYPES.includes(q.type)) question.options = q.options.map((o) => ({ key: o.key, text: text(o) }));
        if (q.type === 'MULTIPLE_CHOICE' && q.maxChoices !== undefined) question.maxChoices = q.maxChoices;
        if (q.type === 'NUMBER') {
          question.unit = optionalText(q.unit);
          if (q.min !== undefined) question.min = q.min;
          if (q.max !== undefined) question.max = q.max;
          if (q.decimals !== undefined) question.decimals = q.decimals;
        }
        if (q.type === 'SCALE' && q.scaleLabels && q.scaleLabels.low.ja.trim() && q.scaleLabels.high.ja.trim()) {
          question.scaleLabels = { low: text({ ja: q.scaleLabels.low.ja, en: q.scaleLabels.low.en ?? '' }), high: text({ ja: q.scaleLabels.high.ja, en: q.scaleLabels.high.en ?? '' }) };
        }
        if (q.type === 'FREE_TEXT' && q.maxLength !== undefined) question.maxLength = q.maxLength;
        return question;
      }),
    })),
  };
}

/** Moves the item at `from` by `by` places (−1 up, +1 down); out of range leaves the list as it is. */
export function move<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** A key not used yet in these keys: question3, question4, … */
export function freshKey(prefix: string, used: readonly string[]): string {
  for (let n = used.length + 1; ; n++) {
    const key = `${prefix}${n}`;
    if (!used.includes(key)) return key;
  }
}

export function newQuestion(usedKeys: readonly string[], type: QuestionType = 'SINGLE_CHOICE'): EditableQuestion {
  return {
    uid: uid(),
    key: freshKey('question', usedKeys),
    type,
    text: { ja: '', en: '' },
    required: false,
    options: CHOICE_TYPES.includes(type)
      ? [
          { uid: uid(), key: 'option1', ja: '', en: '' },
          { uid: uid(), key: 'option2', ja: '', en: '' },
        ]
      : [],
  };
}

export function newGroup(usedGroupKeys: readonly string[], usedQuestionKeys: readonly string[]): EditableGroup {
  return { uid: uid(), key: freshKey('group', usedGroupKeys), title: { ja: '', en: '' }, questions: [newQuestion(usedQuestionKeys)] };
}

export function newOption(used: readonly string[]): EditableOption {
  return { uid: uid(), key: freshKey('option', used), ja: '', en: '' };
}

export const allQuestionKeys = (content: EditableContent) => content.groups.flatMap((g) => g.questions.map((q) => q.key));

const KEY = /^[a-z][A-Za-z0-9_]{0,39}$/;

/** Message keys under templateEditor, by the uid of the thing they are about (and a field). */
export type EditorErrors = Record<string, string>;

const nonBlank = z.string().trim().min(1);

/** The rules the API checks on a template's content, as errors by `<uid>.<field>`. */
export function validateContent(name: { ja: string }, content: EditableContent): EditorErrors {
  const errors: EditorErrors = {};
  const need = (ok: boolean, at: string, key: string) => {
    if (!ok && errors[at] === undefined) errors[at] = key;
  };
  need(nonBlank.safeParse(name.ja).success, 'name.ja', 'requiredText');
  need(nonBlank.safeParse(content.title.ja).success, 'title.ja', 'requiredText');
  const groupKeys = content.groups.map((g) => g.key);
  const questionKeys = allQuestionKeys(content);
  let grids = 0;
  for (const group of content.groups) {
    need(nonBlank.safeParse(group.title.ja).success, `${group.uid}.title`, 'requiredText');
    need(KEY.test(group.key), `${group.uid}.key`, 'keyPattern');
    need(groupKeys.filter((k) => k === group.key).length === 1, `${group.uid}.key`, 'duplicateKey');
    for (const q of group.questions) {
      need(nonBlank.safeParse(q.text.ja).success, `${q.uid}.text`, 'requiredText');
      need(KEY.test(q.key), `${q.uid}.key`, 'keyPattern');
      need(questionKeys.filter((k) => k === q.key).length === 1, `${q.uid}.key`, 'duplicateKey');
      if (CHOICE_TYPES.includes(q.type)) {
        need(q.options.length >= 2, `${q.uid}.options`, 'optionsCount');
        const optionKeys = q.options.map((o) => o.key);
        for (const o of q.options) {
          need(nonBlank.safeParse(o.ja).success, `${o.uid}.text`, 'requiredText');
          need(KEY.test(o.key), `${o.uid}.key`, 'keyPattern');
          need(optionKeys.filter((k) => k === o.key).length === 1, `${o.uid}.key`, 'duplicateKey');
        }
      }
      if (q.type === 'NUMBER' && q.min !== undefined && q.max !== undefined) need(q.min <= q.max, `${q.uid}.min`, 'minAboveMax');
      if (q.type === 'PRODUCT_RATINGS') {
        grids += 1;
        need(grids <= 1, `${q.uid}.type`, 'oneGrid');
      }
    }
  }
  return errors;
}

/** The API's field path (content.groups[1].questions[0].options) as the editor's `<uid>.<field>`. */
export function editorPathOf(content: EditableContent, apiField: string): string | undefined {
  const match = /^content\.groups\[(\d+)\](?:\.questions\[(\d+)\](?:\.options\[(\d+)\])?)?(?:\.(\w+))?/.exec(apiField);
  if (!match) return undefined;
  const group = content.groups[Number(match[1])];
  if (!group) return undefined;
  if (match[2] === undefined) return `${group.uid}.${match[4] ?? 'title'}`;
  const question = group.questions[Number(match[2])];
  if (!question) return undefined;
  if (match[3] === undefined) return `${question.uid}.${match[4] ?? 'text'}`;
  const option = question.options[Number(match[3])];
  return option ? `${option.uid}.${match[4] === 'key' ? 'key' : 'text'}` : `${question.uid}.options`;
}
