// fontverter ships no types; this is the one call the font checks use.
declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer | Uint8Array, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer>;
  };
  export default fontverter;
}
