/**
 * What every server action a form calls through `useActionState` returns: success, with what the
 * form shows for it, or a refusal that names the fields at fault, says in the user's language what
 * went wrong for the whole form (null when the fields say it all), and hands back what was typed, so
 * nothing is lost. `null` before the first submit. A record the action cannot find is a refusal
 * like any other ("not found" in its message), never a thrown error.
 */
export type TActionResult<TValues extends object, TSuccess extends object = object, TRefusal extends object = object> =
  | ({ ok: true } & TSuccess)
  | ({ ok: false; fieldErrors: TFieldErrorsOf<TValues>; message: string | null; values: TValues } & TRefusal)
  | null;

/** One message per field at fault. */
export type TFieldErrorsOf<TValues extends object> = Partial<Record<keyof TValues & string, string>>;
