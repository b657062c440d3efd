/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

/** True for an absolute http(s) URL without spaces or quotes, the only links a report may hold. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s"'<>\\]+$/i.test(url)
}
