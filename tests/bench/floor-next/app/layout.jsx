// The floor: the least a Next 16 App Router page ships, built and served like the storefront.
export const metadata = { title: "Floor" }

export default function RootLayout({ children }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  )
}
