// PLACEHOLDER so that this branch compiles: the response-validation work (issue 11) replaces this
// file with the real module, which checks `body` against the precompiled validator of
// `operationId` and `status` and throws `VivamoValidationError`. The transport loads it with a
// dynamic import, only when `validateResponses: true`.
export function validateResponse(_operationId: string, _status: number, _body: unknown): void {}
