export * from "./crc"
export * from "./payload"
export * from "./reference"
