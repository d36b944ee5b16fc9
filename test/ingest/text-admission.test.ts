// What counts as an article's text: the rules every entry point (ingestArticle, createArticle,
// npm run ingest) applies before anything is extracted or written.
import { InputError } from "../../src/errors";
import {
  admitArticleText,
  blankStrayControls,
  MAX_ARTICLE_CHARACTERS,
  STRAY_CONTROL_SPACING,
  textRefusal,
} from "../../src/ingest/text-admission";

const PROSE = "The harbor of Ostrel reopened on Monday, the port director said.\n\tShips are back.\r\n";

describe("an article's text", () => {
  it("is admitted when it is prose, with newlines, tabs and carriage returns", () => {
    expect(textRefusal(PROSE)).toBeUndefined();
    expect(textRefusal("Київ, 24 січня. Мер сказав, що метро знову працює.")).toBeUndefined();
  });

  it("is admitted at exactly the size limit, and refused one character over it", () => {
    const atLimit = "Ships are back. ".repeat(MAX_ARTICLE_CHARACTERS / 16);
    expect(atLimit.length).toBe(MAX_ARTICLE_CHARACTERS);
    expect(textRefusal(atLimit)).toBeUndefined();
    expect(textRefusal(`${atLimit}x`)).toMatch(/200,001 characters long; the limit is 200,000/);
  });

  it.each([
    ["empty", "", /empty or only white space/],
    ["white space only", " \n\t\r\n ", /empty or only white space/],
    ["NUL characters", "\u0000".repeat(100), /control character \(U\+0000\) at offset 0/],
    ["a bell in prose", "The port\u0007 reopened.", /control character \(U\+0007\) at offset 8/],
    ["a C1 control in prose", "The port\u0085 reopened.", /control character \(U\+0085\) at offset 8/],
    ["DEL", "The port\u007f reopened.", /U\+007F/],
    ["numbers and punctuation", "12.5 / 33.1 / 44.0 -- 17:30 (2025) 99%", /not prose: 0% of its non-space/],
    ["mostly replacement characters", "\ufffd\ufffd\ufffd ab \ufffd\ufffd", /not prose: 29%/],
  ])("is refused when %s", (_what, text, reason) => {
    expect(textRefusal(text)).toMatch(reason);
  });

  it("is refused by admitArticleText as BAD_USER_INPUT naming the field", () => {
    expect(() => admitArticleText("   ", "input.text")).toThrow(InputError);
    try {
      admitArticleText("   ", "input.text");
    } catch (error) {
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    }
    expect(() => admitArticleText(PROSE)).not.toThrow();
  });
});

describe("a file's stray control characters", () => {
  const long = "The harbour of Ostrel reopened on Monday, the port director said. ".repeat(40);

  it("are read as spaces, each at its own offset, when they are rare", () => {
    const text = `${long.slice(0, 100)}\u0083${long.slice(101, 2000)}\u0007${long.slice(2001)}`;
    const blanked = blankStrayControls(text);
    expect(blanked.blanked).toEqual([100, 2000]);
    expect(blanked.text).toHaveLength(text.length);
    expect(blanked.text[100]).toBe(" ");
    expect(textRefusal(blanked.text)).toBeUndefined();
  });

  it("stay, and the text is refused, when there are more than one in a hundred characters", () => {
    const text = `${"\u0083".repeat(long.length / STRAY_CONTROL_SPACING + 1)}${long}`;
    expect(blankStrayControls(text)).toEqual({ text, blanked: [] });
    expect(textRefusal(text)).toMatch(/control character \(U\+0083\)/);
  });

  it("leave tabs and line breaks alone", () => {
    expect(blankStrayControls(PROSE)).toEqual({ text: PROSE, blanked: [] });
  });
});
