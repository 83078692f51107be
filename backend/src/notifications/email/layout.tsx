import type { ReactNode } from "react"
import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from "@react-email/components"
import type { MessageLocale } from "../kinds"
import { BRAND_NAME } from "./copy"
import { colors } from "./theme"

const PLACE: Record<MessageLocale, string> = {
  vi: "Sản phẩm OCOP của Phường Xuân Thọ, Đà Lạt, Lâm Đồng",
  en: "OCOP products of Xuân Thọ ward, Đà Lạt, Lâm Đồng",
}

export type EmailLayoutProps = {
  locale: MessageLocale
  /** The line mail apps show beside the subject before the email is opened. */
  preview: string
  heading: string
  /** Why this address receives the email: every message says so in its footer. */
  reason: string
  children: ReactNode
}

/** The frame every message shares: the market's name, the heading, the body, why it was sent. */
export function EmailLayout({
  locale,
  preview,
  heading,
  reason,
  children,
}: EmailLayoutProps) {
  const brand = BRAND_NAME[locale]
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: colors.page,
          color: colors.ink,
          fontFamily: "Helvetica, Arial, sans-serif",
          margin: 0,
          padding: "16px 0",
        }}
      >
        <Container
          style={{
            backgroundColor: "#ffffff",
            borderRadius: "8px",
            maxWidth: "560px",
            padding: "24px",
          }}
        >
          <Text
            style={{
              color: colors.brand,
              fontSize: "18px",
              fontWeight: 700,
              margin: "0 0 16px",
            }}
          >
            {brand}
          </Text>
          <Heading
            as="h1"
            style={{ fontSize: "22px", lineHeight: "28px", margin: "0 0 16px" }}
          >
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: colors.line, margin: "24px 0 16px" }} />
          <Section>
            <Text style={footerText}>{reason}</Text>
            <Text style={footerText}>
              {brand} · {PLACE[locale]}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

const footerText = {
  color: colors.muted,
  fontSize: "13px",
  lineHeight: "19px",
  margin: "0 0 8px",
}
