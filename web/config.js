// What an operator may change when hosting this page (docs/web.md). Nothing else is configured.
export const config = Object.freeze({
  // Where the API is. "" means this page's own origin: the page calls /v1/... where it is served
  // (the local gateway, or a CDN that forwards /v1/* to the API). Otherwise the API's base URL,
  // e.g. "https://abc123.execute-api.eu-west-1.amazonaws.com/prod", with CorsAllowedOrigin set to
  // this page's origin.
  apiBase: "",
  // The x-api-key every request sends. "local" for `make run`. A hosted page must use a key of its
  // own low-quota usage plan: anyone can read it here.
  apiKey: "local",
});
