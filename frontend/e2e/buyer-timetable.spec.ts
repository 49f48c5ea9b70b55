import { expect, test } from '@playwright/test';
import { grantLogin, seedWorld } from './negotiation-records';
import { login, navigation, USERS, uniqueStamp } from './support';

/**
 * A buyer on a phone (390×844) finds products by half-width kana, picks two, and sees its
 * meeting schedule once the coordinator has generated and published the timetable (and e-mailed it).
 */
test('a buyer on a phone finds products by half-width kana, picks two, and sees its timetable once published', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = uniqueStamp();
  const email = `e2e-tt-${Date.now()}@buyer.example`;

  const staff = await browser.newPage();
  await login(staff, USERS.coordinator);
  const world = await seedWorld(staff, stamp, { label: 'スケジュール', contactEmail: email });
  const grant = await grantLogin(staff, world);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true, isMobile: true });
  const buyer = await phone.newPage();
  await buyer.goto('/');
  await buyer.getByRole('button', { name: 'ログイン' }).click();
  await buyer.locator('#username').fill(grant.username);
  await buyer.locator('#password').fill(grant.temporaryPassword);
  await buyer.locator('#kc-login').click();
  const password = `E2e-${stamp.digits}-pass!`;
  await buyer.locator('#password-new').fill(password);
  await buyer.locator('#password-confirm').fill(password);
  await buyer.getByRole('button', { name: /^(送信|Submit)$/ }).click();
  await expect(buyer.getByRole('heading', { level: 1 })).toBeVisible();

  await buyer.goto('/catalogue');
  await expect(buyer.getByRole('heading', { level: 2, name: world.project.title })).toBeVisible();
  const search = buyer.getByRole('searchbox', { name: '事業者名・商品名で検索' });
  const [sanma, kamaboko] = world.products;

  // Half-width kana of the products' readings: the server folds width and kana.
  for (const [query, product] of [
    [`ｻﾝﾏﾐﾘﾝ`, sanma!],
    [`ｲﾜｷｱｹﾞｶﾏﾎﾞｺ${stamp.halfWidth}`, kamaboko!],
  ] as const) {
    await search.fill(query);
    const card = buyer.getByRole('listitem').filter({ hasText: product.name });
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: `「${product.name}」を商談したい商品に選ぶ` }).click();
    await expect(card.getByRole('button', { name: `「${product.name}」を商談したい商品に選ぶ` })).toHaveAttribute('aria-pressed', 'true');
  }

  // The product's details, from its card.
  await buyer.getByRole('button', { name: `「${kamaboko!.name}」の詳細` }).click();
  const details = buyer.getByRole('dialog', { name: kamaboko!.name });
  await expect(details).toContainText('120g');
  await details.getByRole('button', { name: '閉じる' }).click();

  await search.fill('');
  await buyer.getByRole('checkbox', { name: '選んだ商品のみ' }).check();
  await expect(buyer.getByRole('listitem').filter({ hasText: stamp.digits })).toHaveCount(2);

  // Not published yet: the buyer is told so.
  // A segmented control: its radio input is hidden under the label, which is what a finger taps.
  await buyer.getByRole('radiogroup').getByText('商談スケジュール', { exact: true }).click();
  await expect(buyer.getByRole('radio', { name: '商談スケジュール' })).toBeChecked();
  await expect(buyer.getByText('商談スケジュールはまだ公開されていません。')).toBeVisible();

  // The coordinator generates the timetable from the picks and publishes it.
  await staff.goto(`/projects/${world.project.id}/timetable`);
  await expect(staff.getByRole('heading', { level: 1, name: '商談会スケジュール' })).toBeVisible();
  await expect(staff.getByText('選択 2 件')).toBeVisible();
  await staff.getByLabel('開始時刻').fill('10:00');
  await staff.getByLabel('終了時刻').fill('12:00');
  await staff.getByRole('button', { name: '選択から作成' }).click();
  const grid = staff.getByRole('table', { name: /時間割/ });
  await expect(grid).toContainText(world.company.name);
  await expect(grid).toContainText(world.firm.name);
  await staff.getByRole('button', { name: '公開して商談予定にする' }).click();
  await expect(staff.getByText('公開済み', { exact: true })).toBeVisible();

  // …and e-mails each buyer its own, with its .ics: the buyer's contact gets it (read from the mail catcher).
  staff.once('dialog', (dialog) => void dialog.accept());
  await staff.getByRole('button', { name: 'メールで送る' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'に送りました' })).toContainText('1 社（1 通）に送りました');
  await expect(staff.getByRole('list', { name: 'バイヤー企業ごとの送信結果' })).toContainText(email);
  if (process.env.MAIL_API_URL) {
    const inbox = await fetch(`${process.env.MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
    expect(inbox.ok).toBe(true);
    expect(await inbox.text()).toContain('timetable.ics');
  }

  // The buyer's schedule: one meeting with the firm, for both picked products.
  await buyer.reload();
  const schedule = buyer.getByRole('table', { name: /商談スケジュール/ });
  await expect(schedule).toContainText('10:00〜10:30');
  await expect(schedule).toContainText(world.firm.name);
  await expect(schedule).toContainText(sanma!.name);
  await expect(schedule).toContainText(kamaboko!.name);
  await expect(navigation(buyer).getByRole('link', { name: '商談' })).toHaveCount(0);

  await phone.close();
  await staff.close();
});
