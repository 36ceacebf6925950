import { describe, expect, it } from "vitest";
import { emitters } from "../../generator/emit/emitters.ts";

describe("emitter registry", () => {
  it("declares each emitter's name, perSpec and specFree flags as the emitter itself does", async () => {
    for (const entry of emitters) {
      const real = await entry.load();
      expect({ name: entry.name, perSpec: entry.perSpec, specFree: Boolean(entry.specFree) }).toEqual({ name: real.name, perSpec: Boolean(real.perSpec), specFree: Boolean(real.specFree) });
    }
  });
  it("names are unique", () => {
    expect(new Set(emitters.map((e) => e.name)).size).toBe(emitters.length);
  });
});
