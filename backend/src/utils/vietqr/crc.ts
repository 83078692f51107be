/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), the checksum
 * EMVCo and NAPAS require in field 63 of a VietQR payload. Returns four upper-case hex digits.
 */
export function crc16CcittFalse(input: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(input, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}
