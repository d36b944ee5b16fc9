// A headless Chromium for the browser tests, found without root: CHROMIUM_PATH when set, else a
// chromium on PATH, else the Chromium the @sparticuz/chromium npm package ships (a devDependency, so
// `npm install` on a machine with no browser brings one). That package is ESM only, so its path is
// asked of a plain Node process rather than of Jest's CommonJS loader.
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PROJECT_ROOT } from "../../src/paths";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(): string | undefined {
  const directories = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    const found = directories.map((directory) => path.join(directory, name)).find(isExecutable);
    if (found) return found;
  }
  return undefined;
}

function fromNpmPackage(): string {
  // Decompresses the browser into the system's temp directory on first use (a few seconds), then reuses it.
  const script = 'import c from "@sparticuz/chromium"; process.stdout.write(await c.executablePath());';
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  }).trim();
}

export function chromiumExecutable(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file`);
    return given;
  }
  return onPath() ?? fromNpmPackage();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
