/**
 * A failure the user can act on ("this answer has expired, ask again"): the dispatcher shows its
 * message as is. Any other error is a bug: the user gets a generic apology and the log gets the stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
