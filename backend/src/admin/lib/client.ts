export type FieldError = { field: string; message: string }

/**
 * A refused call: the backend's message, plus its per-field problems when it names the inputs.
 * The HTTP status lets a page say in the officer's language what went wrong.
 */
export class AdminCallError extends Error {
  readonly fieldErrors: FieldError[]
  readonly status: number

  constructor(message: string, fieldErrors: FieldError[], status: number) {
    super(message)
    this.fieldErrors = fieldErrors
    this.status = status
  }
}

// The admin's session cookie authenticates these calls; extensions live on the same origin.
async function send<T>(
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown
): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new AdminCallError(
      data.message ?? response.statusText,
      Array.isArray(data.errors) ? data.errors : [],
      response.status
    )
  }
  return data as T
}

export const adminCall = <T>(path: string, body?: unknown) =>
  send<T>(body === undefined ? "GET" : "POST", path, body)

export const adminDelete = <T>(path: string) => send<T>("DELETE", path)

/**
 * Downloads a file the backend draws (a PDF) under the name it gives. Fetched rather than
 * linked, so that a refusal shows as a message on the page instead of a page of JSON.
 */
export async function adminDownload(path: string): Promise<void> {
  const response = await fetch(path, { credentials: "include" })
  if (!response.ok) {
    const data = await response.json().catch(() => ({}))
    throw new AdminCallError(
      data.message ?? response.statusText,
      Array.isArray(data.errors) ? data.errors : [],
      response.status
    )
  }
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "download.pdf"
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked after the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const intlLocale = (locale: string) =>
  locale === "vi" ? "vi-VN" : "en-GB"

export const formatDate = (value: string | null | undefined, locale: string) =>
  value
    ? new Intl.DateTimeFormat(intlLocale(locale), {
        dateStyle: "medium",
      }).format(new Date(value))
    : "—"

// An invite's expiry is a moment, not a day: officers tell the invitee until when the link works.
export const formatDateTime = (value: string, locale: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value))

// Bank amounts are whole đồng: VND has no minor unit.
export const formatVnd = (amount: number | string) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(
    Number(amount)
  )

export type ProducerStatus = "draft" | "submitted" | "verified" | "suspended"

export const STATUS_COLOR: Record<
  ProducerStatus,
  "grey" | "orange" | "green" | "red"
> = {
  draft: "grey",
  submitted: "orange",
  verified: "green",
  suspended: "red",
}
