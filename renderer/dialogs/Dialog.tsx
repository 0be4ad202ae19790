import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

import { trapTab } from './focusTrap.js';

/** Props shared by every dialog of the window. */
export interface DialogProps {
  readonly title: string;
  /** `danger` marks a destructive dialog with the danger colour. */
  readonly tone?: 'normal' | 'danger';
  /** The control focused on open: the safe button, usually Cancel. */
  readonly initialFocus: RefObject<HTMLElement | null>;
  /** Escape and the Cancel button call this; it is ignored while `busy`. */
  readonly onCancel: () => void;
  /** Whether a call is running; the dialog then keeps focus itself because its buttons are disabled. */
  readonly busy?: boolean;
  readonly actions: ReactNode;
  readonly children: ReactNode;
}

/**
 * Renders a modal dialog labelled by its title. It focuses the safe button on open, keeps Tab
 * inside, cancels on Escape, and returns focus where it was when it closes.
 */
export function Dialog({
  title,
  tone = 'normal',
  initialFocus,
  onCancel,
  busy = false,
  actions,
  children,
}: DialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    (initialFocus.current ?? dialog.current)?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) {
        previous.focus();
      }
    };
    // Focus moves on open and close only, so the effect has no dependencies.
  }, []);

  // Disabled buttons lose focus, so the dialog keeps it while busy and hands it back after.
  useEffect(() => {
    if (busy) {
      dialog.current?.focus();
    } else if (document.activeElement === dialog.current) {
      initialFocus.current?.focus();
    }
  }, [busy, initialFocus]);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        aria-busy={busy}
        tabIndex={-1}
        className={`dialog dialog-${tone}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            if (!busy) {
              onCancel();
            }
          } else if (event.key === 'Tab' && dialog.current !== null) {
            trapTab(event, dialog.current);
          }
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div id={bodyId} className="dialog-body">
          {children}
        </div>
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>
  );
}
