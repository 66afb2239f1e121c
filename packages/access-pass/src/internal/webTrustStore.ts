import * as Effect from "effect/Effect";
import type { PassTrustStore } from "../services/PassTrustStore";
import type { WebCryptoKey } from "../keys/WebCryptoKey";
import { subtle } from "./platform";

/** The trust store service of WebCrypto public keys by id. @internal */
export const webTrustStoreOf = (byId: ReadonlyMap<string, WebCryptoKey>): PassTrustStore["Service"] => ({
  verify: (keyId, data, signature) => {
    const key = byId.get(keyId);
    return key === undefined
      ? Effect.succeed("unknown-key" as const)
      : Effect.promise(async () => {
          try {
            return (await subtle()!.verify({ name: "Ed25519" }, key, new Uint8Array(signature), new Uint8Array(data)))
              ? ("valid" as const)
              : ("invalid" as const);
          } catch {
            return "invalid" as const;
          }
        });
  },
});
