import { describe, expect, it } from 'vitest';
import type { BuyerContact } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import {
  contactAsInput,
  contactFormSchema,
  EMPTY_CONTACT_FORM,
  toContactFormValues,
  type ContactFormInput,
} from './contact-form';

const t: Translate = (key) => key;
const schema = contactFormSchema(t);

function issuesOf(values: ContactFormInput) {
  const result = schema.safeParse(values);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];
}

describe('contactFormSchema', () => {
  it('needs only a name', () => {
    expect(schema.parse({ ...EMPTY_CONTACT_FORM, name: ' 山田　太郎 ' })).toEqual({ name: '山田 太郎' });
    expect(issuesOf(EMPTY_CONTACT_FORM)).toEqual([{ path: 'name', message: 'validation.NotBlank' }]);
  });

  it('folds every field as the server does', () => {
    expect(
      schema.parse({
        name: '山田 太郎',
        nameKana: 'やまだ　たろう',
        department: '　商品部 ',
        email: 'ＹＡＭＡＤＡ＠ｅｘａｍｐｌｅ．ｊｐ',
        phone: '０９０－１２３４－５６７８',
      }),
    ).toEqual({
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      department: '商品部',
      email: 'YAMADA@example.jp',
      phone: '090-1234-5678',
    });
  });

  it('checks the reading, e-mail, phone and lengths', () => {
    expect(
      issuesOf({ name: 'x'.repeat(101), nameKana: '山田', department: '', email: 'yamada@', phone: '12345' }),
    ).toEqual([
      { path: 'name', message: 'form.errorMaxLength' },
      { path: 'nameKana', message: 'format.kana' },
      { path: 'email', message: 'validation.Email' },
      { path: 'phone', message: 'format.phone' },
    ]);
  });
});

describe('contact values and bodies', () => {
  it('fills the form from a contact and saves it unchanged, an empty reading as absent', () => {
    const contact: BuyerContact = {
      id: 9,
      buyerCompanyId: 3,
      name: '山田 太郎',
      nameKana: '',
      email: 'yamada@example.jp',
      hasLogin: true,
      version: 1,
    };
    const values = toContactFormValues(contact);
    expect(values).toEqual({ name: '山田 太郎', nameKana: '', department: '', email: 'yamada@example.jp', phone: '' });
    expect(schema.parse(values)).toEqual(JSON.parse(JSON.stringify(contactAsInput(contact))));
  });
});
