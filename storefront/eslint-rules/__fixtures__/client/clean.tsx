"use client"

// Must pass: a server action and types are what a client component may take from the data layer.
import { useActionState } from "react"
import { lookUpOrder, type LookupState } from "@/lib/data/checkout/orders"
import type { CacheTag } from "@/lib/data/shared/store-fetch"

const initialState: LookupState = { status: "idle" }

export default function Lookup({ tag }: { tag: CacheTag }) {
  const [state, action] = useActionState(lookUpOrder, initialState)
  return (
    <form action={action} data-tag={tag}>
      {state.status}
    </form>
  )
}
