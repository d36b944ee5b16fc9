// What every command-line entry point shares: --help, option parsing, one-line errors and exit codes.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigError } from "./config";
import { PROJECT_ROOT } from "./paths";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Cli<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"];
  positionals: string[];
}

/** Parses argv; prints `help` and exits 0 on --help, prints the error and exits 2 on a bad option. */
export function parseCli<O extends Options>(help: string, options: O, argv = process.argv.slice(2)): Cli<O> {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(`${help.trim()}\n`);
      process.exit(0);
    }
    return { values: parsed.values as Cli<O>["values"], positionals: parsed.positionals };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help.trim()}\n`);
    process.exit(2);
  }
}

/** Runs a command's main function; any error becomes one clear line on stderr and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  loadDotEnv();
  main().catch((error: unknown) => {
    const message = error instanceof ConfigError ? `configuration error: ${error.message}` : errorText(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return process.env.DEBUG ? (error.stack ?? error.message) : error.message;
  return String(error);
}

/** Reads .env at the project root when there is one; variables already set in the environment win. */
function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
