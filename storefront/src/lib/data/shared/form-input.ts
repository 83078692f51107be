import "server-only"

import { unstable_rethrow } from "next/navigation"
import { messageOf, statusOf } from "./actor-session"
import { tooManyTries } from "./too-many-tries"

/** What the server actions read off their forms. */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

export function localeOf(formData: FormData): "vi" | "en" {
  return formData.get("locale") === "en" ? "en" : "vi"
}

/**
 * The field paths a backend refusal names. The routes answer 400 with `errors: [{ field,
 * message }]` and the message "field: message; field: message"; the SDK keeps only the
 * message, so the fields are read from it when the list did not come along.
 */
export function refusedFields(error: unknown): string[] {
  const listed = (error as { errors?: unknown } | null)?.errors
  if (Array.isArray(listed)) {
    return listed.flatMap((entry: unknown) => {
      const field = (entry as { field?: unknown } | null)?.field
      return typeof field === "string" ? [field] : []
    })
  }
  return messageOf(error)
    .replace(/^Invalid request:\s*/, "")
    .split("; ")
    .flatMap((part) => {
      const match = /^([\w.[\]]+): /.exec(part)
      return match ? [match[1]] : []
    })
}

/**
 * A backend refusal as a form shows it: a 400 marks the first of `fields` the backend named
 * (by field path, else anywhere in its message); a 429 carries the backend's sentence;
 * `reasons` maps the other statuses a form tells apart (404 → "notFound", 403 → "locked"…).
 */
export function formFailure<Reason extends string>(
  error: unknown,
  fields: string[],
  reasons: Partial<Record<number, Reason>> = {}
): {
  status: "error"
  reason: Reason | "invalid" | "failed" | "tooMany"
  field?: string
  message?: string
} {
  unstable_rethrow(error)
  const limited = tooManyTries(error)
  if (limited) return { status: "error", ...limited }
  const status = statusOf(error)
  if (status === 400) {
    const named = refusedFields(error)
    const message = messageOf(error)
    const field =
      fields.find((name) =>
        named.some((path) => path === name || path.startsWith(`${name}.`))
      ) ?? fields.find((name) => message.includes(name))
    return { status: "error", reason: "invalid", field }
  }
  const reason = status === undefined ? undefined : reasons[status]
  return { status: "error", reason: reason ?? "failed" }
}
