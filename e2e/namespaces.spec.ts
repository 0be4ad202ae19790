// Each page of the browser shell has its own namespace: picking one in a page changes neither what
// another page shows nor where it deletes.

import { buildChainImages, importImages } from '../electron/sandbox/index.js';
import { expect, recordNames, startShell, test } from './fixtures.js';
import { dialog, imageRow, selectOnly } from './window.js';

const chain = buildChainImages();

test('keeps the namespace of each page apart', async ({ context, sandbox, namespace }) => {
  const second = `${namespace}-second`;
  await importImages(sandbox, namespace, [chain.base]);
  await importImages(sandbox, second, [chain.other]);
  const shell = await startShell(sandbox, namespace);
  const switching = await context.newPage();
  const staying = await context.newPage();
  await switching.goto(shell.url);
  await staying.goto(shell.url);
  await expect(imageRow(staying, 'quayside/base:1')).toBeVisible();

  await switching.getByRole('combobox', { name: 'Namespace' }).selectOption(second);
  await expect(imageRow(switching, 'quayside/other:1')).toBeVisible();

  await staying.getByRole('button', { name: 'Refresh' }).click();
  await expect(staying.getByRole('combobox', { name: 'Namespace' })).toHaveValue(namespace);
  await expect(imageRow(staying, 'quayside/base:1')).toBeVisible();
  await expect(imageRow(staying, 'quayside/other:1')).toHaveCount(0);

  await selectOnly(staying, 'quayside/base:1');
  await staying.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(staying, 'Confirm delete')
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(dialog(staying, 'Delete finished')).toBeVisible();

  expect(await recordNames(sandbox, namespace)).toEqual([]);
  expect(await recordNames(sandbox, second)).toEqual([chain.other.name]);
  await shell.stop();
});
