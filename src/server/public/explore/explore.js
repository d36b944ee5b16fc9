// The who-said-what explorer: search a name or a quotation, open an entity (with its neighbourhood as
// a cytoscape graph) or a statement (with its excerpt highlighted in the article). It talks only to
// /graphql. The address holds the selection (?q=, ?entity=, ?statement=), so views can be shared and
// back/forward work. Text from the API is only ever inserted with textContent, never as HTML.
(function () {
  "use strict";

  // ---- The Neo4j Browser palette (cypher/newsgraph.grass): fill, border, caption colour, diameter.
  var NODE_STYLES = {
    Entity: { fill: "#A5ABB6", border: "#9AA1AC", text: "#FFFFFF", size: 45 },
    Person: { fill: "#4C8EDA", border: "#2870C2", text: "#FFFFFF", size: 55 },
    Organization: { fill: "#8DCC93", border: "#5DB665", text: "#2A2C34", size: 65 },
    Place: { fill: "#FFC454", border: "#D7A013", text: "#2A2C34", size: 60 },
    Facility: { fill: "#F79767", border: "#F36924", text: "#FFFFFF", size: 50 },
    Statement: { fill: "#C990C0", border: "#B261A5", text: "#FFFFFF", size: 80 },
    Article: { fill: "#D9C8AE", border: "#C0A378", text: "#2A2C34", size: 70 },
  };
  var EDGE_STYLES = {
    SAID: { color: "#4C8EDA", width: 2 },
    VIA: { color: "#7A8699", width: 2 },
    MENTIONS: { color: "#C8CDD5", width: 1 },
    DISPUTES: { color: "#AD1457", width: 3 },
    CONFIRMS: { color: "#2E7D32", width: 3 },
    STRUCK: { color: "#C62828", width: 4 },
    LOCATED_IN: { color: "#D7A013", width: 2 },
    HOLDS_ROLE: { color: "#2870C2", width: 2 },
    MEMBER_OF: { color: "#5DB665", width: 2 },
  };
  var MIN_READABLE_ZOOM = 0.6;
  var DEFAULT_EDGE = { color: "#A5ABB6", width: 1 };

  // ---- GraphQL operations (the page's only way to the data).
  var ENTITY_REF = "fragment EntityRef on Entity { __typename id name origin confidence }";
  var STATEMENT_REF =
    "fragment StatementRef on Statement { id text kind saidOn origin confidence needsReview " +
    "speaker { ...EntityRef } }";
  var STRIKE_REF =
    "fragment StrikeRef on Strike { means on outcome attacker { ...EntityRef } target { ...EntityRef } }";

  var SEARCH_QUERY =
    "query ExplorerSearch($q: String!) {\n" +
    "  resolveEntity(name: $q, limit: 8) { score entity { ...EntityRef description\n" +
    "    ... on Organization { kind } ... on Place { kind } ... on Facility { kind } } }\n" +
    "  whoSaid(quote: $q, limit: 8) { score statement { ...StatementRef } }\n" +
    "}\n" +
    ENTITY_REF +
    "\n" +
    STATEMENT_REF;

  var ENTITY_QUERY =
    "query ExplorerEntity($id: ID!) {\n" +
    "  entity(id: $id) {\n" +
    "    ...EntityRef aliases description\n" +
    "    statements { ...StatementRef }\n" +
    "    mentionedIn { ...StatementRef }\n" +
    "    ... on Person { anonymous roles { title since until organization { ...EntityRef } } memberOf { ...EntityRef } }\n" +
    "    ... on Organization { kind country { ...EntityRef } locatedIn { ...EntityRef } memberOf { ...EntityRef }\n" +
    "      memberEntities { ...EntityRef } members { title since until person { ...EntityRef } } strikes { ...StrikeRef } }\n" +
    "    ... on Place { kind locatedIn { ...EntityRef } containedIn { ...EntityRef } contains { ...EntityRef }\n" +
    "      strikes { ...StrikeRef } struckBy { ...StrikeRef } }\n" +
    "    ... on Facility { kind locatedIn { ...EntityRef } containedIn { ...EntityRef } figures { name value unit }\n" +
    "      struckBy { ...StrikeRef } }\n" +
    "  }\n" +
    "}\n" +
    [ENTITY_REF, STATEMENT_REF, STRIKE_REF].join("\n");

  var STATEMENT_QUERY =
    "query ExplorerStatement($id: ID!) {\n" +
    "  statement(id: $id) {\n" +
    "    ...StatementRef verification\n" +
    "    speaker { ... on Person { roles { title since until organization { ...EntityRef } } }\n" +
    "      ... on Organization { kind } }\n" +
    "    via { ...EntityRef } mentions { ...EntityRef } figures { name value unit }\n" +
    "    disputes { ...StatementRef } disputedBy { ...StatementRef }\n" +
    "    confirms { ...StatementRef } confirmedBy { ...StatementRef }\n" +
    "    evidence { excerpt start end article { id title text publishedOn publisher url } }\n" +
    "  }\n" +
    "}\n" +
    ENTITY_REF +
    "\n" +
    STATEMENT_REF;

  function gql(query, variables) {
    return fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (response) {
      return response.json().then(
        function (body) {
          if (body.errors && body.errors.length) {
            throw new Error(
              body.errors
                .map(function (error) {
                  return error.message;
                })
                .join("; "),
            );
          }
          return body.data;
        },
        function () {
          throw new Error("The API answered " + response.status + " without a GraphQL response.");
        },
      );
    });
  }

  // Answers are kept for the session, so back/forward and graph expansion do not ask twice.
  var cache = new Map();
  function cached(key, load) {
    if (!cache.has(key)) {
      var promise = load();
      cache.set(key, promise);
      promise.catch(function () {
        cache.delete(key);
      });
    }
    return cache.get(key);
  }
  function search(q) {
    return cached("search:" + q, function () {
      return gql(SEARCH_QUERY, { q: q });
    });
  }
  function loadEntity(id) {
    return cached("entity:" + id, function () {
      return gql(ENTITY_QUERY, { id: id }).then(function (data) {
        return data.entity;
      });
    });
  }
  function loadStatement(id) {
    return cached("statement:" + id, function () {
      return gql(STATEMENT_QUERY, { id: id }).then(function (data) {
        return data.statement;
      });
    });
  }

  // ---- DOM helpers: every piece of data becomes a text node.
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === undefined || value === null || value === false) return;
        if (key === "class") node.className = value;
        else if (key === "text") node.textContent = value;
        else if (key === "style") applyStyle(node, value);
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else if (value === true) node.setAttribute(key, "");
        else node.setAttribute(key, String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) {
      child.forEach(function (item) {
        append(parent, item);
      });
    } else if (typeof child === "string" || typeof child === "number") {
      parent.appendChild(document.createTextNode(String(child)));
    } else {
      parent.appendChild(child);
    }
  }
  // CSSOM properties, not a style attribute, so the page's Content-Security-Policy allows them.
  function applyStyle(node, style) {
    Object.keys(style).forEach(function (property) {
      node.style.setProperty(property, style[property]);
    });
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function joinWith(items, separator) {
    var out = [];
    items.forEach(function (item, index) {
      if (index > 0) out.push(separator);
      out.push(item);
    });
    return out;
  }

  // ---- Formatting.
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function formatDate(date) {
    if (!date) return "";
    var parts = String(date).split("-");
    if (parts.length === 3) return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
    if (parts.length === 2) return MONTHS[Number(parts[1]) - 1] + " " + parts[0];
    return parts[0];
  }
  function humanKind(kind) {
    if (!kind) return "";
    var words = String(kind).toLowerCase().split("_").join(" ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  function percent(score) {
    return Math.round(score * 100) + "%";
  }
  function truncate(text, max) {
    var clean = String(text).replace(/\s+/g, " ").trim();
    if (clean.length <= max) return clean;
    var cut = clean.slice(0, max - 1);
    var space = cut.lastIndexOf(" ");
    return (space > max * 0.6 ? cut.slice(0, space) : cut) + "…";
  }
  function quoted(statement) {
    return statement.kind === "QUOTE" ? "“" + statement.text + "”" : statement.text;
  }
  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }
  function typeOf(entity) {
    return NODE_STYLES[entity.__typename] ? entity.__typename : "Entity";
  }

  // ---- Addresses: the selection lives in the query string.
  var current = { q: "", entity: "", statement: "" };

  function stateFrom(search) {
    var params = new URLSearchParams(search);
    var state = { q: (params.get("q") || "").trim(), entity: params.get("entity") || "", statement: "" };
    if (!state.entity) state.statement = params.get("statement") || "";
    return state;
  }
  function urlFor(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.entity) params.set("entity", state.entity);
    else if (state.statement) params.set("statement", state.statement);
    var query = params.toString();
    return "/explore" + (query ? "?" + query : "");
  }
  function entityHref(id) {
    return urlFor({ q: current.q, entity: id });
  }
  function statementHref(id) {
    return urlFor({ q: current.q, statement: id });
  }
  function navigate(state, options) {
    var url = urlFor(state);
    if (url !== location.pathname + location.search) history.pushState(null, "", url);
    render(stateFrom(url.split("?")[1] || ""), options || {});
  }

  // Internal links are real links (middle-click, copy address) that the page follows itself.
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest("a[data-nav]");
    if (!link) return;
    event.preventDefault();
    navigate(stateFrom(link.search), { focusView: true });
  });
  window.addEventListener("popstate", function () {
    render(stateFrom(location.search), { fromHistory: true });
  });

  // ---- Small building blocks.
  function entityLink(entity, extraClass) {
    return h(
      "a",
      { class: "chip" + (extraClass ? " " + extraClass : ""), href: entityHref(entity.id), "data-nav": true },
      typeDot(typeOf(entity)),
      entity.name,
    );
  }
  function typeDot(type) {
    var style = NODE_STYLES[type] || NODE_STYLES.Entity;
    return h("span", {
      class: "dot",
      "aria-hidden": "true",
      style: { "background-color": style.fill, "border-color": style.border },
    });
  }
  function typeBadge(type) {
    var style = NODE_STYLES[type] || NODE_STYLES.Entity;
    return h("span", {
      class: "type-badge",
      text: type,
      style: { "background-color": style.fill, "border-color": style.border, color: style.text },
    });
  }
  /** Curated facts carry a quiet badge; extracted ones say so, with the extractor's confidence. */
  function originBadges(item) {
    var badges = [];
    if (item.origin && item.origin !== "curated") {
      var label = item.origin;
      if (typeof item.confidence === "number" && item.confidence < 1)
        label += " · " + percent(item.confidence);
      badges.push(
        h("span", {
          class: "badge badge-extracted",
          text: label,
          title: "Found by the ingestion rules, not curated by a maintainer",
        }),
      );
    } else if (item.origin) {
      badges.push(
        h("span", { class: "badge badge-curated", text: "curated", title: "Curated by a maintainer" }),
      );
    }
    if (item.needsReview) {
      badges.push(
        h("span", {
          class: "badge badge-review",
          text: "needs review",
          title: "An extraction under the review threshold, waiting for a maintainer",
        }),
      );
    }
    return badges;
  }
  function statementCard(statement, options) {
    var opts = options || {};
    var meta = [];
    if (statement.speaker && !opts.hideSpeaker) {
      meta.push(h("span", { class: "speaker-name", text: statement.speaker.name }));
    }
    meta.push(h("span", { text: humanKind(statement.kind) }));
    if (statement.saidOn) meta.push(h("span", { text: formatDate(statement.saidOn) }));
    if (typeof opts.score === "number") {
      meta.push(h("span", { class: "score", text: "match " + percent(opts.score) }));
    }
    return h(
      "a",
      {
        class: "card-link statement-card" + (statement.origin === "curated" ? "" : " is-extracted"),
        href: statementHref(statement.id),
        "data-nav": true,
        "data-id": statement.id,
      },
      h("span", { class: "statement-text", text: quoted(statement) }),
      h("span", { class: "meta" }, joinWith(meta, " · "), originBadges(statement)),
    );
  }
  function statementList(statements, options) {
    return h(
      "ul",
      { class: "card-list" },
      statements.map(function (statement) {
        return h("li", null, statementCard(statement, options));
      }),
    );
  }
  function section(title, count, content, extraClass) {
    var id = "s-" + Math.random().toString(36).slice(2, 9);
    return h(
      "section",
      { class: "block" + (extraClass ? " " + extraClass : ""), "aria-labelledby": id },
      h(
        "h2",
        { id: id },
        title,
        typeof count === "number" ? h("span", { class: "count", text: String(count) }) : null,
      ),
      content,
    );
  }
  function fact(label, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length))
      return null;
    return [h("dt", { text: label }), h("dd", null, value)];
  }
  function roleText(role) {
    var span = [];
    if (role.since || role.until) {
      span.push(
        " (" +
          (role.since ? formatDate(role.since) : "…") +
          "–" +
          (role.until ? formatDate(role.until) : "") +
          ")",
      );
    }
    return span.join("");
  }
  function strikeLine(strike, perspective) {
    var other = perspective === "attacker" ? strike.target : strike.attacker;
    var details = [strike.means, strike.on ? formatDate(strike.on) : null, strike.outcome].filter(Boolean);
    return h(
      "li",
      null,
      entityLink(other),
      details.length ? h("span", { class: "muted", text: " · " + details.join(" · ") }) : null,
    );
  }
  function figureList(figures) {
    if (!figures || !figures.length) return null;
    return h(
      "ul",
      { class: "plain-list" },
      figures.map(function (figure) {
        return h("li", null, h("strong", { text: figure.value + " " + figure.unit }), " " + figure.name);
      }),
    );
  }
  function chips(entities) {
    if (!entities || !entities.length) return null;
    return h(
      "ul",
      { class: "chips" },
      entities.map(function (entity) {
        return h("li", null, entityLink(entity));
      }),
    );
  }

  // ---- Elements of the page.
  var input = document.getElementById("q");
  var form = document.getElementById("search");
  var resultsBox = document.getElementById("results");
  var viewBox = document.getElementById("view");
  var statusBox = document.getElementById("status");
  var mainBox = document.getElementById("main");

  function announce(message) {
    statusBox.textContent = message;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = input.value.trim();
    navigate({ q: q, entity: current.entity, statement: current.statement });
  });

  // Arrow keys: from the search box into the results, through them, and back.
  function resultLinks() {
    return Array.prototype.slice.call(resultsBox.querySelectorAll("a.result-link"));
  }
  input.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown") return;
    var links = resultLinks();
    if (!links.length || resultsBox.hidden) return;
    event.preventDefault();
    links[0].focus();
  });
  resultsBox.addEventListener("keydown", function (event) {
    var links = resultLinks();
    var index = links.indexOf(document.activeElement);
    if (index < 0) return;
    var next = null;
    if (event.key === "ArrowDown") next = links[Math.min(index + 1, links.length - 1)];
    else if (event.key === "ArrowUp") next = index === 0 ? input : links[index - 1];
    else if (event.key === "Home") next = links[0];
    else if (event.key === "End") next = links[links.length - 1];
    else if (event.key === "Escape") next = input;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  // ---- Rendering.
  var renderedQuery = null;
  var viewToken = 0;
  var searchToken = 0;
  var graph = null;

  function render(state, options) {
    var previous = current;
    current = state;
    if (options.initial || options.fromHistory || document.activeElement !== input) input.value = state.q;
    renderResults(state.q);
    var sameView = previous.entity === state.entity && previous.statement === state.statement;
    if (!sameView || options.initial) renderView(state, options);
    else if (options.focusView) focusHeading();
    mainBox.classList.toggle("has-results", !!state.q);
  }

  function renderResults(q) {
    if (q === renderedQuery) return;
    renderedQuery = q;
    var token = ++searchToken;
    clear(resultsBox);
    if (!q) {
      resultsBox.hidden = true;
      return;
    }
    resultsBox.hidden = false;
    resultsBox.setAttribute("aria-busy", "true");
    resultsBox.appendChild(
      h("h2", { id: "results-title", class: "results-title" }, "Results for ", h("q", { text: q })),
    );
    resultsBox.appendChild(h("p", { class: "loading", text: "Searching…" }));
    search(q).then(
      function (data) {
        if (token !== searchToken) return;
        showResults(q, data);
      },
      function (error) {
        if (token !== searchToken) return;
        resultsBox.removeAttribute("aria-busy");
        clear(resultsBox);
        resultsBox.appendChild(
          h("h2", { id: "results-title", class: "results-title", text: "Search failed" }),
        );
        resultsBox.appendChild(h("p", { class: "error", role: "alert", text: error.message }));
        renderedQuery = null;
      },
    );
  }

  function showResults(q, data) {
    var entities = data.resolveEntity || [];
    var statements = data.whoSaid || [];
    clear(resultsBox);
    resultsBox.removeAttribute("aria-busy");
    resultsBox.appendChild(
      h("h2", { id: "results-title", class: "results-title" }, "Results for ", h("q", { text: q })),
    );
    var entityItems = entities.map(function (match) {
      var entity = match.entity;
      var type = typeOf(entity);
      return h(
        "li",
        null,
        h(
          "a",
          {
            class: "result-link card-link entity-result",
            href: entityHref(entity.id),
            "data-nav": true,
            "data-id": entity.id,
          },
          h(
            "span",
            { class: "result-head" },
            typeDot(type),
            h("span", { class: "result-name", text: entity.name }),
          ),
          h(
            "span",
            { class: "meta" },
            joinWith(
              [type, entity.kind ? humanKind(entity.kind) : null, "match " + percent(match.score)].filter(
                Boolean,
              ),
              " · ",
            ),
            originBadges(entity),
          ),
          entity.description
            ? h("span", { class: "result-desc", text: truncate(entity.description, 120) })
            : null,
        ),
      );
    });
    var statementItems = statements.map(function (match) {
      var link = statementCard(match.statement, { score: match.score });
      link.classList.add("result-link", "statement-result");
      return h("li", null, link);
    });
    append(resultsBox, [
      h(
        "div",
        { class: "result-group" },
        h("h3", { id: "results-entities", text: "People, organizations & places" }),
        entityItems.length
          ? h("ul", { class: "card-list", "aria-labelledby": "results-entities" }, entityItems)
          : h("p", { class: "muted", text: "No entity by that name." }),
      ),
      h(
        "div",
        { class: "result-group" },
        h("h3", { id: "results-statements", text: "Statements" }),
        statementItems.length
          ? h("ul", { class: "card-list", "aria-labelledby": "results-statements" }, statementItems)
          : h("p", { class: "muted", text: "No statement contains those words." }),
      ),
    ]);
    announce(
      plural(entities.length, "entity", "entities") +
        " and " +
        plural(statements.length, "statement", "statements") +
        " match. Press the down arrow to move through them.",
    );
  }

  function destroyGraph() {
    if (graph) graph.destroy();
    graph = null;
    window.__explorerGraph = null;
  }

  function focusHeading() {
    var heading = viewBox.querySelector("h1");
    if (heading) heading.focus({ preventScroll: true });
  }

  function renderView(state, options) {
    var token = ++viewToken;
    destroyGraph();
    clear(viewBox);
    if (!state.entity && !state.statement) {
      viewBox.removeAttribute("aria-busy");
      viewBox.appendChild(welcome());
      document.title = "Who said what — Newsgraph explorer";
      return;
    }
    viewBox.setAttribute("aria-busy", "true");
    viewBox.appendChild(h("p", { class: "loading", text: "Loading…" }));
    var load = state.entity ? loadEntity(state.entity) : loadStatement(state.statement);
    load.then(
      function (item) {
        if (token !== viewToken) return;
        clear(viewBox);
        viewBox.removeAttribute("aria-busy");
        if (!item) {
          viewBox.appendChild(notFound(state));
          return;
        }
        if (state.entity) showEntity(item);
        else showStatement(item);
        if (options.focusView) focusHeading();
      },
      function (error) {
        if (token !== viewToken) return;
        clear(viewBox);
        viewBox.removeAttribute("aria-busy");
        viewBox.appendChild(
          h(
            "div",
            { class: "panel" },
            h("h1", { tabindex: "-1", text: "Could not load this" }),
            h("p", { class: "error", role: "alert", text: error.message }),
          ),
        );
      },
    );
  }

  function welcome() {
    function example(q, label) {
      return h("a", { class: "chip", href: urlFor({ q: q }), "data-nav": true, text: label || q });
    }
    return h(
      "div",
      { class: "panel welcome" },
      h("h1", { tabindex: "-1", text: "Who said what?" }),
      h(
        "p",
        { class: "lede" },
        "Paste a quotation to find who said it, or type a name to see what a person, organization, place " +
          "or facility said, what mentions it, and how it connects to the rest of the news graph.",
      ),
      h(
        "p",
        { class: "examples" },
        h("span", { class: "muted", text: "Try " }),
        example("Moscow has no say here", "“Moscow has no say here”"),
        example("Zelensky"),
        example("Pokrovsk"),
        example("SBU"),
      ),
      legend(["Person", "Organization", "Place", "Facility", "Statement"]),
    );
  }

  function notFound(state) {
    return h(
      "div",
      { class: "panel" },
      h("h1", { tabindex: "-1", text: "Nothing with that id" }),
      h(
        "p",
        null,
        "The graph has no ",
        state.entity ? "entity " : "statement ",
        h("code", { text: state.entity || state.statement }),
        ".",
      ),
    );
  }

  function legend(types) {
    return h(
      "ul",
      { class: "legend", "aria-label": "Colours" },
      types.map(function (type) {
        return h("li", null, typeDot(type), type);
      }),
    );
  }

  // ---- Entity view.
  function showEntity(entity) {
    var type = typeOf(entity);
    document.title = entity.name + " — Newsgraph explorer";
    var roles = (entity.roles || []).map(function (role) {
      return h(
        "li",
        null,
        h("span", { text: role.title + ", " }),
        entityLink(role.organization),
        roleText(role),
      );
    });
    var members = (entity.members || []).map(function (role) {
      return h("li", null, entityLink(role.person), h("span", { text: ", " + role.title + roleText(role) }));
    });
    var containedIn = entity.containedIn && entity.containedIn.length ? entity.containedIn : null;
    var facts = h(
      "dl",
      { class: "facts" },
      fact("Also called", entity.aliases && entity.aliases.length ? entity.aliases.join(" · ") : null),
      fact("Roles", roles.length ? h("ul", { class: "plain-list" }, roles) : null),
      fact("People", members.length ? h("ul", { class: "plain-list" }, members) : null),
      fact("Member of", chips(entity.memberOf)),
      fact("Members", chips(entity.memberEntities)),
      fact("Country", entity.country ? entityLink(entity.country) : null),
      fact(
        "Located in",
        containedIn
          ? h(
              "span",
              { class: "chain" },
              joinWith(containedIn.map(entityLink), h("span", { class: "sep", text: "›" })),
            )
          : entity.locatedIn
            ? entityLink(entity.locatedIn)
            : null,
      ),
      fact("Contains", chips(entity.contains)),
      fact("Figures", figureList(entity.figures)),
      fact("Provenance", h("span", { class: "badges" }, originBadges(entity))),
    );
    var graphSection = graphPanel(entity.name);
    viewBox.appendChild(
      h(
        "article",
        { class: "entity-view", "data-id": entity.id },
        h(
          "header",
          { class: "panel view-head" },
          h(
            "p",
            { class: "eyebrow" },
            typeBadge(type),
            entity.kind ? h("span", { text: humanKind(entity.kind) }) : null,
            entity.anonymous ? h("span", { text: "Anonymous source" }) : null,
            entity.origin !== "curated" ? originBadges(entity) : null,
          ),
          h("h1", { tabindex: "-1", class: "entity-name", text: entity.name }),
          entity.description ? h("p", { class: "lede", text: entity.description }) : null,
          facts,
        ),
        graphSection.element,
        entity.statements.length || type === "Person" || type === "Organization"
          ? section(
              "Said",
              entity.statements.length,
              entity.statements.length
                ? statementList(entity.statements, { hideSpeaker: true })
                : h("p", { class: "muted", text: "No statements by " + entity.name + " in the graph." }),
            )
          : null,
        section(
          "Mentioned in",
          entity.mentionedIn.length,
          entity.mentionedIn.length
            ? statementList(entity.mentionedIn)
            : h("p", { class: "muted", text: "No statement mentions " + entity.name + "." }),
        ),
        entity.strikes && entity.strikes.length
          ? section(
              "Strikes carried out",
              entity.strikes.length,
              h(
                "ul",
                { class: "plain-list" },
                entity.strikes.map(function (strike) {
                  return strikeLine(strike, "attacker");
                }),
              ),
            )
          : null,
        entity.struckBy && entity.struckBy.length
          ? section(
              "Struck by",
              entity.struckBy.length,
              h(
                "ul",
                { class: "plain-list" },
                entity.struckBy.map(function (strike) {
                  return strikeLine(strike, "target");
                }),
              ),
            )
          : null,
      ),
    );
    startGraph(graphSection, { kind: "entity", id: entity.id }, entityNeighbourhood(entity));
  }

  // ---- Statement view.
  function showStatement(statement) {
    var speaker = statement.speaker;
    document.title = truncate(statement.text, 60) + " — " + speaker.name + " — Newsgraph explorer";
    var roles = (speaker.roles || []).filter(function (role) {
      return !role.until;
    });
    if (!roles.length) roles = speaker.roles || [];
    var roleNodes = roles.map(function (role) {
      return h("span", { class: "role" }, role.title + ", ", entityLink(role.organization));
    });
    var evidence = statement.evidence;
    var article = evidence.article;
    var graphSection = graphPanel("this statement");

    var relations = [
      ["Disputes", statement.disputes, "This statement rejects or corrects:"],
      ["Disputed by", statement.disputedBy, "Rejected or corrected by:"],
      ["Confirms", statement.confirms, "This statement confirms:"],
      ["Confirmed by", statement.confirmedBy, "Confirmed by:"],
    ]
      .filter(function (relation) {
        return relation[1] && relation[1].length;
      })
      .map(function (relation) {
        return section(
          relation[0],
          relation[1].length,
          statementList(relation[1]),
          "relation relation-" + relation[0].toLowerCase().replace(/\s+/g, "-"),
        );
      });

    var textBox = articleText(article.text, evidence.start, evidence.end);
    viewBox.appendChild(
      h(
        "article",
        {
          class: "statement-view" + (statement.origin === "curated" ? "" : " is-extracted"),
          "data-id": statement.id,
        },
        h(
          "header",
          { class: "panel view-head" },
          h(
            "p",
            { class: "eyebrow" },
            typeBadge("Statement"),
            h("span", { text: humanKind(statement.kind) }),
            originBadges(statement),
          ),
          h("h1", { tabindex: "-1", class: "statement-quote", text: quoted(statement) }),
          h(
            "p",
            { class: "attribution" },
            "— ",
            h("span", { class: "statement-speaker" }, entityLink(speaker, "speaker-link")),
            roleNodes.length
              ? [", ", joinWith(roleNodes, "; ")]
              : speaker.kind
                ? ", " + humanKind(speaker.kind)
                : null,
            statement.saidOn
              ? h("span", { class: "muted", text: " · " + formatDate(statement.saidOn) })
              : null,
          ),
          h(
            "dl",
            { class: "facts" },
            fact("Said on", statement.saidOn ? formatDate(statement.saidOn) : "not given"),
            fact("Kind", humanKind(statement.kind)),
            fact(
              "Verification",
              statement.verification
                ? h("span", { class: "verification", text: statement.verification })
                : null,
            ),
            fact(
              "Relayed via",
              statement.via.length
                ? h(
                    "span",
                    { class: "chain" },
                    joinWith(statement.via.map(entityLink), h("span", { class: "sep", text: "›" })),
                  )
                : null,
            ),
            fact("Mentions", chips(statement.mentions)),
            fact("Figures", figureList(statement.figures)),
            fact("Provenance", h("span", { class: "badges" }, originBadges(statement))),
          ),
        ),
        section(
          "Source",
          null,
          [
            h(
              "p",
              { class: "source-head" },
              h("strong", { class: "article-title", text: article.title }),
              h(
                "span",
                { class: "muted" },
                " · " + [article.publisher, formatDate(article.publishedOn)].filter(Boolean).join(" · "),
              ),
              article.url
                ? [
                    " · ",
                    h("a", {
                      href: article.url,
                      rel: "noopener noreferrer",
                      target: "_blank",
                      text: "original",
                    }),
                  ]
                : null,
            ),
            textBox,
          ],
          "source",
        ),
        relations,
        graphSection.element,
      ),
    );
    scrollExcerptIntoView(textBox);
    startGraph(graphSection, { kind: "statement", id: statement.id }, statementNeighbourhood(statement));
  }

  /** The article text in one pre-wrapped box: before, the excerpt in a <mark>, after. */
  function articleText(text, start, end) {
    var box = h("div", {
      class: "article-text",
      tabindex: "0",
      role: "region",
      "aria-label": "Article text, the excerpt highlighted",
    });
    var valid = start >= 0 && end > start && end <= text.length;
    if (!valid) {
      append(box, text);
      return box;
    }
    append(box, text.slice(0, start));
    box.appendChild(h("mark", { class: "excerpt", text: text.slice(start, end) }));
    append(box, text.slice(end));
    return box;
  }

  /** Centre the excerpt in the text box, then bring the box's excerpt into the window. */
  function scrollExcerptIntoView(box) {
    var mark = box.querySelector("mark");
    if (!mark) return;
    window.requestAnimationFrame(function () {
      var boxRect = box.getBoundingClientRect();
      var markRect = mark.getBoundingClientRect();
      box.scrollTop += markRect.top - boxRect.top - (box.clientHeight - markRect.height) / 2;
      mark.scrollIntoView({ block: "nearest", inline: "nearest" });
    });
  }

  // ---- The neighbourhood graph.
  function nodeFor(item, kind) {
    if (kind === "statement") {
      return {
        id: item.id,
        kind: "statement",
        type: "Statement",
        label: truncate(item.text, 70),
        name: item.text,
        origin: item.origin,
      };
    }
    return {
      id: item.id,
      kind: "entity",
      type: typeOf(item),
      label: item.name,
      name: item.name,
      origin: item.origin,
    };
  }
  function Neighbourhood() {
    this.nodes = new Map();
    this.edges = new Map();
  }
  Neighbourhood.prototype.entity = function (entity) {
    if (entity && !this.nodes.has(entity.id)) this.nodes.set(entity.id, nodeFor(entity, "entity"));
    return entity && entity.id;
  };
  Neighbourhood.prototype.statement = function (statement, withSpeaker) {
    if (!this.nodes.has(statement.id)) this.nodes.set(statement.id, nodeFor(statement, "statement"));
    if (withSpeaker && statement.speaker) this.edge("SAID", this.entity(statement.speaker), statement.id);
    return statement.id;
  };
  Neighbourhood.prototype.edge = function (type, source, target, detail) {
    if (!source || !target) return;
    var id = type + ":" + source + "→" + target + (detail ? ":" + detail : "");
    if (this.edges.has(id)) return;
    this.edges.set(id, {
      id: id,
      source: source,
      target: target,
      type: type,
      label: detail ? type + " · " + detail : type,
    });
  };

  function entityNeighbourhood(entity) {
    var n = new Neighbourhood();
    var me = n.entity(entity);
    (entity.statements || []).forEach(function (statement) {
      n.edge("SAID", me, n.statement(statement, false));
    });
    (entity.mentionedIn || []).forEach(function (statement) {
      n.edge("MENTIONS", n.statement(statement, true), me);
    });
    (entity.roles || []).forEach(function (role) {
      n.edge("HOLDS_ROLE", me, n.entity(role.organization), role.title);
    });
    (entity.members || []).forEach(function (role) {
      n.edge("HOLDS_ROLE", n.entity(role.person), me, role.title);
    });
    (entity.memberOf || []).forEach(function (other) {
      n.edge("MEMBER_OF", me, n.entity(other));
    });
    (entity.memberEntities || []).forEach(function (other) {
      n.edge("MEMBER_OF", n.entity(other), me);
    });
    if (entity.locatedIn) n.edge("LOCATED_IN", me, n.entity(entity.locatedIn));
    (entity.contains || []).forEach(function (other) {
      n.edge("LOCATED_IN", n.entity(other), me);
    });
    (entity.strikes || []).forEach(function (strike) {
      n.edge("STRUCK", me, n.entity(strike.target), strike.means);
    });
    (entity.struckBy || []).forEach(function (strike) {
      n.edge("STRUCK", n.entity(strike.attacker), me, strike.means);
    });
    return n;
  }

  function statementNeighbourhood(statement) {
    var n = new Neighbourhood();
    var me = n.statement(statement, true);
    (statement.via || []).forEach(function (entity) {
      n.edge("VIA", me, n.entity(entity));
    });
    (statement.mentions || []).forEach(function (entity) {
      n.edge("MENTIONS", me, n.entity(entity));
    });
    (statement.disputes || []).forEach(function (other) {
      n.edge("DISPUTES", me, n.statement(other, true));
    });
    (statement.disputedBy || []).forEach(function (other) {
      n.edge("DISPUTES", n.statement(other, true), me);
    });
    (statement.confirms || []).forEach(function (other) {
      n.edge("CONFIRMS", me, n.statement(other, true));
    });
    (statement.confirmedBy || []).forEach(function (other) {
      n.edge("CONFIRMS", n.statement(other, true), me);
    });
    return n;
  }

  function graphStyle() {
    var style = [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "text-wrap": "wrap",
          "text-valign": "center",
          "text-halign": "center",
          "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          "font-size": 11,
          "border-width": 2,
          "border-style": "solid",
          "overlay-padding": 4,
          "min-zoomed-font-size": 5,
        },
      },
    ];
    Object.keys(NODE_STYLES).forEach(function (type) {
      var palette = NODE_STYLES[type];
      style.push({
        selector: 'node[type = "' + type + '"]',
        style: {
          "background-color": palette.fill,
          "border-color": palette.border,
          color: palette.text,
          width: palette.size,
          height: palette.size,
          "text-max-width": palette.size - 6 + "px",
        },
      });
    });
    style.push(
      { selector: 'node[type = "Statement"]', style: { "font-size": 9 } },
      { selector: 'node[origin = "extracted"]', style: { "border-style": "dashed", "border-width": 3 } },
      { selector: "node.center", style: { "border-width": 5, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-style": "double", "border-width": 6 } },
      { selector: "node:selected", style: { "overlay-color": "#1a56db", "overlay-opacity": 0.18 } },
      {
        selector: "edge",
        style: {
          width: DEFAULT_EDGE.width,
          "line-color": DEFAULT_EDGE.color,
          "target-arrow-color": DEFAULT_EDGE.color,
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.9,
          "curve-style": "bezier",
          label: "data(label)",
          "font-size": 8,
          color: "#2A2C34",
          "text-rotation": "autorotate",
          "text-background-color": "#FFFFFF",
          "text-background-opacity": 0.85,
          "text-background-padding": 2,
          "min-zoomed-font-size": 6,
        },
      },
    );
    Object.keys(EDGE_STYLES).forEach(function (type) {
      var edge = EDGE_STYLES[type];
      style.push({
        selector: 'edge[type = "' + type + '"]',
        style: { width: edge.width, "line-color": edge.color, "target-arrow-color": edge.color },
      });
    });
    return style;
  }

  function graphPanel(subject) {
    var container = h("div", {
      id: "graph",
      class: "graph",
      role: "img",
      "aria-label":
        "Neighbourhood graph of " +
        subject +
        ". The lists on this page link to the same entities and statements.",
      "data-layout": "pending",
    });
    var selection = h(
      "p",
      { class: "graph-selection", "aria-live": "polite" },
      "Click a node to expand it; double-click to open it.",
    );
    var openButton = h("button", {
      type: "button",
      class: "secondary",
      disabled: true,
      text: "Open selected",
    });
    var fitButton = h("button", { type: "button", class: "secondary", text: "Fit" });
    var layoutButton = h("button", { type: "button", class: "secondary", text: "Re-arrange" });
    var element = section(
      "Neighbourhood",
      null,
      [
        h("div", { class: "graph-toolbar" }, fitButton, layoutButton, openButton),
        container,
        selection,
        legend(["Person", "Organization", "Place", "Facility", "Statement"]),
      ],
      "graph-block",
    );
    return {
      element: element,
      container: container,
      selection: selection,
      openButton: openButton,
      fitButton: fitButton,
      layoutButton: layoutButton,
    };
  }

  function openNode(node) {
    var data = node.data();
    if (data.kind === "statement") navigate({ q: current.q, statement: data.id }, { focusView: true });
    else navigate({ q: current.q, entity: data.id }, { focusView: true });
  }

  function startGraph(panel, center, neighbourhood) {
    if (!window.cytoscape) {
      panel.selection.textContent = "The graph library did not load.";
      return;
    }
    var cy = window.cytoscape({
      container: panel.container,
      style: graphStyle(),
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    graph = cy;
    window.__explorerGraph = cy;
    addNeighbourhood(cy, neighbourhood, null);
    cy.getElementById(center.id).addClass("center expanded");
    runLayout(cy, panel, true);

    var selected = null;
    function select(node) {
      selected = node;
      var data = node.data();
      panel.openButton.disabled = false;
      panel.openButton.textContent = "Open " + truncate(data.name, 32);
      panel.selection.textContent = data.type + ": " + truncate(data.name, 140);
    }
    // Cytoscape caches where its container is and refreshes that on scroll and resize only; content
    // that moves the graph (search results appearing above it on a phone) would make taps miss.
    panel.container.addEventListener(
      "pointerdown",
      function () {
        cy.resize();
      },
      true,
    );
    cy.on("tap", "node", function (event) {
      var node = event.target;
      select(node);
      expand(cy, panel, node);
    });
    cy.on("dbltap", "node", function (event) {
      openNode(event.target);
    });
    cy.on("mouseover", "node", function () {
      panel.container.classList.add("is-pointing");
    });
    cy.on("mouseout", "node", function () {
      panel.container.classList.remove("is-pointing");
    });
    panel.openButton.addEventListener("click", function () {
      if (selected && !selected.removed()) openNode(selected);
    });
    panel.fitButton.addEventListener("click", function () {
      cy.animate({ fit: { eles: cy.elements(), padding: 24 } }, { duration: 250 });
    });
    panel.layoutButton.addEventListener("click", function () {
      runLayout(cy, panel, true);
    });
  }

  function addNeighbourhood(cy, neighbourhood, around) {
    var added = [];
    var origin = around ? around.position() : { x: 0, y: 0 };
    var fresh = [];
    neighbourhood.nodes.forEach(function (data) {
      if (cy.getElementById(data.id).nonempty()) return;
      fresh.push(data);
    });
    fresh.forEach(function (data, index) {
      var angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
      added.push({
        group: "nodes",
        data: data,
        position: { x: origin.x + 90 * Math.cos(angle), y: origin.y + 90 * Math.sin(angle) },
      });
    });
    neighbourhood.edges.forEach(function (data) {
      if (cy.getElementById(data.id).nonempty()) return;
      added.push({ group: "edges", data: data });
    });
    cy.add(added);
    return fresh.length;
  }

  function runLayout(cy, panel, randomize, focus) {
    panel.container.setAttribute("data-layout", "running");
    var layout = cy.layout({
      name: "cose",
      animate: false,
      randomize: randomize,
      fit: true,
      padding: 24,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: function () {
        return 70;
      },
      nodeRepulsion: function () {
        return 4500;
      },
      nodeOverlap: 12,
      gravity: 1.2,
      componentSpacing: 40,
    });
    layout.one("layoutstop", function () {
      // A big neighbourhood fitted into a phone-sized box would be too small to read: zoom in to a
      // legible scale around the node in focus instead (pan and pinch reach the rest).
      if (cy.zoom() < MIN_READABLE_ZOOM) {
        cy.zoom(MIN_READABLE_ZOOM);
        cy.center(focus && focus.nonempty() ? focus : cy.nodes(".center"));
      }
      panel.container.setAttribute("data-layout", "done");
    });
    layout.run();
  }

  function expand(cy, panel, node) {
    if (node.hasClass("expanded")) return;
    var data = node.data();
    node.addClass("expanded");
    panel.container.setAttribute("data-layout", "expanding");
    var load = data.kind === "statement" ? loadStatement(data.id) : loadEntity(data.id);
    load.then(
      function (item) {
        if (cy.destroyed() || node.removed()) return;
        if (!item) return;
        var neighbourhood =
          data.kind === "statement" ? statementNeighbourhood(item) : entityNeighbourhood(item);
        var count = addNeighbourhood(cy, neighbourhood, node);
        panel.selection.textContent =
          data.type +
          ": " +
          truncate(data.name, 120) +
          " — " +
          (count ? "added " + plural(count, "neighbour", "neighbours") : "no new neighbours");
        runLayout(cy, panel, false, node);
      },
      function (error) {
        if (cy.destroyed()) return;
        node.removeClass("expanded");
        panel.container.setAttribute("data-layout", "done");
        panel.selection.textContent = "Could not expand: " + error.message;
      },
    );
  }

  var resizeTimer = 0;
  window.addEventListener("resize", function () {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(function () {
      if (graph) graph.resize();
    }, 120);
  });

  // ---- Start: show what the address asks for, with the cursor in the search box.
  render(stateFrom(location.search), { initial: true });
  input.focus();
})();
