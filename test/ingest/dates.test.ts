// Dates the NLP server normalises, read against the article's publication date.
import { resolveTimex } from "../../src/ingest/stages/dates";

describe("resolveTimex", () => {
  it("keeps full and partial calendar dates", () => {
    expect(resolveTimex("2025-01-24", "2025-03-14")).toBe("2025-01-24");
    expect(resolveTimex("2022-09", "2025-03-14")).toBe("2022-09");
  });

  it("gives a month and day the publication's year, or the year before when it would lie ahead", () => {
    expect(resolveTimex("XXXX-03-02", "2025-03-14")).toBe("2025-03-02");
    expect(resolveTimex("XXXX-12-28", "2025-01-03")).toBe("2024-12-28");
  });

  it("reads a weekday as the latest one on or before publication", () => {
    // 2025-03-14 is a Friday; XXXX-WXX-5 is a Friday, XXXX-WXX-1 a Monday.
    expect(resolveTimex("XXXX-WXX-5", "2025-03-14")).toBe("2025-03-14");
    expect(resolveTimex("XXXX-WXX-1", "2025-03-14")).toBe("2025-03-10");
    expect(resolveTimex("XXXX-WXX-6", "2025-03-14")).toBe("2025-03-08");
  });

  it("names no date for vague references", () => {
    expect(resolveTimex("PAST_REF", "2025-03-14")).toBeUndefined();
    expect(resolveTimex("XXXX-XX-XX", "2025-03-14")).toBeUndefined();
  });
});
