// The admin's session cookie authenticates these calls; extensions live on the same origin.
export async function adminCall<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error(data.message ?? response.statusText)
  }
  return data as T
}

export const formatDate = (value: string | null | undefined, locale: string) =>
  value
    ? new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
        dateStyle: "medium",
      }).format(new Date(value))
    : "—"

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
