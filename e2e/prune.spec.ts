// Pruning dangling parents from the window: on by default, off with the Prune switch.

import {
  buildChainImages,
  importImages,
  keepOnlyDangling,
  type Sandbox,
} from '../electron/sandbox/index.js';
import { expect, recordNames, startShell, test } from './fixtures.js';
import { dialog, imageRow, saveScreenshot, selectOnly } from './window.js';

const chain = buildChainImages();
const childId = chain.child.target.digest;
const baseId = chain.base.target.digest;
const baseShortId = baseId.slice('sha256:'.length, 'sha256:'.length + 12);

/** child:1 on a base whose only record is dangling, as after `docker rmi -f` of the base. */
async function childOnDanglingBase(sandbox: Sandbox, namespace: string): Promise<void> {
  await importImages(sandbox, namespace, [chain.base, chain.child]);
  await keepOnlyDangling(sandbox, namespace, chain.base);
}

test('prunes a dangling parent on delete', async ({ page, sandbox, namespace }, testInfo) => {
  await childOnDanglingBase(sandbox, namespace);
  const shell = await startShell(sandbox, namespace);
  await page.goto(shell.url);

  await selectOnly(page, 'quayside/child:1');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = dialog(page, 'Confirm delete');
  await expect(confirm.getByRole('region', { name: 'Parents to prune' })).toContainText(
    baseShortId,
  );
  await saveScreenshot(page, testInfo, 'dialog-confirm-prune');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();

  const result = dialog(page, 'Delete finished').getByRole('list', { name: 'Result' });
  await expect(result.getByRole('listitem')).toHaveText([
    'Untagged: quayside/child:1',
    `Deleted: ${childId}`,
    `Deleted: ${baseId}`,
  ]);
  expect(await recordNames(sandbox, namespace)).toEqual([]);
  await shell.stop();
});

test('keeps a dangling parent with Prune off', async ({ page, sandbox, namespace }) => {
  await childOnDanglingBase(sandbox, namespace);
  const shell = await startShell(sandbox, namespace);
  await page.goto(shell.url);

  // The switch's label is what a user clicks; the input itself is drawn over by the track.
  await page.getByText('Prune', { exact: true }).click();
  await expect(page.getByRole('switch', { name: 'Prune' })).not.toBeChecked();
  await selectOnly(page, 'quayside/child:1');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = dialog(page, 'Confirm delete');
  await expect(confirm.getByRole('region', { name: 'Parents to prune' })).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();

  const result = dialog(page, 'Delete finished').getByRole('list', { name: 'Result' });
  await expect(result.getByRole('listitem')).toHaveText([
    'Untagged: quayside/child:1',
    `Deleted: ${childId}`,
  ]);
  expect(await recordNames(sandbox, namespace)).toEqual([`moby-dangling@${baseId}`]);
  await dialog(page, 'Delete finished').getByRole('button', { name: 'Close' }).click();
  await expect(imageRow(page, `<none> ${baseShortId}`)).toBeVisible();
  await shell.stop();
});
