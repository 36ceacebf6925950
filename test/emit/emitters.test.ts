import { describe, expect, it } from "vitest";
import { emitters } from "../../generator/emit/emitters.ts";

describe("emitter registry", () => {
  it("declares each emitter's name and perSpec flag as the emitter itself does", async () => {
    for (const entry of emitters) {
      const real = await entry.load();
      expect({ name: entry.name, perSpec: entry.perSpec }).toEqual({ name: real.name, perSpec: Boolean(real.perSpec) });
    }
  });
  it("names are unique", () => {
    expect(new Set(emitters.map((e) => e.name)).size).toBe(emitters.length);
  });
});
