import { useEffect, useRef, type KeyboardEvent } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { useImages } from '../stores/hooks.js';
import { rowLabel } from './rowInputs.js';
import { useImageActions } from './useImageActions.js';

interface MenuItem {
  readonly label: string;
  readonly danger: boolean;
  readonly run: () => void;
}

function moveFocus(menu: HTMLElement, step: number): void {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const current = items.indexOf(document.activeElement as HTMLElement);
  items[(current + step + items.length) % items.length]?.focus();
}

/** Renders the ⋯ button of an image row and its menu: Delete, Delete image by ID and Tag…. */
export function RowMenu({ row }: { row: ImageRow }) {
  const open = useImages((state) => state.menuFor === row.key);
  const openMenu = useImages((state) => state.openMenu);
  const actions = useImageActions();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const label = rowLabel(row);

  useEffect(() => {
    if (open) {
      menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    }
  }, [open]);

  const close = () => {
    openMenu(null);
    trigger.current?.focus();
  };

  const items: MenuItem[] = [
    ...(row.dangling
      ? []
      : [
          {
            label: 'Delete',
            danger: true,
            run: () => {
              actions.deleteByReference(row);
            },
          },
        ]),
    {
      label: 'Delete image by ID',
      danger: true,
      run: () => {
        actions.deleteById(row);
      },
    },
    {
      label: 'Tag…',
      danger: false,
      run: () => {
        actions.tag(row);
      },
    },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        moveFocus(event.currentTarget, 1);
      },
      ArrowUp: () => {
        moveFocus(event.currentTarget, -1);
      },
      Escape: close,
      Tab: close,
    };
    const handle = keys[event.key];
    if (handle !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      handle();
    }
  };

  return (
    <div
      className="row-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) {
          openMenu(null);
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="icon-button"
        aria-label={`Actions for ${label}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          openMenu(open ? null : row.key);
        }}
      >
        ⋯
      </button>
      {open && (
        <ul
          ref={menu}
          role="menu"
          aria-label={`Actions for ${label}`}
          className="menu"
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
                onClick={(event) => {
                  event.stopPropagation();
                  close();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
