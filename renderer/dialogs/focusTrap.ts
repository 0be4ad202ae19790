// Keeps Tab and Shift+Tab inside a modal dialog: from the last control Tab goes to the first,
// and from the first Shift+Tab goes to the last.

import type { KeyboardEvent } from 'react';

const focusable =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Returns the controls of `container` that Tab can reach, in document order. */
export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(focusable)];
}

/** Wraps a Tab keydown inside `container` around its first and last controls. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const controls = focusableIn(container);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (first === undefined || last === undefined) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const outside = active === container || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
