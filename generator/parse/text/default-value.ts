// The documented default of a field is the value alone. The documents run it into the rest of the
// sentence ('默认值：true该参数目前仅用于 RunInstances 接口', '默认值为 0，您可以提交工单…',
// '默认值：1 Mbps', 'NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费'); what follows the value stays in the
// description, which keeps the whole sentence. Prose in place of a value ('当前有库存的硬盘类型',
// '无，表示不改变当前的值', 'max{40, ImageSize}') is no default at all.

/** A number with a unit after it ('1 Mbps', '0Mbps'): the number is the value. */
const NUMBER_WITH_UNIT = /^(-?\d+(?:\.\d+)?)\s*(?:[A-Za-z%]+)?(?=$|[\s，,。；;：:（(\u4e00-\u9fff])/;
/**
 * A literal value: an identifier, number, CIDR or path ('LOCAL_BASIC', '0.0.0.0/0', 'x86_64',
 * '::/0'), or capitalised words of one name ('Others Linux', 'Legacy BIOS').
 */
const LITERAL = /^[A-Za-z0-9_:][A-Za-z0-9_.\-/:+]*(?: [A-Z][A-Za-z0-9_.\-]*)*/;
/** What may follow a value: nothing, punctuation, an explanation in CJK text, or ' - meaning'. */
const AFTER_VALUE = /^(?:$|\s*[，,。；;：:（(]|\s*[\u4e00-\u9fff]|\s+-\s)/;
const QUOTED = /^(["'“‘])(.*?)(["'”’])/;

/**
 * The value a default sentence starts with, or undefined when it starts with no value (prose, an
 * expression). `text` is what follows '默认值：'.
 */
export function readDefaultValue(text: string): string | undefined {
  const trimmed = text.trim();
  const quoted = QUOTED.exec(trimmed);
  if (quoted && quoted[2]!.trim() !== "" && AFTER_VALUE.test(trimmed.slice(quoted[0].length))) return quoted[2]!.trim();
  const number = NUMBER_WITH_UNIT.exec(trimmed);
  if (number) return number[1]!;
  const literal = LITERAL.exec(trimmed);
  if (!literal) return undefined;
  const value = literal[0].replace(/[.\-:]+$/, "");
  return value !== "" && AFTER_VALUE.test(trimmed.slice(value.length)) ? value : undefined;
}
