const WIDE = /[\uFF01-\uFF5E\u3000]/;

/**
 * Folds full-width ASCII (ＡＢＣ１２３，：｜（）) and the ideographic space to their half-width forms.
 * The result has the same length as the input, so an index found in the folded text slices the
 * original text at the same place: matching runs on the folded text while task text keeps the
 * document's own punctuation.
 */
export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += text[i];
  }
  return out;
}

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Joins the pieces of a text that the document wrapped across lines. Chinese wraps anywhere, so
 * pieces join with nothing between them; only a Latin word broken at a line end gets its space back.
 */
export function joinWrapped(head: string, tail: string): string {
  if (head === '') return tail;
  if (tail === '') return head;
  return isLatin(head.charCodeAt(head.length - 1)) && isLatin(tail.charCodeAt(0))
    ? `${head} ${tail}`
    : head + tail;
}
