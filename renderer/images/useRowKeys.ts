// Keyboard use of the images table: arrows move the focused row, Space selects, Enter opens the
// row's menu and Delete starts a Delete.

import { useCallback, type KeyboardEvent } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { useStores } from '../stores/StoresContext.js';
import type { useImageActions } from './useImageActions.js';

/** Returns the keydown handler of the table's rows. */
export function useRowKeys(
  rows: readonly ImageRow[],
  focusRow: (key: string) => void,
  actions: ReturnType<typeof useImageActions>,
): (event: KeyboardEvent<HTMLTableRowElement>, row: ImageRow) => void {
  const stores = useStores();

  return useCallback(
    (event, row) => {
      // Keys typed in the row's checkbox or menu belong to those controls.
      if (event.target !== event.currentTarget) {
        return;
      }
      const images = stores.images.getState();
      const order = rows.map((visible) => visible.key);
      const index = order.indexOf(row.key);
      const moveTo = (target: number) => {
        const key = order[Math.max(0, Math.min(order.length - 1, target))];
        if (key !== undefined) {
          if (event.shiftKey) {
            images.select(key, 'range', order);
          }
          focusRow(key);
        }
      };

      switch (event.key) {
        case 'ArrowDown':
          moveTo(index + 1);
          break;
        case 'ArrowUp':
          moveTo(index - 1);
          break;
        case 'Home':
          moveTo(0);
          break;
        case 'End':
          moveTo(order.length - 1);
          break;
        case ' ':
          images.select(row.key, 'toggle', order);
          break;
        case 'Enter':
          images.openMenu(row.key);
          break;
        case 'Delete':
          actions.deleteSelected(rows, row);
          break;
        case 'a':
          if (!(event.ctrlKey || event.metaKey)) {
            return;
          }
          images.setSelection(order);
          break;
        default:
          return;
      }
      event.preventDefault();
    },
    [rows, focusRow, actions, stores],
  );
}
