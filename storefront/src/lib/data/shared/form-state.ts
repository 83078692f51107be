/** What a sign-in form shows: nothing yet, or why the sign-in did not go through. */
export type SignInState =
  | { status: "idle" }
  | {
      status: "error"
      reason: "invalid" | "credentials" | "failed" | "tooMany"
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }
