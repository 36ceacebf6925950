import { describe, expect, it } from "vitest";
import { reflow } from "../../generator/emit/reflow.ts";

const LONG_ZH = "实例所属安全组。若不指定该参数，则默认不绑定安全组。不绑定安全组将暴露所有端口，实例的所有业务（如";

describe("reflow", () => {
  it.each([
    ["a Chinese sentence broken by the page is joined without a space", `${LONG_ZH}\n80、443等端口）将均可被访问。`, `${LONG_ZH}80、443等端口）将均可被访问。`],
    [
      "an English sentence broken by the page is joined with one space",
      "The number of instances to return in one page of results, counted from\nthe offset given.",
      "The number of instances to return in one page of results, counted from the offset given.",
    ],
    ["a line after a finished sentence stays", `${LONG_ZH}。\n第二句。`, `${LONG_ZH}。\n第二句。`],
    ["enumeration lines stay", "实例计费类型，取值范围如下所列的几种计费模式之一，默认按小时后付费\nPREPAID：预付费\nPOSTPAID_BY_HOUR：按小时后付费", "实例计费类型，取值范围如下所列的几种计费模式之一，默认按小时后付费\nPREPAID：预付费\nPOSTPAID_BY_HOUR：按小时后付费"],
    ["numbered items stay", `${LONG_ZH}\n2.1 查询价格`, `${LONG_ZH}\n2.1 查询价格`],
    ["list items stay", "Filters you can give, each of them narrowing the set of instances returned\n- zone\n- vpc-id", "Filters you can give, each of them narrowing the set of instances returned\n- zone\n- vpc-id"],
    ["a short line (a heading such as a filter name) stays", "zone\n按照【可用区】进行过滤。", "zone\n按照【可用区】进行过滤。"],
    ["paragraphs stay", `${LONG_ZH}\n\n第二段。`, `${LONG_ZH}\n\n第二段。`],
  ])("%s", (_, given, want) => {
    expect(reflow(given)).toBe(want);
  });
});
