// One pino logger: pretty lines in a terminal, JSON lines otherwise (containers, CI, log shippers).
import pino, { type Logger } from "pino";

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? "info"): Logger {
  const pretty = process.stdout.isTTY === true && process.env.NODE_ENV !== "production";
  return pino({
    name,
    level,
    ...(pretty
      ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname" } } }
      : {}),
  });
}

export const logger = createLogger("newsgraph");
export type { Logger };
