import type { ReactNode } from "react"
import { Button, Img, Section, Text } from "@react-email/components"
import type { MessageLine, MessageLocale } from "../kinds"
import { LABELS } from "./copy"
import { formatDate, formatVnd } from "./format"
import { colors } from "./theme"

export function Paragraph({ children }: { children: ReactNode }) {
  return (
    <Text style={{ fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" }}>
      {children}
    </Text>
  )
}

export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Text
      style={{
        fontSize: "16px",
        fontWeight: 700,
        lineHeight: "22px",
        margin: "20px 0 8px",
      }}
    >
      {children}
    </Text>
  )
}

/**
 * What the reader can do next. The plain-text part shows the label followed by the address, so
 * that a text-only mail app can still open it.
 */
export function ActionButton({
  href,
  label,
  secondary = false,
}: {
  href: string
  label: string
  /** A second, quieter action below the main one. */
  secondary?: boolean
}) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button
        href={href}
        style={{
          backgroundColor: secondary ? "#ffffff" : colors.brand,
          border: `2px solid ${colors.brand}`,
          borderRadius: "6px",
          color: secondary ? colors.brandDark : "#ffffff",
          fontSize: "15px",
          fontWeight: 700,
          padding: "12px 20px",
        }}
      >
        {label}
      </Button>
    </Section>
  )
}

export type DetailRow = {
  label: string
  value: string
  /** Totals and the figures to copy stand out. */
  strong?: boolean
}

/** Label on the left, value on the right; in plain text, one `label: value` line each. */
export function DetailRows({ rows }: { rows: DetailRow[] }) {
  return (
    <table
      role="presentation"
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      data-text-format="dataTable"
      style={{ borderCollapse: "collapse", margin: "0 0 12px" }}
    >
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <td style={{ ...cell, fontWeight: row.strong ? 700 : 400 }}>
              {row.label}
            </td>
            <td
              align="right"
              style={{
                ...cell,
                fontWeight: row.strong ? 700 : 400,
                whiteSpace: "nowrap",
              }}
            >
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const cell = {
  borderBottom: `1px solid ${colors.line}`,
  fontSize: "15px",
  lineHeight: "22px",
  padding: "6px 0",
}

/** Each line as `title × quantity` with its total, and a pre-ordered line's ship date. */
export function lineRows(
  lines: MessageLine[],
  locale: MessageLocale
): DetailRow[] {
  return lines.map((line) => ({
    label: line.shipsOn
      ? `${line.title} × ${line.quantity} (${LABELS[locale].shipsOn} ${formatDate(line.shipsOn, locale)})`
      : `${line.title} × ${line.quantity}`,
    value: formatVnd(line.total),
  }))
}

/** A hosted QR code: mail apps block `data:` images, so `src` is always an https address. */
export function QrImage({ src, alt }: { src: string; alt: string }) {
  return (
    <Section style={{ margin: "8px 0 12px", textAlign: "center" }}>
      <Img
        src={src}
        alt={alt}
        width={220}
        height={220}
        style={{ display: "inline-block", margin: "0 auto" }}
      />
    </Section>
  )
}

/** A tinted box for a block that belongs together (a payment, an address). */
export function Panel({ children }: { children: ReactNode }) {
  return (
    <Section
      style={{
        backgroundColor: colors.panel,
        borderRadius: "8px",
        margin: "12px 0 16px",
        padding: "4px 16px 8px",
      }}
    >
      {children}
    </Section>
  )
}
