"use client"

// Must fail: a client component importing the module that holds the backend's fetch.
import { isNotFound } from "@/lib/data/shared/store-fetch"

export default function Broken({ error }: { error: unknown }) {
  return <p>{String(isNotFound(error))}</p>
}
