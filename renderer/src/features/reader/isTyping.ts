/** Whether a key press belongs to a text field or an open dialog, so the Reader's shortcuts leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  // a key sent to the window itself has no element to look at
  if (!(target instanceof Element)) return false
  const el = target as HTMLElement
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable || !!el.closest('dialog[open]')
}
