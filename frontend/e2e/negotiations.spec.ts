import { expect, test, type Page } from '@playwright/test';
import { introduce, seedWorld } from './negotiation-records';
import { login, logout, USERS, uniqueStamp } from './support';

/**
 * The advisor's day: a negotiation taken from 紹介済 to 成約 on the board with the keyboard
 * alone (Space to pick up, → to the next column, Space to drop), the deal entered on the way,
 * then a follow-up recorded on its page. Its records are made through the API.
 */

// Wide enough for the seven columns side by side (a narrower board scrolls sideways).
test.use({ viewport: { width: 1920, height: 1080 } });

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });

test('an advisor moves a negotiation from INTRODUCED to WON with the keyboard, enters the deal and records a follow-up', async ({ page }) => {
  test.setTimeout(150_000);
  const stamp = uniqueStamp();
  await login(page, USERS.coordinator);
  const world = await seedWorld(page, stamp, { label: 'ボード' });
  const negotiationId = await introduce(page, world);
  await logout(page);

  await login(page, USERS.advisor);
  await page.goto(`/negotiations/board?q=${encodeURIComponent(world.firm.name)}`);
  await expect(page.getByRole('heading', { level: 1, name: '商談ボード' })).toBeVisible();
  const card = new RegExp(`${world.firm.name} × ${world.company.name}`);
  const handle = page.getByRole('button', { name: card });
  await expect(column(page, '紹介済').getByRole('button', { name: card })).toBeVisible();

  // Each move: pick up, one column right, drop; the card's handle keeps the focus.
  await handle.focus();
  // As a screen reader user does, each key waits for the board's announcement of the one before.
  const announcer = page.getByRole('status').filter({ hasText: world.firm.name });
  let from = '紹介済';
  for (const next of ['商談予定', '商談実施', '継続商談', '成約']) {
    await page.keyboard.press('Space');
    await expect(announcer).toContainText(`（${from}） は ${from} の上にあります。`);
    await page.keyboard.press('ArrowRight');
    await expect(announcer).toContainText(`（${from}） は ${next} の上にあります。`);
    await page.keyboard.press('Space');
    if (next === '成約') break;
    await expect(column(page, next).getByRole('button', { name: card })).toBeFocused();
    // The card waits in its new column, dimmed and not movable, until the server has the move.
    await expect(column(page, next).getByRole('listitem').filter({ has: page.getByRole('button', { name: card }) })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    from = next;
  }

  // 継続商談 → 成約 asks for the deal: its date (today), the amount in yen, a product.
  const dialog = page.getByRole('dialog', { name: '成約の登録' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('成約日')).toBeFocused();
  // The date field opens its calendar once focused, and Tab would go into it; the date stays today.
  await dialog.getByRole('textbox', { name: '成約金額（円）' }).focus();
  await page.keyboard.type('1250000');
  await expect(dialog.getByRole('textbox', { name: '成約金額（円）' })).toHaveValue('¥1,250,000');
  await dialog.getByRole('checkbox', { name: world.products[0]!.name }).check();
  // Enter in the amount sends the form.
  await dialog.getByRole('textbox', { name: '成約金額（円）' }).press('Enter');
  await expect(dialog).toBeHidden();
  const won = column(page, '成約');
  await expect(won.getByRole('button', { name: card })).toBeFocused();
  await expect(won).toContainText(/[¥￥]1,250,000/);

  // The negotiation's page: the deal, the timeline of four moves, and a follow-up recorded.
  await page.goto(`/negotiations/${negotiationId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${world.firm.name} × ${world.company.name}` })).toBeVisible();
  const deal = page.getByRole('region', { name: '成約内容' });
  await expect(deal).toContainText(/[¥￥]1,250,000/);
  await expect(deal).toContainText(world.products[0]!.name);
  const timeline = page.getByRole('region', { name: '経過' });
  await expect(timeline.getByRole('listitem')).toHaveCount(5); // introduced, then four moves
  await expect(timeline).toContainText('継続商談 → 成約');
  await expect(timeline).toContainText('鈴木');

  const followUps = page.getByRole('region', { name: 'フォローアップ' });
  await followUps.getByRole('combobox', { name: '方法' }).selectOption({ label: '電話' });
  await followUps.getByRole('textbox', { name: '内容' }).fill('初回納品の数量を電話で確認した。');
  await followUps.getByRole('textbox', { name: '次回の対応', exact: true }).fill('追加発注の確認');
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  await followUps.getByLabel('次回の対応日').fill(nextWeek);
  await followUps.getByRole('button', { name: '記録する' }).click();
  const recorded = followUps.getByRole('listitem').filter({ hasText: '初回納品の数量を電話で確認した。' });
  await expect(recorded).toContainText('電話');
  await expect(recorded).toContainText('次回: 追加発注の確認');
});
