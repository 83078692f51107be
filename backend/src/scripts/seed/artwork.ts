// Product pictures drawn here as SVG and rendered to WebP with sharp, so the demo catalogue needs
// no image from outside and no picture is ever broken.
import sharp from "sharp"

export type Motif =
  | "strawberry"
  | "jam"
  | "persimmon"
  | "celery"
  | "banana"
  | "chilli"
  | "squash"
  | "artichoke"
  | "sweetPotato"
  | "coffee"
  | "flower"

const PALETTES: Record<Motif, [string, string]> = {
  strawberry: ["#fde8e8", "#f7b2b7"],
  jam: ["#fdeef0", "#f4c0c8"],
  persimmon: ["#fff1e0", "#f9c98b"],
  celery: ["#eef8e6", "#bfe3a4"],
  banana: ["#fff9db", "#f6e08a"],
  chilli: ["#fff0e6", "#f8b98f"],
  squash: ["#fffbe6", "#f3dc8c"],
  artichoke: ["#eef5ec", "#b9d7b0"],
  sweetPotato: ["#f6edf7", "#d9b9de"],
  coffee: ["#f6eee6", "#d8bfa6"],
  flower: ["#eef1fb", "#bcc6ef"],
}

const seeds = (cx: number, cy: number) =>
  [
    [-40, -30],
    [0, -40],
    [40, -30],
    [-55, 10],
    [-15, 0],
    [25, 5],
    [60, 15],
    [-30, 45],
    [10, 50],
    [45, 55],
    [-5, 95],
    [25, 100],
  ]
    .map(
      ([x, y]) =>
        `<ellipse cx="${cx + x}" cy="${cy + y}" rx="5" ry="8" fill="#ffe08a"/>`
    )
    .join("")

const strawberry = (cx: number, cy: number, scale = 1) => `
  <g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">
    <path d="M${cx} ${cy + 170} C ${cx - 150} ${cy + 60}, ${cx - 140} ${cy - 80}, ${cx} ${cy - 80} C ${cx + 140} ${cy - 80}, ${cx + 150} ${cy + 60}, ${cx} ${cy + 170} Z" fill="#e0303f"/>
    <path d="M${cx - 60} ${cy - 40} C ${cx - 40} ${cy - 70}, ${cx - 10} ${cy - 75}, ${cx + 10} ${cy - 72}" stroke="#ff7c86" stroke-width="14" fill="none" stroke-linecap="round"/>
    ${seeds(cx, cy)}
    <path d="M${cx} ${cy - 80} l -70 -25 l 45 -5 l -20 -45 l 45 35 l 0 -50 l 25 50 l 40 -35 l -15 45 l 50 5 z" fill="#3f9b3a"/>
  </g>`

const MOTIFS: Record<Motif, string> = {
  strawberry: `${strawberry(330, 420, 0.85)}${strawberry(480, 400, 1)}`,
  jam: `
    <rect x="270" y="290" width="260" height="300" rx="40" fill="#c8102e" opacity="0.9"/>
    <rect x="270" y="290" width="260" height="300" rx="40" fill="none" stroke="#ffffff" stroke-opacity="0.6" stroke-width="8"/>
    <rect x="255" y="235" width="290" height="70" rx="18" fill="#e9d3a6"/>
    <path d="M255 262 h290" stroke="#c9a66b" stroke-width="6"/>
    <rect x="310" y="380" width="180" height="110" rx="16" fill="#fff7ea"/>
    ${strawberry(400, 425, 0.28)}
    <path d="M300 330 q 20 -25 45 0" stroke="#ff8a96" stroke-width="10" fill="none" stroke-linecap="round"/>`,
  persimmon: [240, 400, 560]
    .map(
      (x, i) => `
    <line x1="${x}" y1="120" x2="${x}" y2="${300 + (i % 2) * 60}" stroke="#8a5a2b" stroke-width="6"/>
    <ellipse cx="${x}" cy="${380 + (i % 2) * 60}" rx="95" ry="85" fill="#e8772e"/>
    <ellipse cx="${x - 30}" cy="${350 + (i % 2) * 60}" rx="25" ry="15" fill="#f7b27a"/>
    <path d="M${x - 40} ${300 + (i % 2) * 60} q 40 -30 80 0 q -40 10 -80 0" fill="#6b4a1e"/>`
    )
    .join(""),
  celery: `
    <rect x="300" y="300" width="200" height="290" rx="30" fill="#ffffff" opacity="0.85"/>
    <rect x="300" y="400" width="200" height="190" rx="30" fill="#8fcf5f"/>
    <rect x="285" y="255" width="230" height="60" rx="16" fill="#4e8f2f"/>
    ${[0, 1, 2, 3, 4].map((i) => `<path d="M${120 + i * 22} 600 C ${150 + i * 22} 450, ${170 + i * 20} 300, ${200 + i * 18} 200" stroke="#5aa83a" stroke-width="16" fill="none" stroke-linecap="round"/>`).join("")}
    <circle cx="210" cy="190" r="40" fill="#7cc456"/><circle cx="250" cy="215" r="32" fill="#69b548"/>`,
  banana: [0, 1, 2, 3, 4, 5]
    .map((i) => {
      const x = 250 + (i % 3) * 150
      const y = 320 + Math.floor(i / 3) * 170
      return `<ellipse cx="${x}" cy="${y}" rx="70" ry="55" fill="#e9b949"/><ellipse cx="${x}" cy="${y}" rx="45" ry="33" fill="#f7d77c"/><circle cx="${x}" cy="${y}" r="8" fill="#b7822a"/>`
    })
    .join(""),
  chilli: [0, 1, 2, 3]
    .map((i) => {
      const colors = ["#e23b2e", "#f28c28", "#f4c430", "#d7263d"]
      const x = 220 + i * 110
      return `<path d="M${x} 250 C ${x + 60} 300, ${x + 70} 470, ${x + 10} 560 C ${x - 10} 470, ${x - 30} 330, ${x} 250 Z" fill="${colors[i]}"/><path d="M${x} 250 q -10 -40 20 -70" stroke="#3f7d2a" stroke-width="12" fill="none" stroke-linecap="round"/>`
    })
    .join(""),
  squash: `
    <ellipse cx="400" cy="420" rx="230" ry="150" fill="#f2c230"/>
    <ellipse cx="400" cy="420" rx="230" ry="150" fill="none" stroke="#d9a514" stroke-width="10"/>
    ${[-120, -60, 0, 60, 120].map((d) => `<path d="M${400 + d} 280 q ${d / 4} 140 0 280" stroke="#e2ae1c" stroke-width="6" fill="none"/>`).join("")}
    <rect x="385" y="240" width="30" height="45" rx="8" fill="#6b8e23"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M${250 + i * 55} 610 q 25 -40 50 0 t 50 0" stroke="#f7d15a" stroke-width="9" fill="none" stroke-linecap="round"/>`).join("")}`,
  artichoke: `
    ${[0, 1, 2, 3, 4]
      .map((row) =>
        [0, 1, 2, 3, 4]
          .slice(0, 5 - row)
          .map(
            (i) =>
              `<path d="M${400 - (4 - row) * 40 + i * 80} ${520 - row * 65} q -40 -70 0 -110 q 40 40 0 110 z" fill="${row % 2 ? "#5f9e4f" : "#4a8a3c"}"/>`
          )
          .join("")
      )
      .join("")}
    <path d="M400 560 v 70" stroke="#4a8a3c" stroke-width="18" stroke-linecap="round"/>`,
  sweetPotato: `
    <path d="M200 470 C 220 330, 520 260, 620 340 C 690 400, 560 520, 380 540 C 260 550, 190 520, 200 470 Z" fill="#8e3b7a"/>
    <path d="M250 460 C 290 380, 480 330, 560 370" stroke="#b25c9c" stroke-width="14" fill="none" stroke-linecap="round"/>
    ${[0, 1, 2].map((i) => `<rect x="${260 + i * 110}" y="570" width="90" height="60" rx="14" fill="#f0a24b"/>`).join("")}`,
  coffee: [0, 1, 2, 3, 4, 5, 6]
    .map((i) => {
      const x = 230 + (i % 4) * 115 + (i >= 4 ? 55 : 0)
      const y = 340 + (i >= 4 ? 150 : 0)
      return `<g transform="rotate(${i * 23 - 40} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="50" ry="68" fill="#6f3f1d"/><path d="M${x} ${y - 60} q -25 60 0 120" stroke="#3e200c" stroke-width="9" fill="none"/></g>`
    })
    .join(""),
  flower: [0, 1, 2, 3, 4, 5, 6, 7, 8]
    .map((i) => {
      const x = 300 + (i % 3) * 100
      const y = 300 + Math.floor(i / 3) * 90
      return `<circle cx="${x}" cy="${y}" r="42" fill="${i % 2 ? "#8ea2e6" : "#b9a3e3"}"/><circle cx="${x}" cy="${y}" r="10" fill="#f3f0ff"/>`
    })
    .join(""),
}

function svgFor(motif: Motif) {
  const [light, deep] = PALETTES[motif]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${deep}"/></linearGradient></defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  <path d="M0 640 C 160 560, 300 600, 420 630 C 560 665, 680 600, 800 620 V 800 H 0 Z" fill="#5e8f4e" opacity="0.35"/>
  <path d="M0 700 C 200 650, 420 720, 800 680 V 800 H 0 Z" fill="#3f6f35" opacity="0.35"/>
  ${MOTIFS[motif]}
</svg>`
}

/** Renders the picture of a product as an 800×800 WebP. */
export async function drawProductPicture(motif: Motif): Promise<Buffer> {
  return sharp(Buffer.from(svgFor(motif)))
    .webp({ quality: 82 })
    .toBuffer()
}
