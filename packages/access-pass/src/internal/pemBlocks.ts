/** One `-----BEGIN TYPE-----` … `-----END TYPE-----` block of a PEM text. @internal */
export interface PemBlock {
  readonly type: string;
  readonly text: string;
}

const block = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]*?)-----END \1-----/g;

/**
 * The PEM blocks of a text, by their type (RFC 7468): only the lines between a BEGIN and
 * the END of the same type count; comments and any other text around them are ignored, so
 * a comment line saying "PUBLIC KEY" never makes a private key file a public key.
 *
 * @internal
 */
export const pemBlocks = (text: string): ReadonlyArray<PemBlock> => {
  const blocks: Array<PemBlock> = [];
  for (const match of text.matchAll(block)) blocks.push({ type: match[1]!, text: match[0] });
  return blocks;
};
