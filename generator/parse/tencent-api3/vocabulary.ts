// The words of a Tencent Cloud API 3.0 PDF export, per language. The Chinese export
// (cloud.tencent.com) and the English one (tencentcloud.com, `*.intl.tencentcloudapi.com` hosts)
// are generated from the same model: the structure is the same, only the words, the page frame
// and some row shapes differ. Every step of the dialect reads its cues from a Vocabulary, so one
// fix to a step serves both languages. See shared/notes/format-tencent-api3-en.md for the mapping.
import type { Language } from "../../spec/types.ts";

export interface Vocabulary {
  language: Language;
  /** Whether an action page's title is the action's name (English) rather than a title (Chinese). */
  titleIsActionName: boolean;
  /** '1. 接口描述': starts an action section. */
  actionHeading: RegExp;
  /**
   * The numbered headings inside an action section. An action without examples has no '4. 示例'
   * and numbers the sections after it one lower ('4. 开发者资源', '5. 错误码').
   */
  headings: { input: RegExp; output: RegExp; examples: RegExp; resources: RegExp; errors: RegExp };
  /** How the input and output headings are named in messages. */
  headingNames: { input: string; output: string; examples: string; errors: string };
  /** The input table's column header (detection keys on it). */
  inputHeader: RegExp;
  /** Any parameter-table column header, repeated at page starts. */
  tableHeader: RegExp;
  /** The words of the 必选 column: required, optional. */
  yes: string;
  no: string;
  /** The title-block anchor ('最近更新时间：date'). */
  anchor: RegExp;
  /** Page-tail lines after the anchor on action pages ('推荐使用 API Explorer 点击调试' / 'Try it'). */
  explorerLine: RegExp;
  /** The copyright footer of a page break. */
  footer: RegExp;
  /**
   * The longest clipped copy of a heading (spaces ignored) that a page bottom can keep: Latin
   * headings are longer than Chinese ones ('DeveloperResources').
   */
  clippedMax?: number;
  /** '接口请求域名：host。' with the host as group 1. */
  endpoint: RegExp;
  /** The rate-limit sentence with the number as group 1. */
  rate: RegExp;
  /** Description boilerplate to drop ('API Explorer 提供了在线调用…'). */
  boilerplate: RegExp;
  /** The input table's introduction sentence. */
  inputIntro: RegExp;
  /** The description's 'this API (X)' sentence, naming the action as group 1. */
  thisAction: RegExp;
  /** The Action/Version/Region rows' description starts with this. */
  commonParam: RegExp;
  /** The value of an Action/Version row ('本接口取值：X。'), group 1. */
  actionRowValue: RegExp;
  /** A Region row that says the API takes no region. */
  regionNone: RegExp;
  /** A group heading of the overview or a title block ('实例相关接口'). */
  category: RegExp;
  /** Titles of the sections after the actions and before them. */
  sections: { structs: string; errors: string; introduction: string };
  /** The data-types chapter's referrer line, the list as group 1. */
  referrers: RegExp;
  /** The error tables. */
  errorHeader: RegExp;
  errorIntro: RegExp;
  commonErrors: string;
  businessErrors: string;
  /** The overview's column header; group 1 set when it has a rate column. */
  overviewHeader: RegExp;
  /** The common-parameter table (公共参数) header and where it ends. */
  commonHeader: RegExp;
  commonEnd: RegExp;
  /** The region-list table header. */
  regionHeader: RegExp;
  /** Examples: 'Example1 title', input and output heads, the common-parameters placeholder. */
  exampleHead: RegExp;
  inputExample: RegExp;
  outputExample: RegExp;
  commonParamsPlaceholder: RegExp;
}

export const ZH: Vocabulary = {
  language: "zh",
  titleIsActionName: false,
  actionHeading: /^1\.\s*接口描述$/,
  headings: {
    input: /^2\.\s*输入参数$/,
    output: /^3\.\s*输出参数$/,
    examples: /^4\.\s*示例$/,
    resources: /^[45]\.\s*开发者资源$/,
    errors: /^[56]\.\s*错误码$/,
  },
  headingNames: { input: "2. 输入参数", output: "3. 输出参数", examples: "4. 示例", errors: "6. 错误码" },
  inputHeader: /^参数名称 必选 类型 描述$/,
  tableHeader: /^(参数名称|名称) (必选 类型|类型 必选|类型) 描述$/,
  yes: "是",
  no: "否",
  anchor: /^最近更新时间\s*[:：]\s*\d{4}-\d{2}-\d{2}/,
  explorerLine: /^推荐使用\s*API\s*Explorer\s*点击调试$/,
  footer: /^版权所有\s*[:：].*第\s*\d+\s*共\s*\d+\s*页$/,
  endpoint: /^接口请求域名\s*[:：]\s*([A-Za-z0-9.-]+)\s*[。.]?$/,
  rate: /^默认接口请求频率限制\s*[:：]\s*(\d+)\s*次\/秒\s*[。.]?$/,
  boilerplate: /^API Explorer 提供了在线调用/,
  inputIntro: /^以下请求参数列表仅列出了/,
  thisAction: /本接口\s*[(（]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)）]/,
  commonParam: /^公共参数/,
  actionRowValue: /本接口取值\s*[:：]\s*([A-Za-z0-9-]+)\s*[。.]?$/,
  regionNone: /不需要传递/,
  category: /^\S{1,30}(相关接口|其他接口)$|^其他接口$/,
  sections: { structs: "数据结构", errors: "错误码", introduction: "简介" },
  referrers: /^被如下接口引用\s*[:：]\s*(.*)$/,
  errorHeader: /^错误码 (描述|说明)$/,
  errorIntro: /^(以下仅列出了接口业务逻辑相关的错误码|该接口暂无业务逻辑相关的错误码)/,
  commonErrors: "公共错误码",
  businessErrors: "业务错误码",
  overviewHeader: /^接口名称 接口功能( 频率限制[（(]次\/秒[)）])?$/,
  commonHeader: /^参数名称 类型 必选 描述$/,
  commonEnd: /^(假设|HTTP\s+(GET|POST)|使用签名方法\s*v1)|请求结构示例/,
  regionHeader: /^地域 取值$/,
  exampleHead: /^示例\s*(\d+)\s*(.*)$/,
  inputExample: /^输入示例$/,
  outputExample: /^输出示例$/,
  commonParamsPlaceholder: /^&?<公共请求参数>$/,
};

export const EN: Vocabulary = {
  language: "en",
  titleIsActionName: true,
  // No null note: the English 'Note: This field may return null, …' sentences (six wordings in
  // CVM) are translated description text, not generated from the model's null flag as the Chinese
  // note is. On the CVM sample 96 fields print one, and Tencent's English model flags 12 of them
  // nullable and 6 fields without one; read as the mark, response-side nullable accuracy fell
  // from 96.6% to 82.8%. So the sentence stays in the description and sets nothing.
  actionHeading: /^1\.\s*API Description$/,
  headings: {
    input: /^2\.\s*Input Parameters$/,
    output: /^3\.\s*Output Parameters$/,
    examples: /^4\.\s*Examples?$/,
    resources: /^[45]\.\s*Developer Resources$/,
    errors: /^[56]\.\s*Error Codes?$/,
  },
  headingNames: { input: "2. Input Parameters", output: "3. Output Parameters", examples: "4. Example", errors: "6. Error Code" },
  inputHeader: /^Parameter Name Required Type Description$/,
  tableHeader: /^(Parameter Name|Name) (Required Type|Type Required|Type) Description$/,
  yes: "Yes",
  no: "No",
  anchor: /^Last updated\s*:\s*\d{4}-\d{2}-\d{2}/,
  explorerLine: /^(We recommend you to use API Explorer|Try it)$/,
  footer: /^©.*Page\s*\d+\s*of\s*\d+$/,
  clippedMax: 24,
  endpoint: /^Domain name for API request\s*:\s*([A-Za-z0-9.-]+?)\s*\.?$/,
  rate: /^A maximum of (\d+) requests can be initiated per second for this API\s*\.?$/,
  boilerplate: /^API Explorer provides a range of capabilities|^enables you to view the request, response, and auto-generated examples/,
  inputIntro: /^The following request parameter list only provides|^parameter list, see Common Request Parameters/,
  thisAction: /\bThis API \(([A-Za-z][A-Za-z0-9_]*)\)/,
  commonParam: /^Common Params/,
  actionRowValue: /The value used for this API\s*:\s*([A-Za-z0-9-]+)\s*\.?$/,
  regionNone: /not required for this API/,
  category: /^\S(?:.{0,40}\S)? APIs?$|^Other APIs$/,
  sections: { structs: "Data Types", errors: "Error Codes", introduction: "Introduction" },
  referrers: /^Used by actions\s*:\s*(.*)$/,
  errorHeader: /^Error Code (Description|Explanation)$/,
  errorIntro: /^(The following only lists the error codes|There is no error code related to the API business logic)/,
  commonErrors: "Common Error Codes",
  businessErrors: "Service Error Codes",
  overviewHeader: /^API Name Feature( Frequency Limit \(times\/second\))?$/,
  commonHeader: /^Parameter Name Type Required Description$/,
  commonEnd: /^(Assume|An example of an HTTP|Common parameters for Signature Algorithm v1)/,
  regionHeader: /^Region Value$/,
  exampleHead: /^Example\s*(\d+)\s*(.*)$/,
  inputExample: /^Input Example$/,
  outputExample: /^Output Example$/,
  commonParamsPlaceholder: /^&?<Common request parameters>$/,
};

export const VOCABULARIES: readonly Vocabulary[] = [ZH, EN];

/** The vocabulary whose input-table header the lines use most (Chinese when neither occurs). */
export function vocabularyOf(lines: readonly string[], from = 0, to = lines.length): Vocabulary {
  let best = ZH;
  let bestCount = 0;
  for (const v of VOCABULARIES) {
    let n = 0;
    for (let i = from; i < to; i++) if (v.inputHeader.test(lines[i]!.trim())) n++;
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}
