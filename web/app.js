// The reference web client: the interview of docs/interview.md, run in a browser.
// Nothing is stored: all state lives in this module and is gone when the tab closes.
import { assess, getVocabulary, parse } from "./api.js";
import { $, h, show } from "./dom.js";
import { drawOverlap } from "./overlap.js";
import { SymptomPicker } from "./picker.js";

const EMERGENCY = new Set(["emergency", "emergency_ambulance"]);
// Rounds of questions before the result when the API does not say when to stop (no `should_stop`):
// docs/interview.md finds three to five plenty. With `should_stop`, the API decides, within a hard cap.
const ROUNDS_WITHOUT_SHOULD_STOP = 5;
const ROUNDS_AT_MOST = 12;
const MORE_ROUNDS = 3;
const NARROW_PICTURE_PX = 480;

const NAMES = { b12: "Vitamin B12 deficiency", b12short: "B12 deficiency", als: "ALS", alsShort: "ALS" };

const LEANING_WORDS = {
  b12_deficiency: "Your answers look more like vitamin B12 deficiency than ALS.",
  als: "Your answers look more like ALS than vitamin B12 deficiency.",
  overlap: "Your answers fit both patterns, and do not tell them apart.",
  neither: "Your answers do not fit either pattern well.",
  insufficient_evidence: "There is not enough to compare yet.",
};

const TRIAGE_WORDS = {
  self_care: "Nothing urgent in what you told us. See a doctor if anything new appears or it gets worse.",
  consultation: "Please book an appointment with your doctor.",
  consultation_24: "Please see a doctor within 24 hours.",
  emergency: "Get urgent medical help now.",
  emergency_ambulance: "Call an ambulance now.",
};

const ANSWERS = [
  ["present", "Yes"],
  ["absent", "No"],
  ["unknown", "Don't know"],
];
const STATE_WORDS = { present: "yes", absent: "no", unknown: "don't know" };

const NOT_UNDERSTOOD =
  "We could not match what you wrote to any symptom we know. That is not your fault: try other " +
  "words (for example “my feet tingle” or “my hands feel weak”), or find a symptom in the list below.";

const DEFAULT_DISCLAIMER =
  "This is an educational comparison of symptom patterns, not a diagnosis. Only a clinician who examines " +
  "you and arranges tests can say what is causing your symptoms.";

const state = {
  vocabulary: new Map(), // id -> vocabulary item
  redFlags: [],
  evidence: new Map(), // id -> {state, origin}; origin: checklist | picked | text | question
  text: "", // what the person wrote, sent once; its findings then travel as evidence
  response: null,
  rounds: 0,
  roundLimit: ROUNDS_WITHOUT_SHOULD_STOP,
  busy: false,
  step: "start",
  undo: null, // {evidence, step}: where "go back" from an emergency returns to
};

const STEPS = ["start", "describe", "questions", "result"];

// ---------------------------------------------------------------- helpers

const label = (id) => state.vocabulary.get(id)?.label ?? id.replaceAll("_", " ");

const evidencePayload = () => [...state.evidence].map(([id, item]) => ({ id, state: item.state }));

function announce(message) {
  $("status").textContent = "";
  // A fresh text node, so screen readers announce a repeated message too.
  setTimeout(() => ($("status").textContent = message), 30);
}

function showStep(name, { focus = true } = {}) {
  state.step = name;
  document.body.dataset.step = name;
  for (const step of STEPS) show($("step-" + step), step === name);
  $("emergency-region").replaceChildren();
  show($("loading"), false);
  if (focus) {
    const heading = $(name + "-title");
    heading.focus();
    heading.scrollIntoView({ block: "start" });
  }
}

function setBusy(busy) {
  state.busy = busy;
  for (const id of ["checklist-continue", "describe-submit", "questions-submit", "show-results", "more-questions"]) {
    $(id).setAttribute("aria-disabled", String(busy));
  }
  document.querySelectorAll("#understood-chips button").forEach((b) => b.setAttribute("aria-disabled", String(busy)));
  for (const step of STEPS) $("step-" + step).setAttribute("aria-busy", String(busy));
  document.body.dataset.busy = String(busy); // for the browser tests, which wait on it
  if (busy) announce("Comparing your answers…");
}

function notice(text, { title, kind = "info", id } = {}) {
  return h(
    "div",
    { class: "notice" + (kind === "warning" ? " warning" : ""), id, tabindex: id ? "-1" : null },
    title ? h("h2", {}, title) : null,
    h("p", {}, text)
  );
}

function showError(error, retry) {
  const region = $("error-region");
  const box = h(
    "div",
    { class: "notice warning", role: "alert", tabindex: "-1", id: "error-box" },
    h("h2", {}, "Sorry, that did not work"),
    h("p", {}, error.message || "Something went wrong. Please try again."),
    error.requestId ? h("p", { class: "small" }, "If it keeps happening, quote this reference: " + error.requestId) : null,
    retry
      ? h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: () => {
              region.replaceChildren();
              retry();
            },
          },
          "Try again"
        )
      : null
  );
  region.replaceChildren(box);
  box.focus();
}

let responses = 0;

/** One assessment of `payload` (or whatever `work` returns), with the busy state and errors handled. */
async function send(payload, step, work = () => assess(payload)) {
  if (state.busy) return null;
  $("error-region").replaceChildren();
  state.undo = { evidence: new Map(state.evidence), step, text: state.text };
  setBusy(true);
  try {
    const response = await work();
    responses += 1;
    document.body.dataset.responses = String(responses); // for the browser tests, which wait on it
    return response;
  } catch (error) {
    // Trying again submits the same step's form again, with the answers still on it.
    const form = { start: "checklist-form", describe: "describe-form", questions: "questions-form" }[step];
    showError(error, form ? () => $(form).requestSubmit() : null);
    return null;
  } finally {
    setBusy(false);
  }
}

function merge(response) {
  for (const item of response.evidence_used || []) {
    if (!state.evidence.has(item.id)) {
      state.evidence.set(item.id, { state: item.state, origin: item.source === "text" ? "text" : "picked" });
    }
  }
}

// ---------------------------------------------------------------- step 1: the safety check

function renderChecklist() {
  const list = $("red-flag-list");
  list.replaceChildren(
    ...state.redFlags.map((item) =>
      h(
        "li",
        { class: "check-item" },
        h("input", { type: "checkbox", id: "rf-" + item.id, name: "red_flag", value: item.id }),
        h(
          "label",
          { for: "rf-" + item.id },
          h("span", { class: "check-label" }, item.label),
          h("span", { class: "check-question" }, item.question)
        )
      )
    )
  );
  const none = $("none-of-these");
  list.addEventListener("change", (event) => {
    if (event.target.checked) none.checked = false;
    show($("checklist-error"), false);
  });
  none.addEventListener("change", () => {
    if (none.checked) list.querySelectorAll("input").forEach((box) => (box.checked = false));
    show($("checklist-error"), false);
  });
}

async function onChecklistSubmit(event) {
  event.preventDefault();
  if (state.busy) return;
  const ticked = new Set([...$("red-flag-list").querySelectorAll("input:checked")].map((box) => box.value));
  if (ticked.size === 0 && !$("none-of-these").checked) {
    show($("checklist-error"), true);
    $("checklist-error").setAttribute("role", "alert");
    $("red-flag-list").querySelector("input")?.focus();
    return;
  }
  for (const [id, item] of [...state.evidence]) if (item.origin === "checklist") state.evidence.delete(id);
  for (const flag of state.redFlags) {
    state.evidence.set(flag.id, { state: ticked.has(flag.id) ? "present" : "absent", origin: "checklist" });
  }
  if (ticked.size > 0) {
    // A warning sign is checked straight away: an emergency must not wait for the rest.
    const response = await send({ evidence: evidencePayload() }, "start");
    if (!response) return;
    state.response = response;
    if (EMERGENCY.has(response.triage?.level)) {
      showEmergency(response);
      return;
    }
    renderUrgent(response);
  }
  showStep("describe");
}

// ---------------------------------------------------------------- step 2: own words and the picker

let picker = null;

function renderPicked() {
  const picked = [...state.evidence].filter(([, item]) => item.origin === "picked");
  show($("picked-title"), picked.length > 0);
  $("picked-chips").replaceChildren(...picked.map(([id, item]) => chip(id, item, removePicked)));
}

function removePicked(id, index) {
  state.evidence.delete(id);
  renderPicked();
  announce("Removed " + label(id) + ".");
  const buttons = $("picked-chips").querySelectorAll("button");
  (buttons[Math.min(index, buttons.length - 1)] ?? $("picker-input")).focus();
}

function chip(id, item, onRemove) {
  const words = label(id);
  const answer = STATE_WORDS[item.state] ?? item.state;
  return h(
    "li",
    { class: "chip " + item.state, "data-evidence": id },
    h("span", {}, words + ": ", h("span", { class: "chip-state" }, answer)),
    h(
      "button",
      {
        type: "button",
        "aria-label": `Remove “${words}: ${answer}”`,
        title: "Remove",
        onclick: (event) => {
          if (state.busy) return;
          const index = [...event.currentTarget.closest("ul").children].indexOf(event.currentTarget.closest("li"));
          onRemove(id, index);
        },
      },
      "×"
    )
  );
}

function updateCount() {
  const length = $("free-text").value.length;
  $("free-text-count").textContent = `${length.toLocaleString("en")} of 2,000 characters`;
}

async function onDescribeSubmit(event) {
  event.preventDefault();
  if (state.busy) return;
  const text = $("free-text").value.trim();
  const picked = [...state.evidence.values()].some((item) => item.origin === "picked");
  $("describe-notice-region").replaceChildren();
  if (!text && !picked) {
    show($("describe-error"), true);
    $("describe-error").setAttribute("role", "alert");
    $("free-text").focus();
    return;
  }
  show($("describe-error"), false);
  for (const [id, item] of [...state.evidence]) if (item.origin === "text") state.evidence.delete(id);
  const response = await send(null, "describe", async () => {
    if (text) await letTheTextOverruleUnticked(text);
    const payload = { evidence: evidencePayload() };
    if (text) payload.text = text;
    return assess(payload);
  });
  if (!response) return;
  state.text = text;
  state.rounds = 0;
  state.roundLimit = "should_stop" in response ? ROUNDS_AT_MOST : ROUNDS_WITHOUT_SHOULD_STOP;
  route(response, { step: "describe", sentText: text });
}

/**
 * An unticked warning sign counts as "no", and explicit evidence beats the text in the API. So when
 * the person's own words report one of them (say, breathless while sitting still), their words win:
 * the unticked "no" is dropped before the text is sent. A ticked "yes" always stays.
 */
async function letTheTextOverruleUnticked(text) {
  const found = (await parse(text)).evidence || [];
  for (const item of found) {
    const known = state.evidence.get(item.id);
    if (item.state === "present" && known?.origin === "checklist" && known.state === "absent") {
      state.evidence.delete(item.id);
    }
  }
}

/** The notice's message when the text was sent and nothing in it was recognised, else null. */
function notUnderstood(response, sentText) {
  if (!sentText) return null;
  if ((response.evidence_used || []).some((item) => item.source === "text")) return null;
  const found = (response.notices || []).find((n) => /text|understood|recogni[sz]ed|unparsed|no_evidence/i.test(n.code || ""));
  return found?.message || NOT_UNDERSTOOD;
}

// ---------------------------------------------------------------- what every response leads to

function route(response, { step, sentText = "" }) {
  state.response = response;
  merge(response);
  if (EMERGENCY.has(response.triage?.level)) {
    showEmergency(response);
    return;
  }
  renderUrgent(response);
  const misread = notUnderstood(response, sentText);
  const described = [...state.evidence.values()].some((item) => item.origin === "picked" || item.origin === "text");
  if (misread && !described) {
    // Nothing to go on: stay here, keep their words, and say so kindly.
    state.text = "";
    showStep("describe", { focus: false });
    const box = notice(misread, { title: "We did not understand that", kind: "warning", id: "not-understood" });
    box.setAttribute("role", "alert");
    $("describe-notice-region").replaceChildren(box);
    box.focus();
    return;
  }
  const remaining = remainingQuestions(response);
  const stop = response.should_stop === true || remaining.length === 0 || state.rounds >= state.roundLimit;
  if (stop) showResult(response, { misread });
  else showQuestions(response, { misread, first: step === "describe" });
}

function remainingQuestions(response) {
  return (response.next_questions || []).filter((question) => !state.evidence.has(question.id));
}

function otherNotices(response, skip) {
  return (response.notices || [])
    .filter((n) => n.message && n.message !== skip)
    .map((n) => notice(n.message, { kind: "info" }));
}

function renderUrgent(response) {
  const region = $("urgent-region");
  if (response.triage?.level !== "consultation_24") {
    region.replaceChildren();
    return;
  }
  region.replaceChildren(
    h(
      "section",
      { class: "urgent", "aria-labelledby": "urgent-title" },
      h("h2", { id: "urgent-title" }, TRIAGE_WORDS.consultation_24),
      h("ul", {}, (response.triage.reasons || []).map((reason) => h("li", {}, reason))),
      h("p", { class: "small" }, "You can carry on here, but please do not wait for this page to arrange it.")
    )
  );
}

// ---------------------------------------------------------------- the emergency

function showEmergency(response) {
  const ambulance = response.triage.level === "emergency_ambulance";
  const box = h(
    "section",
    { class: "emergency", role: "alert", tabindex: "-1", id: "emergency", "aria-labelledby": "emergency-title" },
    h("h1", { id: "emergency-title" }, ambulance ? "Call an ambulance now" : "Get urgent medical help now"),
    h(
      "p",
      { class: "call" },
      ambulance
        ? "Call your local emergency number now: 999 in the UK, 112 in Europe, 911 in the US and Canada."
        : "Go to an emergency department now, or call your local emergency number (999 in the UK, 112 in Europe, 911 in the US and Canada)."
    ),
    h("p", {}, "What you told us can be a sign of something that needs care straight away:"),
    h("ul", {}, (response.triage.reasons || []).map((reason) => h("li", {}, reason))),
    h("p", {}, "If you cannot make the call yourself, ask someone near you to call for you. Please get help first; the rest of this page can wait."),
    h("p", { class: "small" }, "This is an automated check that cannot see or examine you. When in doubt, get help."),
    h("button", { type: "button", class: "link-button", id: "emergency-back", onclick: backFromEmergency }, "I chose something by mistake: go back")
  );
  for (const step of STEPS) show($("step-" + step), false);
  $("urgent-region").replaceChildren();
  $("emergency-region").replaceChildren(box);
  state.step = "emergency";
  document.body.dataset.step = "emergency";
  window.scrollTo(0, 0);
  box.focus();
}

function backFromEmergency() {
  const undo = state.undo;
  if (undo) {
    state.evidence = new Map(undo.evidence);
    state.text = undo.text;
  }
  const step = undo?.step ?? "start";
  showStep(step);
}

// ---------------------------------------------------------------- step 3: what we understood, and questions

function renderUnderstood() {
  const items = [...state.evidence].filter(([, item]) => item.origin === "text" || item.origin === "picked");
  $("understood-chips").replaceChildren(...items.map(([id, item]) => chip(id, item, removeUnderstood)));
  show($("understood-empty"), items.length === 0);
  show($("edit-text"), true);
}

async function removeUnderstood(id, index) {
  const removed = state.evidence.get(id);
  state.evidence.delete(id);
  const response = await send({ evidence: evidencePayload() }, state.step);
  if (!response) {
    state.evidence.set(id, removed);
    return;
  }
  announce("Removed " + label(id) + ".");
  state.response = response;
  if (EMERGENCY.has(response.triage?.level)) {
    showEmergency(response);
    return;
  }
  renderUrgent(response);
  if (state.step === "questions") {
    renderQuestionsStep(response, {});
    // The focus goes to the chip that took its place, or to the heading when none is left.
    const buttons = $("understood-chips").querySelectorAll("button");
    (buttons[Math.min(index, buttons.length - 1)] ?? $("understood-title")).focus();
  }
}

function showQuestions(response, { misread, first }) {
  renderQuestionsStep(response, { misread });
  $("questions-title").textContent = first ? "A few questions" : "A few more questions";
  showStep("questions");
}

function renderQuestionsStep(response, { misread }) {
  const region = $("questions-notice-region");
  region.replaceChildren(...(misread ? [notice(misread, { title: "Some of what you wrote was not understood", kind: "warning" })] : []), ...otherNotices(response, misread));
  renderUnderstood();
  show($("questions-error"), false);
  $("round-label").textContent =
    `Round ${state.rounds + 1}. Answer what you can; “Don't know” is a fine answer.`;
  const questions = remainingQuestions(response);
  $("question-list").replaceChildren(
    ...questions.map((question, index) =>
      h(
        "fieldset",
        { class: "question", "data-question": question.id },
        h("legend", { id: `q-${question.id}-text` }, question.text),
        h(
          "div",
          { class: "answers" },
          ANSWERS.map(([value, words]) =>
            h(
              "div",
              { class: "answer" },
              h("input", {
                type: "radio",
                name: "q-" + question.id,
                id: `q-${question.id}-${value}`,
                value,
                "data-index": index,
              }),
              h("label", { for: `q-${question.id}-${value}` }, words)
            )
          )
        )
      )
    )
  );
  if (questions.length === 0) showResult(response, {});
}

async function onQuestionsSubmit(event) {
  event.preventDefault();
  if (state.busy) return;
  const answers = [...$("question-list").querySelectorAll("input:checked")];
  if (answers.length === 0) {
    show($("questions-error"), true);
    $("questions-error").setAttribute("role", "alert");
    $("question-list").querySelector("input")?.focus();
    return;
  }
  const before = new Map(state.evidence);
  for (const input of answers) {
    state.evidence.set(input.name.slice(2), { state: input.value, origin: "question" });
  }
  const response = await send({ evidence: evidencePayload() }, "questions");
  if (!response) {
    state.evidence = before;
    return;
  }
  state.undo = { evidence: before, step: "questions", text: state.text };
  state.rounds += 1;
  route(response, { step: "questions" });
}

// ---------------------------------------------------------------- step 4: the result

let pictureNarrow = null;

function overlapGroups(response) {
  const overlap = response.overlap || {};
  const fit = (id) => (response.conditions || []).find((c) => c.id === id) || { conflicting: [] };
  const labels = (ids) => (ids || []).map(label);
  return {
    b12: labels(overlap.points_to_b12_deficiency),
    shared: labels(overlap.shared),
    als: labels(overlap.points_to_als),
    againstB12: labels(fit("b12_deficiency").conflicting),
    againstAls: labels(fit("als").conflicting),
  };
}

function drawPicture(force = false) {
  const container = $("overlap-picture");
  if (!state.response || state.step !== "result") return;
  const narrow = container.clientWidth < NARROW_PICTURE_PX;
  if (!force && narrow === pictureNarrow) return;
  pictureNarrow = narrow;
  container.replaceChildren(drawOverlap(overlapGroups(state.response), NAMES, narrow));
}

function showResult(response, { misread } = {}) {
  state.response = response;
  $("result-notice-region").replaceChildren(
    ...(misread ? [notice(misread, { title: "Some of what you wrote was not understood", kind: "warning" })] : []),
    ...otherNotices(response, misread)
  );
  $("leaning-words").textContent = LEANING_WORDS[response.leaning] ?? "Here is how your answers compare.";
  $("leaning-summary").textContent = response.summary || "";

  const level = response.triage?.level ?? "consultation";
  $("triage-card").className = "card triage level-" + level;
  $("triage-words").textContent = TRIAGE_WORDS[level] ?? "Please talk to a doctor about these symptoms.";
  const reasons = [...(response.triage?.reasons || [])];
  if (response.triage?.red_flags_screened === false) {
    reasons.push("Some of the safety questions are still unanswered, so this cannot rule out an urgent problem.");
  }
  $("triage-reasons").replaceChildren(...reasons.map((reason) => h("li", {}, reason)));

  const tests = response.recommended_tests || [];
  $("tests-list").replaceChildren(
    ...(tests.length
      ? tests.map((test) => h("li", {}, h("strong", {}, test.name), test.why ? h("span", { class: "why" }, test.why) : null))
      : [h("li", {}, "No particular test yet: your doctor will decide what to check.")])
  );

  renderToldUs();
  $("result-disclaimer").textContent = response.disclaimer || DEFAULT_DISCLAIMER;
  $("print-date").textContent = "Prepared on " + new Date().toLocaleDateString(undefined, { dateStyle: "long" });
  show($("more-questions"), response.should_stop !== true && remainingQuestions(response).length > 0);
  showStep("result");
  drawPicture(true);
}

function renderToldUs() {
  const groups = { present: [], absent: [], unknown: [] };
  for (const [id, item] of state.evidence) (groups[item.state] ?? groups.unknown).push(label(id));
  const block = (title, items, asList) =>
    items.length
      ? h(
          "div",
          { class: "told-group" },
          h("h3", {}, title),
          asList ? h("ul", {}, items.map((item) => h("li", {}, item))) : h("p", { class: "small" }, items.join(" · "))
        )
      : null;
  $("told-us").replaceChildren(
    ...(state.text ? [h("h3", { class: "small" }, "In your own words"), h("p", { class: "own-words" }, state.text)] : []),
    ...[
      block("You have", groups.present, true),
      block("You were not sure about", groups.unknown, true),
      block("You do not have", groups.absent, false),
    ].filter(Boolean)
  );
}

function startAgain() {
  state.evidence = new Map();
  state.text = "";
  state.response = null;
  state.rounds = 0;
  state.undo = null;
  pictureNarrow = null;
  $("checklist-form").reset();
  $("describe-form").reset();
  updateCount();
  picker.reset();
  renderPicked();
  for (const id of ["describe-notice-region", "questions-notice-region", "result-notice-region", "urgent-region", "error-region"]) {
    $(id).replaceChildren();
  }
  $("overlap-picture").replaceChildren();
  showStep("start");
}

// ---------------------------------------------------------------- start-up

function wire() {
  $("checklist-form").addEventListener("submit", onChecklistSubmit);
  $("describe-form").addEventListener("submit", onDescribeSubmit);
  $("questions-form").addEventListener("submit", onQuestionsSubmit);
  $("free-text").addEventListener("input", updateCount);
  $("describe-back").addEventListener("click", () => showStep("start"));
  $("edit-text").addEventListener("click", () => {
    $("free-text").value = state.text;
    updateCount();
    for (const [id, item] of [...state.evidence]) if (item.origin === "text") state.evidence.delete(id);
    renderPicked();
    showStep("describe");
    $("free-text").focus();
  });
  $("show-results").addEventListener("click", () => {
    if (!state.busy && state.response) showResult(state.response);
  });
  $("more-questions").addEventListener("click", () => {
    if (state.busy || !state.response) return;
    state.roundLimit = Math.max(state.roundLimit, state.rounds + MORE_ROUNDS);
    showQuestions(state.response, { first: false });
  });
  $("print-button").addEventListener("click", () => window.print());
  $("start-again").addEventListener("click", startAgain);
  picker = new SymptomPicker({
    input: $("picker-input"),
    listbox: $("picker-list"),
    status: $("picker-status"),
    empty: $("picker-empty"),
    isTaken: (id) => state.evidence.has(id) && state.evidence.get(id).origin !== "checklist",
    onPick: (item) => {
      state.evidence.set(item.id, { state: "present", origin: "picked" });
      show($("describe-error"), false);
      renderPicked();
    },
  });
  new ResizeObserver(() => drawPicture()).observe($("overlap-picture"));
}

async function start() {
  wire();
  try {
    const vocabulary = await getVocabulary();
    for (const item of vocabulary.items || []) state.vocabulary.set(item.id, item);
    state.redFlags = (vocabulary.items || []).filter((item) => item.red_flag === true);
  } catch (error) {
    show($("loading"), false);
    showError(error, () => window.location.reload());
    return;
  }
  renderChecklist();
  showStep("start", { focus: false });
  document.body.dataset.ready = "true";
}

start();
