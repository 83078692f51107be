/** The storefront's leaf and earth colours, so that an email looks like the market it comes from. */
export const colors = {
  brand: "#2f7545",
  brandDark: "#1f4a2f",
  page: "#faf6f0",
  panel: "#f1f8f2",
  ink: "#1c1c1c",
  muted: "#5a5a5a",
  line: "#e4d2b8",
} as const
