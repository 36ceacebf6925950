// The INI dialect of the clouds' shared credential files (~/.tencentcloud/credentials,
// ~/.alibabacloud/credentials): `[section]` headers, `key = value` lines, whole-line comments starting
// with `#` or `;`, blank lines. Values are taken verbatim after trimming (no inline comments: a secret
// may contain `#` or `;`), with one pair of surrounding quotes removed. A later key overrides an
// earlier one, as in the clouds' own loaders.

export interface IniFile {
  /** Section name -> key -> value. Keys before the first header go to the section "". */
  sections: Record<string, Record<string, string>>;
  /** 1-based numbers of lines that are neither a header, a key = value pair, a comment nor blank. */
  invalidLines: number[];
}

export function parseIni(text: string): IniFile {
  const sections: Record<string, Record<string, string>> = Object.create(null);
  const invalidLines: number[] = [];
  let current = "";
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) {
        invalidLines.push(i + 1);
        continue;
      }
      current = line.slice(1, -1).trim();
      sections[current] ??= Object.create(null) as Record<string, string>;
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) {
      invalidLines.push(i + 1);
      continue;
    }
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!)) value = value.slice(1, -1);
    (sections[current] ??= Object.create(null) as Record<string, string>)[key] = value;
  }
  return { sections, invalidLines };
}
