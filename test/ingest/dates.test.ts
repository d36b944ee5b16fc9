import { findDates, resolveDate } from "../../src/ingest/dates";

describe("resolveDate, relative to a publication on Jan. 24, 2025", () => {
  const published = "2025-01-24";

  it.each([
    ["overnight on Jan. 24", "2025-01-24"],
    ["on Dec. 8", "2024-12-08"],
    ["on March 2", "2024-03-02"],
    ["in September 2022", "2022-09"],
    ["last week", "2025-01"],
    ["last year", "2024"],
    ["earlier this month", "2025-01"],
    ["in December", "2024-12"],
    ["yesterday", "2025-01-23"],
    ["in 2022", "2022"],
  ])("reads %s as %s", (phrase, expected) => {
    expect(resolveDate(phrase, published)).toBe(expected);
  });

  it("takes the most recent past weekday", () => {
    expect(resolveDate("on Monday", published)).toBe("2025-01-20");
  });
});

describe("findDates", () => {
  it("finds each date phrase with exact offsets", () => {
    const text =
      "Sarkova said on Feb. 3 that the port, shelled in September 2023, reopened earlier this month.";
    const dates = findDates(text, { start: 0, end: text.length }, "2025-03-14");
    expect(dates.map((date) => [text.slice(date.start, date.end), date.value])).toEqual([
      ["Feb. 3", "2025-02-03"],
      ["September 2023", "2023-09"],
      ["earlier this month", "2025-03"],
    ]);
  });
});
