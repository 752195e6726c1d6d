const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use as HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Escaped text with its line breaks kept as `<br/>` (tooltips are several lines: name, actual, target). */
export function textToHtml(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br/>');
}
