import { unstable_rethrow } from "next/navigation"
import { messageOf, statusOf } from "./actor-session"

/** What the server actions of the portal and the onboarding wizard read off their forms. */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

export function localeOf(formData: FormData): string {
  return formData.get("locale") === "en" ? "en" : "vi"
}

/**
 * A backend refusal as a form shows it. A 400 names the offending field in its message (the
 * routes' zod validators do), so the field is the first of `fields` the message mentions;
 * `reasons` maps the other statuses a form tells apart (404 → "notFound", 403 → "locked"…).
 */
export function formFailure<Reason extends string>(
  error: unknown,
  fields: string[],
  reasons: Partial<Record<number, Reason>> = {}
): { status: "error"; reason: Reason | "invalid" | "failed"; field?: string } {
  unstable_rethrow(error)
  const status = statusOf(error)
  if (status === 400) {
    const message = messageOf(error)
    const field = fields.find((name) => message.includes(name))
    return { status: "error", reason: "invalid", field }
  }
  const reason = status === undefined ? undefined : reasons[status]
  return { status: "error", reason: reason ?? "failed" }
}
