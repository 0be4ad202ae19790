// The two transcripts of the containerd port of `docker rmi`, replayed by clicking in the window.
// containerd's state after each step is read with ctr, not through the window.

import {
  buildBusyboxLayer,
  buildImage,
  ctr,
  importImages,
  runContainer,
} from '../electron/sandbox/index.js';
import { expect, recordNames, startShell, test } from './fixtures.js';
import {
  containersTable,
  dialog,
  imageRow,
  imagesTable,
  rowAction,
  saveScreenshot,
  selectOnly,
} from './window.js';

const bash = buildImage({
  name: 'docker.io/library/bash:latest',
  format: 'oci',
  layers: [buildBusyboxLayer()],
});
const id = bash.target.digest;
const shortId = id.slice('sha256:'.length, 'sha256:'.length + 12);

test('replays the transcript with a running container', async ({
  page,
  sandbox,
  namespace,
}, testInfo) => {
  await importImages(sandbox, namespace, [bash]);
  const shell = await startShell(sandbox, namespace);
  await page.goto(shell.url);
  await expect(imageRow(page, 'bash:latest')).toBeVisible();

  // A container started outside the window appears through containerd's events.
  await runContainer(sandbox, namespace, bash.name, 'foo', 'running');
  await expect(containersTable(page).getByRole('row', { name: /foo/ })).toContainText(/running/i);
  await expect(imageRow(page, 'bash:latest')).toContainText('foo');
  await saveScreenshot(page, testInfo, 'images-table');

  await selectOnly(page, 'bash:latest');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const needsForce = dialog(page, 'Delete needs force');
  await expect(needsForce).toContainText(
    `conflict: unable to delete bash:latest (must be forced) - container foo is using its referenced image ${shortId}`,
  );
  await expect(needsForce.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await saveScreenshot(page, testInfo, 'dialog-soft-conflict');
  await page.keyboard.press('Escape');
  await expect(needsForce).toBeHidden();
  expect(await recordNames(sandbox, namespace)).toEqual(['docker.io/library/bash:latest']);

  await rowAction(page, 'bash:latest', 'Tag…');
  const tagDialog = dialog(page, 'Tag image');
  await tagDialog.getByRole('textbox', { name: 'Target name' }).fill('bar');
  await saveScreenshot(page, testInfo, 'dialog-tag');
  await tagDialog.getByRole('button', { name: 'Tag', exact: true }).click();
  await dialog(page, 'Image tagged').getByRole('button', { name: 'Close' }).click();
  await expect(imageRow(page, 'bar:latest')).toBeVisible();
  expect(await recordNames(sandbox, namespace)).toEqual([
    'docker.io/library/bar:latest',
    'docker.io/library/bash:latest',
  ]);

  await rowAction(page, 'bar:latest', 'Delete image by ID');
  const hard = dialog(page, 'Cannot delete');
  await expect(hard).toContainText(
    `conflict: unable to delete ${shortId} (cannot be forced) - image is being used by running container foo`,
  );
  await expect(hard.getByRole('button', { name: /force/i })).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'dialog-hard-conflict');
  await hard.getByRole('button', { name: 'Close' }).click();
  expect(await recordNames(sandbox, namespace)).toHaveLength(2);

  await selectOnly(page, 'bash:latest');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = dialog(page, 'Confirm delete');
  await expect(confirm.getByRole('region', { name: 'Names to untag' })).toContainText(
    'bash:latest',
  );
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await saveScreenshot(page, testInfo, 'dialog-confirm');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  const finished = dialog(page, 'Delete finished');
  await expect(finished.getByRole('list', { name: 'Result' })).toHaveText('Untagged: bash:latest');
  await saveScreenshot(page, testInfo, 'dialog-result');
  await finished.getByRole('button', { name: 'Close' }).click();
  expect(await recordNames(sandbox, namespace)).toEqual(['docker.io/library/bar:latest']);

  await selectOnly(page, 'bar:latest');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(page, 'Delete needs force')
    .getByRole('button', { name: 'Delete anyway (force)' })
    .click();
  const forced = dialog(page, 'Confirm forced delete');
  await expect(forced).toContainText('bar:latest');
  await expect(forced.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await saveScreenshot(page, testInfo, 'dialog-confirm-forced');
  await forced.getByRole('button', { name: 'Force delete' }).click();
  await expect(dialog(page, 'Delete finished').getByRole('list', { name: 'Result' })).toHaveText(
    'Untagged: bar:latest',
  );
  await dialog(page, 'Delete finished').getByRole('button', { name: 'Close' }).click();
  expect(await recordNames(sandbox, namespace)).toEqual([`moby-dangling@${id}`]);
  await expect(imageRow(page, `<none> ${shortId}`)).toBeVisible();

  await ctr(sandbox, namespace, ['tasks', 'kill', '-s', 'SIGKILL', 'foo']);
  await ctr(sandbox, namespace, ['tasks', 'delete', '-f', 'foo']).catch(() => '');
  await ctr(sandbox, namespace, ['containers', 'delete', 'foo']);
  await expect(containersTable(page).getByRole('row', { name: /foo/ })).toHaveCount(0);

  await rowAction(page, `<none> ${shortId}`, 'Delete image by ID');
  await dialog(page, 'Confirm delete').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog(page, 'Delete finished').getByRole('list', { name: 'Result' })).toHaveText(
    `Deleted: ${id}`,
  );
  expect(await recordNames(sandbox, namespace)).toEqual([]);
  await shell.stop();
});

test('replays the transcript with several names', async ({ page, sandbox, namespace }) => {
  await importImages(sandbox, namespace, [bash]);
  await ctr(sandbox, namespace, ['images', 'tag', bash.name, 'docker.io/library/bar:latest']);
  const shell = await startShell(sandbox, namespace);
  await page.goto(shell.url);

  await rowAction(page, 'bash:latest', 'Delete image by ID');
  const needsForce = dialog(page, 'Delete needs force');
  await expect(needsForce).toContainText(
    `conflict: unable to delete ${shortId} (must be forced) - image is referenced in multiple repositories`,
  );
  await needsForce.getByRole('button', { name: 'Delete anyway (force)' }).click();
  const forced = dialog(page, 'Confirm forced delete');
  await expect(forced.getByRole('region', { name: 'Names to untag' })).toContainText('bar:latest');
  await expect(forced.getByRole('region', { name: 'Names to untag' })).toContainText('bash:latest');
  await forced.getByRole('button', { name: 'Force delete' }).click();

  const result = dialog(page, 'Delete finished').getByRole('list', { name: 'Result' });
  await expect(result.getByRole('listitem')).toHaveText([
    'Untagged: bar:latest',
    'Untagged: bash:latest',
    `Deleted: ${id}`,
  ]);
  expect(await recordNames(sandbox, namespace)).toEqual([]);
  await dialog(page, 'Delete finished').getByRole('button', { name: 'Close' }).click();
  await expect(
    imagesTable(page).getByRole('row', { name: 'bash:latest', exact: true }),
  ).toHaveCount(0);
  await shell.stop();
});
