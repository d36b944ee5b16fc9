// Checks of scalar arguments that class-validator cannot reach (it validates input classes only).
import { InputError } from "../errors";

export const MAX_MATCHES = 50;

export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES) {
    throw new InputError("limit", `must be an integer from 1 to ${MAX_MATCHES}`);
  }
  return limit;
}

export function checkText(field: string, value: string, max: number): string {
  if (value.trim() === "") throw new InputError(field, "must not be empty");
  if (value.length > max) throw new InputError(field, `must be at most ${max} characters`);
  return value;
}
