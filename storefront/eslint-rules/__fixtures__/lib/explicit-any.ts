// Must fail: an explicit any switches type checking off.
export const loose = (value: any) => value
