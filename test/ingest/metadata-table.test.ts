import { metadataKey, readMetadataTable } from "../../src/ingest/metadata-table";

describe("the metadata table of npm run ingest --metadata", () => {
  it("reads a corpus's table by its column names, keyed by file name without .txt", () => {
    const table = readMetadataTable(
      "compartment\tfilename\tpublisher\tpublication_date\ttitle\n" +
        "dev\tcourier_2016-01-02_a\tcourier\t2016-01-02\tA headline\n" +
        "dev\tgazette_b.txt\tgazette\t\t\n",
    );
    expect(table.get("courier_2016-01-02_a")).toEqual({
      publisher: "courier",
      publishedOn: "2016-01-02",
      title: "A headline",
    });
    expect(table.get("gazette_b")).toEqual({
      publisher: "gazette",
      publishedOn: undefined,
      title: undefined,
    });
    expect(metadataKey("/tmp/x/gazette_b.txt")).toBe("gazette_b");
  });

  it("names the line of a bad date and a missing file column", () => {
    expect(() => readMetadataTable("file\tdate\na\t2016-13\n")).toThrow(/line 2: date must be YYYY-MM-DD/);
    expect(() => readMetadataTable("publisher\nx\n")).toThrow(/no file column/);
    expect(() => readMetadataTable("")).toThrow(/empty/);
  });
});
