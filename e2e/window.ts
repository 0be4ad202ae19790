// Page helpers for the window: the tables, the toolbar and the dialogs, found by their accessible
// roles and names as a user of a screen reader would find them.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Locator, Page, TestInfo } from '@playwright/test';

const screenshotDir = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** Finds the images table. */
export function imagesTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Images' });
}

/** Finds the containers table. */
export function containersTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Containers' });
}

/** Finds the images table's row for a familiar name, or `<none> <12 hex>` for a dangling image. */
export function imageRow(page: Page, label: string): Locator {
  return imagesTable(page).getByRole('row', { name: label, exact: true });
}

/** Selects exactly the rows with these labels. */
export async function selectOnly(page: Page, ...labels: string[]): Promise<void> {
  const all = page.getByRole('checkbox', { name: 'Select all images' });
  if (await all.isChecked()) {
    await all.uncheck();
  }
  for (const label of labels) {
    await page.getByRole('checkbox', { name: `Select ${label}`, exact: true }).check();
  }
}

/** Opens a row's menu and picks one of its items. */
export async function rowAction(page: Page, label: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${label}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Finds the open dialog with this name. */
export function dialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name, exact: true });
}

/** Saves a screenshot with the test results, named for what it shows. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
