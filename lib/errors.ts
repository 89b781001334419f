export type TAppErrorCode = "NOT_FOUND";

/** A domain failure the boundary turns into a translated message; anything else is unexpected. */
export class AppError extends Error {
  constructor(public readonly code: TAppErrorCode) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: TAppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
