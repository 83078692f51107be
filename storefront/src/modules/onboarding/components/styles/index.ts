// One look for every onboarding field: large targets a thumb reaches on a 360 px screen.
export const inputClass =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg aria-[invalid=true]:border-berry-600"
export const labelClass = "block space-y-1"
export const labelTextClass = "text-base font-medium"
export const secondaryButtonClass =
  "flex min-h-12 w-full items-center justify-center rounded-xl border border-leaf-700 px-4 py-3 text-lg font-semibold text-leaf-800 hover:bg-leaf-50"
