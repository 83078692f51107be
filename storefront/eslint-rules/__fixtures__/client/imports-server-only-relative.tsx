"use client"

// Must fail: the same import through a relative path.
import { isNotFound } from "../../../src/lib/data/shared/store-fetch"

export default function Broken({ error }: { error: unknown }) {
  return <p>{String(isNotFound(error))}</p>
}
