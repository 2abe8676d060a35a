// A searchable symptom picker: the ARIA 1.2 combobox pattern over GET /v1/symptoms?q=.
import { searchSymptoms } from "./api.js";
import { h } from "./dom.js";

const DELAY_MS = 150;
const MAX_OPTIONS = 8;

export class SymptomPicker {
  constructor({ input, listbox, status, empty, onPick, isTaken }) {
    this.input = input;
    this.listbox = listbox;
    this.status = status;
    this.empty = empty;
    this.onPick = onPick;
    this.isTaken = isTaken;
    this.options = [];
    this.active = -1;
    this.timer = 0;
    this.sequence = 0;
    input.addEventListener("input", () => this.scheduleSearch());
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () =>
      setTimeout(() => {
        this.sequence += 1; // a search still under way does not reopen the list
        this.close();
      }, 120)
    );
    // Keep focus in the input while an option is clicked or tapped.
    listbox.addEventListener("mousedown", (event) => event.preventDefault());
  }

  scheduleSearch() {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length < 2) {
      this.sequence += 1;
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.search(query), DELAY_MS);
  }

  async search(query) {
    const sequence = ++this.sequence;
    let items;
    try {
      items = (await searchSymptoms(query)).items || [];
    } catch (error) {
      if (sequence === this.sequence) this.render([], error.message);
      return;
    }
    if (sequence !== this.sequence) return; // a newer search has started
    this.render(items.filter((item) => !this.isTaken(item.id)).slice(0, MAX_OPTIONS));
  }

  render(items, problem) {
    this.options = items;
    this.active = -1;
    this.listbox.replaceChildren();
    this.input.removeAttribute("aria-activedescendant");
    if (items.length === 0) {
      this.close();
      this.empty.textContent = problem || "Nothing in our list matches that. Try another word, or describe it in the box above.";
      this.empty.hidden = false;
      this.status.textContent = this.empty.textContent;
      return;
    }
    this.empty.hidden = true;
    items.forEach((item, index) => {
      this.listbox.append(
        h(
          "li",
          {
            role: "option",
            id: "picker-option-" + index,
            "aria-selected": "false",
            onclick: () => this.pick(index),
          },
          item.label
        )
      );
    });
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    const count = items.length;
    this.status.textContent = count === 1 ? "1 match. Use the arrow keys to choose." : count + " matches. Use the arrow keys to choose.";
  }

  move(step) {
    if (this.options.length === 0) return;
    this.active = (this.active + step + this.options.length) % this.options.length;
    this.options.forEach((_, index) => {
      const option = document.getElementById("picker-option-" + index);
      option.setAttribute("aria-selected", String(index === this.active));
      if (index === this.active) option.scrollIntoView({ block: "nearest" });
    });
    this.input.setAttribute("aria-activedescendant", "picker-option-" + this.active);
  }

  onKey(event) {
    const open = !this.listbox.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) this.move(1);
      else this.scheduleSearch();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) this.move(-1);
    } else if (event.key === "Enter") {
      if (open && this.active >= 0) {
        event.preventDefault();
        this.pick(this.active);
      } else if (open && this.options.length === 1) {
        event.preventDefault();
        this.pick(0);
      } else if (this.input.value.trim()) {
        event.preventDefault(); // never submit the form from the search box
      }
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      this.close();
    }
  }

  pick(index) {
    const item = this.options[index];
    if (!item) return;
    this.onPick(item);
    this.input.value = "";
    this.close();
    this.status.textContent = "Added " + item.label + ".";
    this.input.focus();
  }

  close() {
    clearTimeout(this.timer);
    this.empty.hidden = true;
    this.listbox.hidden = true;
    this.listbox.replaceChildren();
    this.options = [];
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  reset() {
    this.sequence += 1;
    this.input.value = "";
    this.close();
  }
}
