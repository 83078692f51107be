// Must pass: without "use client" a component renders on the server and may use server-only code.
import { isNotFound } from "@/lib/data/shared/store-fetch"

export default function Fine({ error }: { error: unknown }) {
  return <p>{String(isNotFound(error))}</p>
}
