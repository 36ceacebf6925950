// Some pages of the exports were written in traditional Chinese ('2. 輸入參數', '最近更新時間',
// '接口請求域名'). Cues (headings, fixed sentences, column headers) are matched after folding the
// traditional characters they use into simplified ones. Only for matching: text that goes into the
// spec keeps the document's own characters.

const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  輸: "输",
  參: "参",
  數: "数",
  錯: "错",
  誤: "误",
  碼: "码",
  稱: "称",
  選: "选",
  許: "许",
  類: "类",
  請: "请",
  認: "认",
  頻: "频",
  驗: "验",
  簽: "签",
  鑒: "鉴",
  權: "权",
  時: "时",
  間: "间",
  說: "说",
  響: "响",
  應: "应",
  範: "范",
  結: "结",
  構: "构",
  據: "据",
  義: "义",
  製: "制",
  開: "开",
  關: "关",
  發: "发",
  為: "为",
};

const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join("")}]`, "gu");

/**
 * `s` with the traditional characters of known cues folded into simplified ones. One regex
 * replace (the same string back when there is none): appending character by character allocated
 * a string per character, and a line of megabytes spent most of its time in the collector.
 */
export function foldHanVariants(s: string): string {
  return s.replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch]!);
}
