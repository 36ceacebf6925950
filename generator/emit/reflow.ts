// Documents exported from PDF keep the page's line breaks inside sentences ("...实例的所有业务（如\n80、443等端口）...").
// Shown as they are, a hover breaks mid-sentence. reflow joins such lines and keeps the breaks that
// mean something: blank lines (paragraphs), list items, "KEY：meaning" lines and short lines (headings
// like a filter's name), and any line after one that ends a sentence or introduces a list.

/** Width on screen: CJK and full-width characters count two columns, as a PDF lays them out. */
function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** A line this short is not a wrapped line of running text (PDF pages wrap at 80+ columns). */
const MIN_WRAPPED_WIDTH = 40;
/** Ends a sentence or introduces what follows: the next line starts something new. */
const ENDS_SENTENCE = /[。！？!?；;：:.]$/;
/** Starts a list item: "- x", "• x", "1. x", "2.1 x", "（1）x", "一、x" (but not "80、443", a number in a sentence). */
const LIST_ITEM = /^(?:[-*•·●▪]\s|\d{1,2}[.)、．]\s*\D|\d+(?:\.\d+)+\s|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** Starts a "KEY：meaning" line of an enumeration ("PREPAID：预付费", "zone（String，可选）：", "必选：否"). */
const KEY_LINE = /^(?:[A-Za-z0-9_.\-]+\s*[:：（(]|[^\s:：，。,]{1,8}[:：])/;

function continues(previous: string, line: string): boolean {
  return (
    previous !== "" &&
    line !== "" &&
    displayWidth(previous) >= MIN_WRAPPED_WIDTH &&
    !ENDS_SENTENCE.test(previous) &&
    !LIST_ITEM.test(line) &&
    !KEY_LINE.test(line)
  );
}

/** Text with lines broken inside a sentence joined (no space next to CJK text, one space between Latin words). */
export function reflow(text: string): string {
  const out: string[] = [];
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trim();
    const last = out.length - 1;
    if (last >= 0 && continues(out[last]!, line)) {
      const joiner = WIDE.test(out[last]!.slice(-1)) || WIDE.test(line[0]!) ? "" : " ";
      out[last] += joiner + line;
    } else out.push(line);
  }
  return out.join("\n");
}
