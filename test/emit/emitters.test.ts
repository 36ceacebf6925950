import { describe, expect, it } from "vitest";
import { emitters } from "../../generator/emit/emitters.ts";

describe("emitter registry", () => {
  it("declares each emitter's name, flags and prepare step as the emitter itself does", async () => {
    const declared = (e: (typeof emitters)[number] | Awaited<ReturnType<(typeof emitters)[number]["load"]>>) => ({
      name: e.name,
      perSpec: Boolean(e.perSpec),
      specFree: Boolean(e.specFree),
      usesCompiler: Boolean(e.usesCompiler),
      prepares: typeof e.prepare === "function",
      reduces: e.reduce === undefined ? undefined : e.reduce.name,
    });
    for (const entry of emitters) {
      expect(declared(entry), entry.name).toEqual(declared(await entry.load()));
    }
  });
  it("names are unique", () => {
    expect(new Set(emitters.map((e) => e.name)).size).toBe(emitters.length);
  });
});
