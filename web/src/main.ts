// The explorer page's entry (index.html): the explorer, or with ?bench=…
// the render benchmark instead. The page itself is explorer/page.ts.

import "./styles.css";
import { startExplorer } from "./explorer/page";

const bench = new URLSearchParams(location.search).get("bench");
if (bench) {
  import("./graph/bench").then((m) => m.runBench(bench));
} else {
  startExplorer();
}
