// The API client: same-origin by default, the configured key on every call, nothing cached that
// carries a person's words, and every failure turned into a plain message.
import { config } from "./config.js";

export class ApiError extends Error {
  constructor(message, { status = 0, code = "network", requestId = "" } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

const MESSAGES = {
  403: "The page could not sign in to the comparison service. This is a problem with how the page is set up, not with anything you did.",
  413: "That was too much text to send at once. Please shorten it and try again.",
  422: "The comparison service could not use some of the answers. Please start again.",
  429: "The service is busy right now. Please wait a minute, then try again.",
  503: "The service is briefly unavailable. Please try again in a minute.",
};

export async function request(path, { method = "GET", body, noStore = false } = {}) {
  const headers = { "x-api-key": config.apiKey, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(config.apiBase + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // A search term can be a symptom: never keep it in the browser's cache.
      cache: noStore ? "no-store" : "default",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch {
    throw new ApiError("We could not reach the comparison service. Please check your connection and try again.");
  }
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const error = (payload && payload.error) || {};
    const message =
      MESSAGES[response.status] ||
      (response.status >= 500
        ? "Something went wrong on our side. Please try again in a moment."
        : "Something went wrong. Please try again.");
    throw new ApiError(message, {
      status: response.status,
      code: error.code || "http_" + response.status,
      requestId: error.request_id || response.headers.get("X-Request-Id") || "",
    });
  }
  if (payload === null) {
    throw new ApiError("The comparison service sent an answer the page could not read. Please try again.", {
      status: response.status,
      code: "bad_response",
    });
  }
  return payload;
}

export const getVocabulary = () => request("/v1/symptoms");

export const searchSymptoms = (query) =>
  request("/v1/symptoms?q=" + encodeURIComponent(query), { noStore: true });

export const assess = (payload) => request("/v1/assessments", { method: "POST", body: payload, noStore: true });

export const parse = (text) => request("/v1/parse", { method: "POST", body: { text }, noStore: true });
