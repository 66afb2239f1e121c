// Pass tokens against the bare Ed25519 operations they are built on, measured in the same
// run on the same bytes: verifying a token should cost at most 10% more than one bare
// node:crypto verify of its signed text, and signing (issuing) a token at most 10% more
// than one bare sign.
//
// The jose rows measure the JOSE library the tokens were meant to be made with (issue 17):
// its compactVerify and CompactSign are asynchronous (WebCrypto) and cost more than 10 %
// over the bare operations, so unsms writes the JWS compact form itself on node:crypto and
// keeps jose to prove interoperability in the tests. The rows show the figures that decided it.
import { Buffer } from "node:buffer";
import { generateKeyPairSync, sign, verify } from "node:crypto";
import { defaultPassPolicy, issuePass } from "@unsms/access-pass";
import { PassRequestSchema } from "@unsms/access-pass/schema";
import {
  makeSigningKey,
  makeVerifyingKey,
  openRevocationList,
  signPassToken,
  signRevocationList,
  verifyPassToken,
} from "@unsms/access-pass/node";
import { decode, PassIdSchema } from "@unsms/core/schema";
import { CompactSign, compactVerify } from "jose";

const unwrap = (result) => {
  if (result._tag !== "Success") throw new Error(JSON.stringify(result));
  return result.success;
};

const keys = generateKeyPairSync("ed25519");
const signing = unwrap(makeSigningKey(keys.privateKey));
const trusted = unwrap(makeVerifyingKey(keys.publicKey));
const request = unwrap(
  decode(PassRequestSchema, {
    category: "ngo-annual",
    dutyStation: "New York",
    holder: {
      name: "Kwame Mensah",
      organization: "Example Foundation for Peace",
      dateOfBirth: "1975-09-14",
      role: "head",
    },
    sponsor: "Example Foundation for Peace, board of directors",
    identityDocuments: [{ kind: "passport", number: "G1234567" }],
    photo: "photos/kwame-mensah.jpg",
  }),
);
const issuedAt = new Date("2006-03-06T07:00:00Z");
const serial = unwrap(decode(PassIdSchema, "NY-2006-070828"));
const pass = unwrap(issuePass(request, defaultPassPolicy, issuedAt, serial));
const token = signPassToken(pass, signing);
const signedText = Buffer.from(token.slice(0, token.lastIndexOf(".")), "latin1");
const signature = Buffer.from(token.slice(token.lastIndexOf(".") + 1), "base64url");
const [headerText, payloadText] = token.split(".");
const signedHeader = JSON.parse(Buffer.from(headerText, "base64url").toString());
const signedPayload = Buffer.from(payloadText, "base64url");
const revokedIds = Array.from({ length: 1000 }, (_, i) => `NY-2006-${String(i).padStart(6, "0")}`);
const revocations = unwrap(
  openRevocationList(signRevocationList({ issuedAt: "2006-03-06T00:00:00Z", passIds: revokedIds }, signing), [trusted]),
);
const checkpoint = { trustedKeys: [trusted], revocations, zone: "conference", dutyStation: "New York" };
const at = new Date("2006-06-30T12:00:00Z");

if (verifyPassToken(token, checkpoint, at)._tag !== "Success") throw new Error("the benchmark token does not verify");

export default {
  name: "access-pass: pass tokens",
  cases: [
    { name: "bare Ed25519 verify", fn: () => verify(null, signedText, keys.publicKey, signature) },
    { name: "verifyPassToken", fn: () => verifyPassToken(token, checkpoint, at), reference: "bare Ed25519 verify" },
    { name: "bare Ed25519 sign", fn: () => sign(null, signedText, keys.privateKey) },
    { name: "signPassToken", fn: () => signPassToken(pass, signing), reference: "bare Ed25519 sign" },
    {
      name: "jose compactVerify (not used)",
      fn: () => compactVerify(token, keys.publicKey, { algorithms: ["EdDSA"] }),
      reference: "bare Ed25519 verify",
    },
    {
      name: "jose CompactSign (not used)",
      fn: () => new CompactSign(signedPayload).setProtectedHeader(signedHeader).sign(keys.privateKey),
      reference: "bare Ed25519 sign",
    },
    {
      name: "issuePass + signPassToken",
      fn: () => signPassToken(unwrap(issuePass(request, defaultPassPolicy, issuedAt, serial)), signing),
      reference: "bare Ed25519 sign",
    },
  ],
  targets: [
    { case: "verifyPassToken", reference: "bare Ed25519 verify", atMost: 1.1 },
    { case: "signPassToken", reference: "bare Ed25519 sign", atMost: 1.1 },
  ],
};
