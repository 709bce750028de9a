// Owns the keyboard of every modal dialog: Escape cancels, Tab and Shift+Tab stay inside the dialog.

/** Keeps Tab inside the modal dialog: from the last control back to the first and the other way round. */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
    // Tab stops only on the checked radio of a group.
    (el) => !el.hasAttribute('disabled') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The dialog element's keydown handler: Escape calls `cancel` (and goes no further), Tab is trapped. */
export function modalKeyDown(cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Tab' && event.currentTarget instanceof HTMLElement) {
      trapTab(event, event.currentTarget);
    }
  };
}
