// The page of `policy serve`: everything it shows comes from the server's API;
// the report is rendered by the server (`policy eval` as text), not here.
"use strict";

const $ = (id) => document.getElementById(id);

function headers(extra) {
  const h = Object.assign({}, extra || {});
  const token = $("token").value.trim();
  if (token) h["Authorization"] = "Bearer " + token;
  return h;
}

async function call(path, options) {
  const response = await fetch(path, Object.assign({}, options, { headers: headers(options && options.headers) }));
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, type, body };
}

function clear() {
  $("problems").replaceChildren();
  $("report").textContent = "";
  $("compare").replaceChildren();
}

function showProblem(problem) {
  const box = document.createElement("div");
  box.className = "problem";
  const title = document.createElement("strong");
  title.textContent = problem.status === 422 ? "Случай заполнен с ошибками" : "Ошибка: " + (problem.title || problem.status);
  box.append(title);
  if (problem.detail) {
    const p = document.createElement("p");
    p.textContent = problem.detail;
    box.append(p);
  }
  if (Array.isArray(problem.errors) && problem.errors.length) {
    const list = document.createElement("ul");
    for (const e of problem.errors) {
      const li = document.createElement("li");
      const where = [e.path ? "поле «" + e.path + "»" : "весь текст"];
      if (e.line) where.push("строка " + e.line + (e.column ? ", столбец " + e.column : ""));
      let text = where.join(", ") + ": " + e.message;
      if (e.expected) text += " (ожидается: " + e.expected + ")";
      if (e.suggestion) text += " — может быть, «" + e.suggestion + "»?";
      li.textContent = text;
      list.append(li);
    }
    box.append(list);
  }
  $("problems").append(box);
}

function failed(answer) {
  if (answer.ok) return false;
  if (answer.status === 401) $("token-box").open = true;
  showProblem(typeof answer.body === "object" ? answer.body : { status: answer.status, detail: String(answer.body) });
  return true;
}

function asOfQuery(separator) {
  const asOf = $("as-of").value;
  return asOf ? separator + "as_of=" + encodeURIComponent(asOf) : "";
}

async function loadPolicies() {
  const answer = await call("/api/policies");
  if (failed(answer)) return;
  const select = $("policy");
  select.replaceChildren();
  for (const p of answer.body) {
    const option = document.createElement("option");
    option.value = p.id;
    option.textContent = (p.school || p.id) + " — " + (p.title || p.id);
    option.dataset.version = p.version ? p.version + " (с " + p.in_force_from + ")" : "";
    select.append(option);
  }
  describePolicy();
}

function describePolicy() {
  const option = $("policy").selectedOptions[0];
  $("policy-info").textContent = option
    ? "Код положения: " + option.value + (option.dataset.version ? "; действует редакция " + option.dataset.version : "")
    : "";
}

async function evaluate() {
  clear();
  const id = $("policy").value;
  const answer = await call("/api/policies/" + encodeURIComponent(id) + "/eval?format=text" + asOfQuery("&"), {
    method: "POST",
    headers: { "Content-Type": $("format").value },
    body: $("case").value,
  });
  if (failed(answer)) return;
  $("report").textContent = answer.body;
}

async function compareSchools() {
  clear();
  const ids = Array.from($("policy").options).map((o) => o.value);
  const answer = await call("/api/compare?policies=" + encodeURIComponent(ids.join(",")) + asOfQuery("&"), {
    method: "POST",
    headers: { "Content-Type": $("format").value },
    body: $("case").value,
  });
  if (failed(answer)) return;
  const names = Object.fromEntries(Array.from($("policy").options).map((o) => [o.value, o.textContent.split(" — ")[0]]));
  const table = document.createElement("table");
  table.id = "compare-table";
  const head = table.createTHead().insertRow();
  for (const text of ["Что", ...answer.body.policies.map((p) => names[p] || p)]) {
    const th = document.createElement("th");
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of answer.body.rows.filter((r) => r.topic === "case")) {
    const tr = body.insertRow();
    if (row.differs) tr.className = "differs";
    tr.insertCell().textContent = row.label;
    for (const p of answer.body.policies) {
      const cell = row.cells[p] || {};
      tr.insertCell().textContent = (cell.value || "—") + (cell.clause ? " (п. " + cell.clause + ")" : "");
    }
  }
  const caption = table.createCaption();
  caption.textContent = "Случай по положениям разных школ (жёлтым — где они расходятся)";
  $("compare").append(table);
}

async function showDocument() {
  const id = $("policy").value;
  const answer = await call("/api/policies/" + encodeURIComponent(id) + "/doc");
  if (failed(answer)) return;
  $("doc-section").hidden = false;
  $("doc").srcdoc = answer.body;
  $("doc-section").scrollIntoView();
}

// A form built from the policy's case JSON Schema: the scalar fields of each
// section; lists stay in the text.
function typeOf(schema) {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== "null") : schema.type;
  if (schema.format === "date") return "date";
  return t || (schema.enum ? "enum" : "string");
}

function fieldFor(path, schema, required) {
  const label = document.createElement("label");
  label.textContent = (schema.description || path) + " ";
  const hint = document.createElement("span");
  hint.className = "hint";
  hint.textContent = "(" + path + (required ? ", обязательно" : "") + ")";
  label.append(hint);
  let input;
  const enumValues = schema.enum || (schema.items && schema.items.enum);
  if (schema.enum) {
    input = document.createElement("select");
    input.append(new Option("—", ""));
    schema.enum.filter((v) => v !== null).forEach((v, i) => {
      const description = (schema.enumDescriptions || [])[i];
      input.append(new Option(description ? v + " — " + description : v, v));
    });
  } else {
    input = document.createElement("input");
    const t = typeOf(schema);
    input.type = t === "boolean" ? "checkbox" : t === "integer" || t === "number" ? "number" : t === "date" ? "date" : "text";
    if (t === "number") input.step = "any";
  }
  input.dataset.path = path;
  input.dataset.kind = typeOf(schema);
  input.name = path;
  label.htmlFor = input.id = "field-" + path.replace(/\W/g, "-");
  return enumValues && !schema.enum ? null : [label, input];
}

async function showForm() {
  const id = $("policy").value;
  const answer = await call("/api/policies/" + encodeURIComponent(id) + "/schema");
  if (failed(answer)) return;
  const form = $("case-form");
  form.replaceChildren();
  const root = answer.body;
  for (const [name, section] of Object.entries(root.properties || {})) {
    if (typeOf(section) === "object") {
      const set = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = section.description || name;
      set.append(legend);
      for (const [field, schema] of Object.entries(section.properties || {})) {
        if (typeOf(schema) === "array" || typeOf(schema) === "object") continue;
        const parts = fieldFor(name + "." + field, schema, (section.required || []).includes(field));
        if (parts) set.append(...parts);
      }
      form.append(set);
    } else if (typeOf(section) !== "array") {
      const parts = fieldFor(name, section, (root.required || []).includes(name));
      if (parts) form.append(...parts);
    }
  }
  const build = document.createElement("button");
  build.type = "button";
  build.id = "form-to-case";
  build.textContent = "Перенести форму в текст случая";
  build.addEventListener("click", formToCase);
  form.append(build);
  form.hidden = false;
}

function formToCase() {
  let data = {};
  try {
    const current = JSON.parse($("case").value);
    if (current && typeof current === "object") data = current;
  } catch (_) {
    // The text is not JSON: the form's fields start a new case.
  }
  for (const input of $("case-form").querySelectorAll("[data-path]")) {
    let value;
    if (input.type === "checkbox") value = input.checked;
    else if (input.value === "") continue;
    else if (input.dataset.kind === "integer" || input.dataset.kind === "number") value = Number(input.value);
    else value = input.value;
    const keys = input.dataset.path.split(".");
    let target = data;
    for (const key of keys.slice(0, -1)) target = target[key] = target[key] || {};
    target[keys[keys.length - 1]] = value;
  }
  $("case").value = JSON.stringify(data, null, 2);
  $("format").value = "application/json";
}

async function insertExample() {
  const answer = await call("/assets/example-case.json");
  if (failed(answer)) return;
  $("case").value = JSON.stringify(answer.body, null, 2);
  $("format").value = "application/json";
}

$("policy").addEventListener("change", () => {
  describePolicy();
  $("case-form").hidden = true;
});
$("submit").addEventListener("click", evaluate);
$("compare-button").addEventListener("click", compareSchools);
$("doc-button").addEventListener("click", showDocument);
$("form-button").addEventListener("click", showForm);
$("example-button").addEventListener("click", insertExample);
$("token").addEventListener("change", loadPolicies);
loadPolicies();
