import { startTransition, type FormEvent } from "react"

export const primaryButtonClass =
  "min-h-12 w-full rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"

/**
 * Sends a form's data to its action by hand: React resets a form after an action, and a
 * shopper fixing one field should not have to type the others again.
 */
export function submitKeepingInput(
  action: (formData: FormData) => void
): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => action(formData))
  }
}
