import { BratFormatError, parseBrat } from "../../src/ingest/brat";

const ANN = [
  "T1\tSource 0 10\tDana Quill",
  "T2\tCue 11 15\tsaid",
  "T3\tContent 16 40;52 70\tthe bridge would open the crews start",
  "T4\tAttribution 11 15\tsaid",
  "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
  "#1\tAnnotatorNotes T3\tcheck the second part",
  "T5\tContent 80 95\tfirst line",
  "of a span whose text ran over two lines",
  "T6\tContent 96 110\tmore",
  "E2\tAttribution-no-source:T2 Content:T5 Content2:T6",
  "",
].join("\n");

describe("parseBrat", () => {
  it("reads text-bound annotations with their type and every part of a discontinuous span", () => {
    const document = parseBrat(ANN);
    expect(document.textBounds.get("T1")).toEqual({
      id: "T1",
      type: "Source",
      spans: [{ start: 0, end: 10 }],
    });
    expect(document.textBounds.get("T3")?.spans).toEqual([
      { start: 16, end: 40 },
      { start: 52, end: 70 },
    ]);
  });

  it("reads events with their trigger and role-labelled arguments, numbered roles included", () => {
    const { events } = parseBrat(ANN);
    expect(events.map((event) => event.id)).toEqual(["E1", "E2"]);
    expect(events[0]).toEqual({
      id: "E1",
      type: "Attribution",
      trigger: "T4",
      arguments: [
        { role: "Source", target: "T1" },
        { role: "Cue", target: "T2" },
        { role: "Content", target: "T3" },
      ],
    });
    expect(events[1].arguments.map((argument) => argument.role)).toEqual(["Content", "Content2"]);
  });

  it("skips notes and the continuation line of a text that held a line break", () => {
    const document = parseBrat(ANN);
    expect([...document.textBounds.keys()]).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
  });

  it("names the file and line of a malformed span", () => {
    const bad = "T1\tSource 0 10\tDana\nT2\tCue 15 11\tsaid\n";
    expect(() => parseBrat(bad, "a.ann")).toThrow(BratFormatError);
    expect(() => parseBrat(bad, "a.ann")).toThrow("a.ann:2: span 15-11 is empty or reversed");
    expect(() => parseBrat("T1\tSource 0 x\tDana", "a.ann")).toThrow("a.ann:1:");
  });

  it("refuses an event that refers to an annotation the file does not define", () => {
    const dangling = "T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Content:T9\n";
    expect(() => parseBrat(dangling, "b.ann")).toThrow("b.ann:2: E1 refers to T9, which is not defined");
  });
});
