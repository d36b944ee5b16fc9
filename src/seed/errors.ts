// A bad seed record: the file, the record and the field, so a reviewer can go straight to it.

export interface SeedProblem {
  file: string;
  /** The record's id where it has one, else its position, e.g. statements[12]. */
  record: string;
  field: string;
  message: string;
}

export function describeProblem(problem: SeedProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 20).map(describeProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(
      `the seed has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n` +
        [...shown, ...more].map((line) => `  - ${line}`).join("\n"),
    );
    this.name = "SeedValidationError";
  }
}
