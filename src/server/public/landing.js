// The landing page: GraphiQL from the graphiql npm package (served by this API, no CDN), opened on
// the example operations that the server embeds in #examples.
(function () {
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var fetcher = GraphiQL.createFetcher({ url: "/graphql" });
  var tabs = examples.map(function (example) {
    return {
      query: example.query,
      variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
    };
  });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
      storage: window.sessionStorage,
    }),
  );
})();
