import http from "node:http"
import type { AddressInfo } from "node:net"

export type SentMail = {
  from: { email: string; name?: string }
  subject: string
  personalizations: { to: { email: string }[] }[]
  content: { type: string; value: string }[]
}

/**
 * SendGrid's API cannot be reached from here: this local server stands in for
 * `POST /v3/mail/send`, refuses a request without the bearer key as SendGrid does, and keeps
 * every mail it accepted. What arrives is exactly what the recipient would receive.
 */
export function sendgridStandIn(apiKey: string) {
  const sent: SentMail[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        res.writeHead(401, { "content-type": "application/json" })
        res.end(
          JSON.stringify({
            errors: [
              { message: "The provided authorization grant is invalid" },
            ],
          })
        )
        return
      }
      if (req.method === "POST" && req.url === "/v3/mail/send") {
        sent.push(JSON.parse(raw))
        res.writeHead(202)
        res.end()
        return
      }
      res.writeHead(404)
      res.end()
    })
  })
  return {
    sent,
    /** Mails to one address, oldest first. */
    to: (email: string) =>
      sent.filter((mail) =>
        mail.personalizations.some((p) => p.to.some((to) => to.email === email))
      ),
    async listen(): Promise<string> {
      await new Promise<void>((resolve) =>
        server.listen(0, "127.0.0.1", resolve)
      )
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The part of a mail with this MIME type; Intl's no-break space before ₫ read as a space. */
export function mailPart(mail: SentMail, type: "text/plain" | "text/html") {
  const part = mail.content.find((content) => content.type === type)
  return part ? part.value.replace(/\u00a0/g, " ") : null
}
