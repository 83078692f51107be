"use client"

import { useTranslations } from "next-intl"
import { useCallback, useEffect, useRef, useState } from "react"

// The QR at twice the page's size, its modules kept sharp, on a white card with a margin.
const QR_SIZE = 640
const MARGIN = 48
const LINE_HEIGHT = 56

async function drawQrCard(
  qrDataUrl: string,
  lines: [string, string]
): Promise<Blob> {
  const qr = new Image()
  qr.src = qrDataUrl
  await qr.decode()
  const canvas = document.createElement("canvas")
  canvas.width = QR_SIZE + 2 * MARGIN
  canvas.height = QR_SIZE + 2 * MARGIN + 2 * LINE_HEIGHT
  const context = canvas.getContext("2d")
  if (!context) throw new Error("This browser cannot draw the QR picture")
  context.fillStyle = "#ffffff"
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.imageSmoothingEnabled = false
  context.drawImage(qr, MARGIN, MARGIN, QR_SIZE, QR_SIZE)
  context.fillStyle = "#1c1917"
  context.textAlign = "center"
  const centre = canvas.width / 2
  const firstLine = MARGIN + QR_SIZE + LINE_HEIGHT - 8
  context.font = "bold 40px system-ui, sans-serif"
  context.fillText(lines[0], centre, firstLine, canvas.width - MARGIN)
  context.font = "32px system-ui, sans-serif"
  context.fillText(
    lines[1],
    centre,
    firstLine + LINE_HEIGHT,
    canvas.width - MARGIN
  )
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error("The QR picture is empty")),
      "image/png"
    )
  )
}

function download(file: File) {
  const url = URL.createObjectURL(file)
  const link = document.createElement("a")
  link.href = url
  link.download = file.name
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; the browser keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Saves the transfer's QR code as a picture with the amount and reference under it, for a
 * shopper paying from this same phone: shared to Photos, where banking apps' "scan from
 * image" looks, or downloaded where the browser cannot share files.
 */
export default function SaveQrButton({
  qrDataUrl,
  amount,
  reference,
}: {
  qrDataUrl: string
  /** Already formatted ("150.000 ₫"). */
  amount: string
  reference: string
}) {
  const t = useTranslations("order.saveQr")
  const [state, setState] = useState<"idle" | "saving" | "saved" | "failed">(
    "idle"
  )

  const referenceLine = t("referenceLine", { reference })
  const prepared = useRef<Promise<File> | null>(null)
  const picture = useCallback(
    () =>
      (prepared.current ??= drawQrCard(qrDataUrl, [amount, referenceLine]).then(
        (blob) =>
          new File([blob], `vietqr-${reference}.png`, { type: "image/png" })
      )),
    [qrDataUrl, amount, referenceLine, reference]
  )

  // Drawn ahead of the tap: some browsers share only straight from the tap itself.
  useEffect(() => {
    prepared.current = null
    picture().catch(() => {
      prepared.current = null
    })
  }, [picture])

  async function save() {
    setState("saving")
    try {
      const file = await picture()
      if (navigator.canShare?.({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: t("shareTitle") })
          setState("saved")
          return
        } catch (error) {
          // Closing the share sheet is a choice, not a failure.
          if (error instanceof DOMException && error.name === "AbortError") {
            setState("idle")
            return
          }
        }
      }
      download(file)
      setState("saved")
    } catch {
      setState("failed")
    }
  }

  return (
    <div className="flex flex-col items-center gap-1">
      <button
        type="button"
        onClick={save}
        disabled={state === "saving"}
        data-testid="save-qr"
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-leaf-600 bg-white px-5 font-semibold text-leaf-700 hover:bg-leaf-50 disabled:opacity-60"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-5"
        >
          <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
        </svg>
        {state === "saving" ? t("saving") : t("button")}
      </button>
      <p
        role="status"
        data-testid="save-qr-status"
        className="text-center text-sm text-stone-600"
      >
        {state === "saved" ? t("saved") : state === "failed" ? t("failed") : ""}
      </p>
    </div>
  )
}
