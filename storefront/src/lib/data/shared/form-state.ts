import type { HarvestSeason } from "@/lib/util/season"

/** What a sign-in form shows: nothing yet, or why the sign-in did not go through. */
export type SignInState =
  | { status: "idle" }
  | {
      status: "error"
      reason: "invalid" | "credentials" | "failed" | "tooMany"
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }

/** What the season picker shows after saving: nothing yet, the season as saved, or what is wrong. */
export type SeasonFormState =
  | { status: "idle" }
  | { status: "saved"; season: HarvestSeason | null }
  | {
      status: "error"
      reason: "invalid" | "failed" | "notFound" | "locked" | "tooMany"
      /** `harvest_months` or `best_months`, when the backend named one. */
      field?: string
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }
