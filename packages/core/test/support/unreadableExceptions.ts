/**
 * Exceptions that cannot be read: a revoked proxy, and an `Error` whose `message` getter
 * throws. Both stand in for an Error (what a schema or a getter may throw); fresh on each call.
 */
export const unreadableExceptions = (): readonly [revokedProxy: Error, throwingMessage: Error] => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwingMessage = Object.create(Error.prototype, {
    message: {
      get() {
        throw new Error("boom");
      },
    },
  }) as Error;
  return [proxy as Error, throwingMessage];
};
